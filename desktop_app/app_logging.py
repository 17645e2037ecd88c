"""The log file: where DataMairie writes what went wrong, for support to read."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app.paths import AgentFolders

LOG_NAME = "datamairie.log"


def setup_logging(profile: AgentFolders) -> Path:
    """Log to a rotating file in the profile; never cell values, keys or file contents."""
    profile.logs.mkdir(parents=True, exist_ok=True)
    log_file = profile.logs / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file.resolve()):
            return log_file  # already set up (a second command in the same process)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file
