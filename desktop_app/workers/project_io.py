"""The wizard's project file: save the state after each step, open a project to resume it.

``snapshot_of`` copies what the state holds on the GUI thread (the pages keep changing it);
``save_project`` turns the copy into a core ``Project`` and writes it atomically on a
worker's thread; ``open_project`` and ``open_next_update`` read a project back (its source
read again, mapped and corrected) so that the wizard can resume on the step it reached.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from desktop_app.core.commune.profile import CommuneSettings
from desktop_app.core.errors import AppError
from desktop_app.core.mapping.constants import CommuneProfile
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import PreparedTable, prepare_table
from desktop_app.core.metadata.coverage import temporal_coverage
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.privacy.model import PrivacyFinding, PrivacyScan
from desktop_app.core.project.create import validation_summary
from desktop_app.core.project.edits import CellEdit, EditHistory, apply_edits
from desktop_app.core.project.model import Project, WizardPage
from desktop_app.core.project.next_update import prepare_next_update
from desktop_app.core.project.storage import ProjectFile, source_record
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources import Table, read_table
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.core.validation.engine import TableCheck

log = logging.getLogger(__name__)

FIRST_DATA_ROW = 2  # rows of edits are numbered as in the published CSV (header = 1)
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
    """What the state held when the agent validated a step, copied on the GUI thread."""

    source_path: Path
    table: Table | None
    schema: TableSchema | None
    mapping: ColumnMapping | None
    prepared: PreparedTable | None
    edits: Mapping[tuple[int, str], str]
    check: TableCheck | None
    scan: PrivacyScan | None
    decisions: tuple[PrivacyDecision, ...]
    commune: CommuneProfile
    metadata: DatasetMetadata | None
    publication: PublicationState | None
    page: WizardPage


def snapshot_of(state: Any) -> ProjectSnapshot | None:
    """A copy of the WizardState for saving, or None before a file is chosen."""
    if state.source_path is None or state.table is None:
        return None
    return ProjectSnapshot(
        source_path=state.source_path,
        table=state.table,
        schema=state.schema,
        mapping=state.mapping,
        prepared=state.prepared,
        edits=dict(state.edits.values),
        check=state.check,
        scan=state.privacy_scan,
        decisions=tuple(state.privacy),
        commune=state.commune,
        metadata=state.metadata,
        publication=state.publication,
        page=PAGE_OF_STEP.get(state.reached, WizardPage.SOURCE),
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
    stamp = _stamp(snapshot.source_path)
    same_file = previous is not None and previous.path == path and path.exists()
    if same_file and previous is not None and previous.stamp == stamp:
        record = previous.project.source
    else:
        record = source_record(
            snapshot.source_path,
            path,
            sheet=_info(snapshot, "sheet"),
            header_row=_info(snapshot, "header_row"),
            encoding=_info(snapshot, "encoding"),
            separator=_info(snapshot, "separator"),
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


def _stamp(path: Path) -> Stamp | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (str(path), status.st_size, status.st_mtime_ns)


def _info(snapshot: ProjectSnapshot, name: str) -> Any:
    return None if snapshot.table is None else getattr(snapshot.table.source, name, None)


def project_of(
    snapshot: ProjectSnapshot, record: Any, *, now: str, previous: SavedProject | None
) -> Project:
    """The core Project for a snapshot of the wizard (the source's record already made)."""
    before = previous.project if previous is not None else None
    commune = snapshot.commune
    if not isinstance(commune, CommuneSettings):
        commune = CommuneSettings(name=commune.name, siret=commune.siret, insee=commune.insee)
    return Project(
        source=record,
        schema_name=None if snapshot.schema is None else snapshot.schema.name,
        schema_version=None if snapshot.schema is None else snapshot.schema.version,
        mapping=snapshot.mapping,
        edits=edit_history(snapshot.prepared, snapshot.edits),
        validation=None if snapshot.check is None else validation_summary(snapshot.check, now=now),
        privacy_findings=()
        if snapshot.scan is None
        else tuple(finding_record(f) for f in snapshot.scan.findings),
        privacy_decisions=snapshot.decisions,
        commune=commune,
        metadata=snapshot.metadata or DatasetMetadata(),
        publication=snapshot.publication or PublicationState(),
        page=snapshot.page,
        to_publish=before.to_publish if before is not None else False,
        created_at=before.created_at if before is not None else now,
        updated_at=now,
    )


def edit_history(
    prepared: PreparedTable | None, edits: Mapping[tuple[int, str], str]
) -> EditHistory:
    """The agent's cell corrections as the project keeps them (row 2 = first data row)."""
    if prepared is None or not edits:
        return EditHistory()
    frame = prepared.frame
    cells = tuple(
        CellEdit(name, row + FIRST_DATA_ROW, str(frame.at[row, name]), text)
        for (row, name), text in sorted(edits.items())
        if name in frame.columns and 0 <= row < len(frame)
    )
    return EditHistory(cells, len(cells))


def finding_record(finding: PrivacyFinding) -> dict[str, Any]:
    """What the project keeps of a finding: enough to list it and check it was decided."""
    return {
        "key": finding.key,
        "column": finding.column,
        "label": finding.label,
        "category": finding.category.value,
        "scope": finding.scope,
        "confidence": finding.confidence,
        "examples": list(finding.examples),
        "row_count": len(finding.rows),
        "remedies": [remedy.value for remedy in finding.remedies],
        "suggested": finding.suggested.value,
    }


@dataclass(frozen=True, eq=False)
class OpenedProject:
    """A project read back, with its source read, mapped and corrected as it was saved.

    ``source_state`` tells whether the agent's file was found unchanged; otherwise the copy
    kept in the project stands in for it. ``missing_columns`` and ``dropped_decisions`` are
    what a next update could not carry over.
    """

    path: Path
    project: Project
    source_path: Path
    table: Table
    schema: TableSchema | None
    prepared: PreparedTable | None
    edits: dict[tuple[int, str], str]
    source_state: str = "unchanged"
    missing_columns: tuple[str, ...] = ()
    dropped_decisions: tuple[str, ...] = ()

    @property
    def step(self) -> str:
        """The wizard step to resume on."""
        return STEP_OF_PAGE[self.project.page]

    @property
    def saved(self) -> SavedProject:
        """The project as it is on disk, so the next autosave updates it in place."""
        return SavedProject(self.path, self.project, _stamp(self.source_path))


def open_project(
    path: Path,
    catalogue: SchemaCatalogue,
    copies: Path,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> OpenedProject:
    """Read a project and its source (the project's own copy if the file moved or changed).

    ``copies`` is the folder where the embedded copy is written when needed.

    Raises:
        ProjectError: the project cannot be read.
        AppError: its source, schema or mapping cannot be used any more.
    """
    progress(0.0, "project-opening")
    project_file = ProjectFile(path)
    project = project_file.load()
    found = project_file.check_source(project)
    if found.state == "unchanged" and found.path is not None:
        source = found.path
    else:
        copies.mkdir(parents=True, exist_ok=True)
        source = project_file.extract_source(copies)
    table = read_table(
        source,
        sheet=project.source.sheet,
        header_row=project.source.header_row,
        progress=lambda share, step: progress(share * 0.7, step),
        cancel=cancel,
    )
    schema, prepared, edits = _rebuilt(project, table, catalogue, cancel)
    progress(1.0, "done")
    return OpenedProject(path, project, source, table, schema, prepared, edits, found.state)


def open_next_update(
    path: Path,
    new_source: Path,
    catalogue: SchemaCatalogue,
    *,
    now: str,
    progress: ProgressFn,
    cancel: CancelToken,
) -> OpenedProject:
    """« Préparer la prochaine mise à jour »: the project replayed on next month's file.

    Raises:
        ProjectError: the project cannot be read.
        AppError: the new file cannot be read, or the schema is no longer available.
    """
    progress(0.0, "project-opening")
    project = ProjectFile(path).load()
    try:
        table = read_table(
            new_source, sheet=project.source.sheet, header_row=project.source.header_row
        )
    except AppError:  # the new file has other sheet names or header row: read it afresh
        table = read_table(new_source, cancel=cancel)
    cancel.raise_if_cancelled()
    update = prepare_next_update(project, new_source, table, path, now=now)
    schema, prepared, edits = _rebuilt(update.project, table, catalogue, cancel)
    updated = update.project
    if prepared is not None and schema is not None:
        frame = _edited(prepared.frame, edits)
        coverage = temporal_coverage(frame, schema)
        if coverage is not None:
            metadata = replace(updated.metadata, temporal_coverage=coverage)
            updated = replace(updated, metadata=metadata)
    progress(1.0, "done")
    return OpenedProject(
        path,
        updated,
        new_source,
        table,
        schema,
        prepared,
        edits,
        "unchanged",
        update.missing_columns,
        update.dropped_decisions,
    )


def _rebuilt(
    project: Project, table: Table, catalogue: SchemaCatalogue, cancel: CancelToken
) -> tuple[TableSchema | None, PreparedTable | None, dict[tuple[int, str], str]]:
    if project.schema_name is None:
        return None, None, {}
    reference = project.schema_name
    if project.schema_version:
        reference = f"{reference}@{project.schema_version}"
    schema = catalogue.get(reference)
    cancel.raise_if_cancelled()
    if project.mapping is None:
        return schema, None, {}
    prepared = prepare_table(table, schema, project.mapping, cancel=cancel)
    replayed = apply_edits(prepared.frame, project.edits.active)
    return schema, prepared, _differences(prepared.frame, replayed.frame)


def _differences(before: pd.DataFrame, after: pd.DataFrame) -> dict[tuple[int, str], str]:
    """The cells the corrections changed, as the Qualité step keeps them."""
    found: dict[tuple[int, str], str] = {}
    for name in before.columns:
        old = before[name].astype(str)
        new = after[name].astype(str)
        for row in (old != new).to_numpy().nonzero()[0].tolist():
            found[(int(row), str(name))] = str(new.iloc[row])
    return found


def _edited(frame: pd.DataFrame, edits: Mapping[tuple[int, str], str]) -> pd.DataFrame:
    if not edits:
        return frame
    copy = frame.copy()
    for (row, name), text in edits.items():
        copy.at[row, name] = text
    return copy


def fill_state(state: Any, opened: OpenedProject) -> None:
    """Put an opened project into the wizard's state (on the GUI thread)."""
    project = opened.project
    state.forget_table()
    state.source_path = opened.source_path
    state.sheet = opened.table.source.sheet
    state.header_row = opened.table.source.header_row
    state.table = opened.table
    state.commune = project.commune
    if opened.schema is None and project.schema_name is None:
        state.without_schema = project.page not in (WizardPage.SOURCE, WizardPage.SCHEMA)
    state.schema = opened.schema
    if opened.prepared is not None:
        state.mapping = opened.prepared.mapping
        state.mapping_origin = "saved"
        state.prepared = opened.prepared
    state.edits.values.update(opened.edits)
    state.privacy = list(project.privacy_decisions)
    state.metadata = project.metadata if project.metadata.title else None
    state.publication = project.publication
    state.project_path = opened.path
    state.reached = opened.step
    log.info("project opened on step %s", opened.step)
