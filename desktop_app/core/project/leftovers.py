"""Temporary files left beside a project by a save that a crash or a power cut interrupted.

Each save writes ``.<project name>.<8 random characters>.tmp`` in the project's folder
(core/files.py) and renames it over the project once complete. Killed mid-save, the writer
leaves that half-written file behind: harmless, but it takes room and puzzles the agent who
shows hidden files. The next successful open or save of the same project removes those that
are plainly abandoned.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import time
from pathlib import Path

log = logging.getLogger(__name__)

# A writer still at work keeps changing its temporary file; no save lasts anywhere near this.
STALE_AFTER_SECONDS = 3600.0
# tempfile.mkstemp's random part: 8 characters among lower-case letters, digits and "_".
_RANDOM_PART = "[a-z0-9_]{8}"


def remove_stale_temporaries(
    project_path: Path, *, older_than: float = STALE_AFTER_SECONDS, now: float | None = None
) -> list[Path]:
    """Remove the abandoned temporary files of this project's saves; returns those removed.

    Only regular files named as a save of *this* project names them, untouched for more than
    ``older_than`` seconds, are removed: another project's files, a file of the same name
    being written right now, folders and links are left alone. Failing to remove one is not
    an error (it is tried again next time).
    """
    pattern = re.compile(rf"\.{re.escape(project_path.name)}\.{_RANDOM_PART}\.tmp")
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        with os.scandir(project_path.parent) as entries:
            candidates = [entry for entry in entries if pattern.fullmatch(entry.name)]
    except OSError:
        return removed
    for entry in candidates:
        try:
            details = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(details.st_mode) or moment - details.st_mtime <= older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            log.debug("could not remove an abandoned temporary file of %s", project_path.name)
            continue
        removed.append(Path(entry.path))
    if removed:
        log.info("removed %d abandoned temporary file(s) of %s", len(removed), project_path.name)
    return removed
