"""Drafts: every wizard session saved as it goes, in the agent's profile, without a question.

A draft is an ordinary project file (``*.datamairie``) in the profile's ``drafts`` folder,
named from the source file and the schema (« registre-deliberations — scdl-deliberations »).
It holds a copy of the source, personal data included: the agent sees the drafts on the
welcome page and can delete them, and a draft untouched for ``KEPT_DAYS`` days is removed
(unless it waits in the outbox).

``SessionMark`` says which draft the running wizard writes to; it is removed when the wizard
closes normally. Found at the next start, it means the last session did not end (a crash, a
kill, a power cut): the wizard offers to resume that draft.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.core.files import replaced_atomically
from desktop_app.core.project.storage import EXTENSION

DRAFTS_FOLDER = "drafts"
SESSION_FILE = "session.json"
KEPT_DAYS = 30
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
NAME_LENGTH = 60


@dataclass(frozen=True)
class Draft:
    """A draft on disk, and when it was last written."""

    path: Path
    modified: datetime

    @property
    def name(self) -> str:
        """The draft's name as the agent reads it (its file name without the extension)."""
        return self.path.name.removesuffix(EXTENSION)


def draft_name(source_name: str, schema_name: str | None) -> str:
    """« registre-2024 — scdl-deliberations »: from the file and the schema (Windows-safe)."""
    stem = Path(source_name).stem or "tableau"
    parts = [stem] if schema_name is None else [stem, schema_name.replace("/", "-")]
    cleaned = " — ".join(" ".join(_UNSAFE.sub(" ", part).split()) for part in parts)
    return cleaned[:NAME_LENGTH].strip(" .") or "brouillon"


class Drafts:
    """The drafts folder of one profile."""

    def __init__(self, profile_root: Path) -> None:
        self.folder = profile_root / DRAFTS_FOLDER
        self._mark = self.folder / SESSION_FILE

    def holds(self, path: Path) -> bool:
        """Whether ``path`` is one of the drafts (not a project the agent placed)."""
        return path.parent.resolve() == self.folder.resolve()

    def new_path(self, source_name: str, schema_name: str | None) -> Path:
        """A free path for a new draft of ``source_name`` shaped by ``schema_name``."""
        self.folder.mkdir(parents=True, exist_ok=True)
        base = draft_name(source_name, schema_name)
        path = self.folder / f"{base}{EXTENSION}"
        number = 2
        while path.exists():
            path = self.folder / f"{base} ({number}){EXTENSION}"
            number += 1
        return path

    def listed(self) -> list[Draft]:
        """The drafts, the most recently written first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"*{EXTENSION}"):
            try:
                moment = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            except OSError:  # removed meanwhile
                continue
            found.append(Draft(path, moment))
        return sorted(found, key=lambda draft: draft.modified, reverse=True)

    def delete(self, path: Path) -> None:
        """Remove a draft (only a file of the drafts folder)."""
        if self.holds(path):
            path.unlink(missing_ok=True)

    def remove_stale(self, now: datetime, keep: Iterable[Path] = ()) -> list[Path]:
        """Remove the drafts untouched for ``KEPT_DAYS`` days, except those in ``keep``."""
        kept = {path.resolve() for path in keep}
        limit = now - timedelta(days=KEPT_DAYS)
        removed = []
        for draft in self.listed():
            if draft.modified < limit and draft.path.resolve() not in kept:
                draft.path.unlink(missing_ok=True)
                removed.append(draft.path)
        return removed

    # --- the running session -----------------------------------------------------------------

    def mark_session(self, path: Path) -> None:
        """Note that this process writes ``path`` (removed by ``end_session``)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {"project": str(path), "pid": os.getpid()}
        with replaced_atomically(self._mark) as stream:
            stream.write(json.dumps(document))

    def end_session(self) -> None:
        """The wizard closed normally: nothing to offer at the next start."""
        self._mark.unlink(missing_ok=True)

    def unfinished(self) -> Path | None:
        """The project of a session that did not end, if its file is still there."""
        try:
            document = json.loads(self._mark.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(document, dict) or document.get("pid") == os.getpid():
            return None
        path = Path(str(document.get("project", "")))
        return path if path.is_file() else None
