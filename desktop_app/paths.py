"""Where DataMairie finds its resources and keeps the agent's settings and logs.

Every path comes from here, so that tests and portable installs can redirect them all with
``--profile-dir``; in a frozen build, resources sit beside the executable.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


def resources_dir() -> Path:
    """The folder of bundled resources (schemas, samples, translations, icons)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def help_dir() -> Path:
    """Where the user guide and its pictures are: docs/, copied into the frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources" / "help"
    return Path(__file__).resolve().parent.parent / "docs"


GUIDE_FILES = {"fr": "guide-agent.md", "en": "guide-agent.en.md"}


@dataclass(frozen=True)
class AgentFolders:
    """The agent's own folders: settings, logs, cache."""

    root: Path

    @property
    def logs(self) -> Path:
        """Folder of the rotating log files."""
        return self.root / "logs"

    @property
    def cache(self) -> Path:
        """Folder of downloaded catalogue refreshes."""
        return self.root / "cache"


def default_agent_folders() -> AgentFolders:
    r"""The usual per-user folder: %APPDATA%\\DataMairie on Windows, XDG elsewhere."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return AgentFolders(base / "DataMairie")
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return AgentFolders(base / "datamairie")


def agent_folders_from(directory: Path | None) -> AgentFolders:
    """The profile in ``directory`` if given, else the usual one."""
    return AgentFolders(directory) if directory is not None else default_agent_folders()
