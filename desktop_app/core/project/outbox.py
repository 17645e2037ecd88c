"""The outbox: projects the agent marked « à publier », waiting for the network.

The list of their paths is kept in the agent's profile folder (``outbox.json``, versioned,
written atomically); each project file holds its own publication state and last error, so
the list always shows where each one stands.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop_app.core.errors import AppError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.project.model import Project, ProjectError
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication.state import PublicationStep

FORMAT = "datamairie-outbox"
VERSION = 1
OUTBOX_FILE = "outbox.json"
_FINISHED = frozenset({PublicationStep.DATASET_PUBLISHED, PublicationStep.CHECKED})

OutboxState = Literal["waiting", "interrupted", "failed", "published", "missing", "unreadable"]
# "conforming": its last check found nothing; "accepted": the agent chose to publish it with
# ``problems`` left; "problems": problems nobody accepted (publishing will ask);
# "unchecked": no check against a schema (published without one, or not yet checked).
Conformity = Literal["conforming", "accepted", "problems", "unchecked"]


@dataclass(frozen=True)
class OutboxEntry:
    """A project waiting to be published, and where it stands.

    ``state``: waiting (not started), interrupted (started, to resume), failed (stopped on
    ``last_error``), published, missing (the file was moved or deleted), unreadable.
    ``conformity`` and ``problems``: whether its data conforms to its schema (see above).
    """

    path: Path
    queued_at: str | None
    state: OutboxState
    title: str = ""
    platform: str = ""
    step: str = PublicationStep.NOT_STARTED.value
    last_error: str | None = None
    conformity: Conformity = "unchecked"
    problems: int = 0


class Outbox:
    """The outbox of one agent, kept in their profile folder."""

    def __init__(self, profile_root: Path) -> None:
        self._file = profile_root / OUTBOX_FILE

    def _read(self) -> dict[str, str | None]:
        try:
            document = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise ProjectError("outbox-damaged", file=self._file.name) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ProjectError("outbox-damaged", file=self._file.name)
        if not isinstance(document.get("version"), int) or document["version"] > VERSION:
            raise ProjectError("outbox-too-new", version=document.get("version"))
        try:
            return {
                str(item["path"]): item.get("queued_at") for item in document.get("projects", [])
            }
        except (KeyError, TypeError, AttributeError):  # an entry without a path, or not a list
            raise ProjectError("outbox-damaged", file=self._file.name) from None

    def _write(self, queued: dict[str, str | None]) -> None:
        projects = [{"path": path, "queued_at": moment} for path, moment in queued.items()]
        try:
            with replaced_atomically(self._file) as stream:
                json.dump(
                    {"format": FORMAT, "version": VERSION, "projects": projects}, stream, indent=2
                )
        except OSError:  # a full disk, a read-only profile folder
            raise ProjectError("outbox-unwritable", folder=str(self._file.parent)) from None

    def add(self, project_path: Path, *, now: str) -> None:
        """Put a project in the outbox (once; it keeps its first date)."""
        queued = self._read()
        queued.setdefault(str(project_path.resolve()), now)
        self._write(queued)

    def remove(self, project_path: Path) -> None:
        """Take a project out of the outbox (published, or given up)."""
        queued = self._read()
        key = str(project_path.resolve())
        if key in queued:
            del queued[key]
            self._write(queued)

    def entries(self) -> list[OutboxEntry]:
        """The projects in the outbox, oldest first, each with its state and last error."""
        found = [_entry(Path(path), moment) for path, moment in self._read().items()]
        return sorted(found, key=lambda entry: entry.queued_at or "")


def _entry(path: Path, queued_at: str | None) -> OutboxEntry:
    if not path.exists():
        return OutboxEntry(path, queued_at, "missing")
    try:
        project = ProjectFile(path).load()
    except AppError as error:
        return OutboxEntry(path, queued_at, "unreadable", last_error=error.code)
    publication = project.publication
    state: OutboxState
    if publication.step in _FINISHED:
        state = "published"
    elif publication.last_error:
        state = "failed"
    elif publication.step != PublicationStep.NOT_STARTED:
        state = "interrupted"
    else:
        state = "waiting"
    return OutboxEntry(
        path,
        queued_at,
        state,
        title=project.metadata.title,
        platform=publication.platform,
        step=publication.step.value,
        last_error=publication.last_error,
        conformity=_conformity(project),
        problems=0 if project.validation is None else project.validation.error_count,
    )


def _conformity(project: Project) -> Conformity:
    checked = project.validation
    if project.schema_name is None or checked is None:
        return "unchecked"
    if checked.valid:
        return "conforming"
    if project.conformity is not None and project.conformity.problems >= checked.error_count:
        return "accepted"
    return "problems"
