"""The wizard's project file, saved after each step the agent validates.

``snapshot_of`` copies what the state holds on the GUI thread (the pages keep changing it);
``save_project`` turns the copy into a core ``Project`` and writes it atomically on a
worker's thread. Opening a project again is opening.py.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.preparation.state import CONFORMITY, WizardState
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.project.create import validation_summary
from desktop_app.core.project.model import (
    ConformityDecision,
    Project,
    SourceRecord,
    WizardPage,
)
from desktop_app.core.project.storage import ProjectFile, source_record_as_read
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.model import SourceInfo
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.core.validation.engine import TableCheck

STEP_OF_PAGE: Mapping[WizardPage, str] = {
    WizardPage.SOURCE: "file",
    WizardPage.SCHEMA: "schema",
    WizardPage.MAPPING: "mapping",
    WizardPage.QUALITY: "quality",
    WizardPage.PRIVACY: "privacy",
    WizardPage.DESCRIPTION: "description",
    WizardPage.PUBLICATION: "publication",
    WizardPage.DONE: "done",
}
PAGE_OF_STEP: Mapping[str, WizardPage] = {step: page for page, step in STEP_OF_PAGE.items()}

Stamp = tuple[str, int, int]  # the source's path, size and modification time


@dataclass(frozen=True, eq=False)
class ProjectSnapshot:
    """What the state held when the agent validated a step, copied on the GUI thread.

    ``preparation`` is the agent's table as read, shaped, corrected and decided (its
    mapping, edits and privacy decisions are what the project keeps); the other fields are
    the wizard's answers around it.
    """

    source_path: Path
    preparation: Preparation
    schema: TableSchema | None
    check: TableCheck | None
    scan: PrivacyScan | None
    commune: CommuneIdentity
    metadata: DatasetMetadata | None
    publication: PublicationState | None
    page: WizardPage
    conformity: ConformityDecision | None = None


def snapshot_of(state: WizardState) -> ProjectSnapshot | None:
    """A copy of the WizardState for saving, or None before a file is chosen."""
    if state.source_path is None or state.table is None:
        return None
    conformity = state.extras.get(CONFORMITY)
    return ProjectSnapshot(
        source_path=state.source_path,
        preparation=state.preparation(),
        schema=state.schema,
        check=state.check,
        scan=state.privacy_scan,
        commune=state.commune,
        metadata=state.metadata,
        publication=state.publication,
        page=PAGE_OF_STEP.get(state.reached, WizardPage.SOURCE),
        conformity=conformity if isinstance(conformity, ConformityDecision) else None,
    )


@dataclass(frozen=True, eq=False)
class SavedProject:
    """A project as last written: where, what, and the source file it embeds."""

    path: Path
    project: Project
    stamp: Stamp | None = None


def save_project(
    snapshot: ProjectSnapshot,
    path: Path,
    previous: SavedProject | None,
    *,
    now: str,
    progress: ProgressFn,
    cancel: CancelToken,
) -> SavedProject:
    """Write the project at ``path``: a new file with the source the first time, else an update.

    Raises:
        ProjectError: the project cannot be written or the source read.
    """
    progress(0.0, "project-saving")
    stamp = source_stamp(snapshot.source_path)
    same_file = previous is not None and previous.path == path and path.exists()
    if same_file and previous is not None and previous.stamp == stamp:
        record = previous.project.source
    else:
        record = source_record_as_read(
            snapshot.source_path,
            path,
            _read_as(snapshot),
            progress=lambda share, step: progress(share * 0.5, step),
            cancel=cancel,
        )
    cancel.raise_if_cancelled()
    project = project_of(snapshot, record, now=now, previous=previous)
    project_file = ProjectFile(path)
    if same_file and previous is not None and previous.project.source.sha256 == record.sha256:
        project_file.save(project)
    else:
        project_file.create(project, snapshot.source_path)
    progress(1.0, "done")
    return SavedProject(path, project, stamp)


def source_stamp(path: Path) -> Stamp | None:
    """The source's path, size and modification time: unchanged, its record need not be redone."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (str(path), status.st_size, status.st_mtime_ns)


def _read_as(snapshot: ProjectSnapshot) -> SourceInfo | None:
    """How the source was read (sheet, header row, encoding…), kept to read it the same way."""
    table = snapshot.preparation.table
    return None if table is None else table.source


def project_of(
    snapshot: ProjectSnapshot, record: SourceRecord, *, now: str, previous: SavedProject | None
) -> Project:
    """The core Project for a snapshot of the wizard (the source's record already made).

    The Preparation → Project half of the round trip (``reading.preparation_of`` is the
    other): the mapping, the edits and the privacy decisions are the preparation's.
    """
    before = previous.project if previous is not None else None
    preparation = snapshot.preparation
    prepared = preparation.prepared
    commune = snapshot.commune
    if not isinstance(commune, CommuneSettings):
        commune = CommuneSettings(name=commune.name, siret=commune.siret, insee=commune.insee)
    return Project(
        source=record,
        schema_name=None if snapshot.schema is None else snapshot.schema.name,
        schema_version=None if snapshot.schema is None else snapshot.schema.version,
        mapping=None if prepared is None else prepared.mapping,
        edits=preparation.edits,
        validation=None if snapshot.check is None else validation_summary(snapshot.check, now=now),
        conformity=snapshot.conformity,
        privacy_findings=()
        if snapshot.scan is None
        else tuple(finding.to_json() for finding in snapshot.scan.findings),
        privacy_decisions=preparation.decisions,
        commune=commune,
        metadata=snapshot.metadata or DatasetMetadata(),
        publication=snapshot.publication or PublicationState(),
        page=snapshot.page,
        to_publish=before.to_publish if before is not None else False,
        created_at=before.created_at if before is not None else now,
        updated_at=now,
    )
