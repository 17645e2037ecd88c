"""The file a project publishes: its source read again, mapped, corrected, personal data removed.

The publication always starts from the copy of the source kept in the project, so what goes
online is exactly what the agent prepared and checked, even if the original was edited since.
Nothing is written while a personal-data finding is undecided or the description would be
refused by data.gouv.fr.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import AppError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.mapping.prepare import write_publishable_csv
from desktop_app.core.metadata.checks import MetadataProblem, blocking, check_metadata
from desktop_app.core.privacy.remedies import apply_decisions, undecided
from desktop_app.core.privacy.scan import scan_prepared, scan_table
from desktop_app.core.project.model import Project
from desktop_app.core.project.next_update import replay_table
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import Table, read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn


class ProjectNotReadyError(AppError):
    """The project cannot be published yet; ``code`` says what is missing."""


@dataclass(frozen=True)
class Readiness:
    """What stands between a project and its publication (empty when it can go)."""

    undecided_findings: tuple[str, ...]
    metadata_problems: tuple[MetadataProblem, ...]

    @property
    def ready(self) -> bool:
        """Whether the project can be published as it stands."""
        return not self.undecided_findings and not self.metadata_problems


def readiness(project: Project) -> Readiness:
    """Check, offline, that every finding is decided and the description would be accepted."""
    decided = {
        decision.finding
        for decision in project.privacy_decisions
        if decision.remedy.value != "keep" or decision.justification.strip()
    }
    waiting = tuple(
        str(finding.get("key", ""))
        for finding in project.privacy_findings
        if str(finding.get("key", "")) not in decided
    )
    return Readiness(waiting, blocking(check_metadata(project.metadata)))


def write_publishable_file(
    project_file: ProjectFile,
    project: Project,
    catalogue: SchemaCatalogue,
    target: Path,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
    checked_copy: Path | None = None,
) -> int:
    """Write the CSV to publish at ``target`` and return its number of rows.

    ``checked_copy``, if given, receives the corrected table before personal data is
    removed: what the agent checked on the Qualité page, whose fingerprint a decision to
    publish despite problems names (``core/project/conformity``).

    Raises:
        ProjectNotReadyError: ``project-not-ready-privacy`` or ``project-not-ready-metadata``.
        AppError: the source copy cannot be read or the mapping no longer fits it, or
            ``target`` cannot be written (``output-unwritable``).
    """
    state = readiness(project)
    if state.undecided_findings:
        raise ProjectNotReadyError("project-not-ready-privacy", count=len(state.undecided_findings))
    if state.metadata_problems:
        raise ProjectNotReadyError("project-not-ready-metadata", count=len(state.metadata_problems))
    token = cancel or CancelToken()
    with tempfile.TemporaryDirectory(prefix="datamairie-source-") as folder:
        source = project_file.extract_source(Path(folder))
        table = read_table(
            source,
            sheet=project.source.sheet,
            header_row=project.source.header_row,
            include=project.source.include,
            progress=lambda share, step: progress(share * 0.5, step),
            cancel=token,
        )
    if project.schema_reference is None:
        return _write_free_table(table, project, target)
    schema = catalogue.get(project.schema_reference)
    prepared = replay_table(project, table, schema).prepared
    if checked_copy is not None:
        write_publishable_csv(prepared, checked_copy)
    token.raise_if_cancelled()
    scan = scan_prepared(prepared, cancel=token)
    cleared = apply_decisions(prepared, scan, project.privacy_decisions)
    write_publishable_csv(cleared, target)
    progress(1.0, "done")
    return len(cleared.frame)


def _write_free_table(table: Table, project: Project, target: Path) -> int:
    """Data published without a schema: the agent's columns as read, each column's decision applied.

    Without a schema only whole-column remedies exist: removing or emptying a column; any
    other decision is kept as the agent's justified choice.
    """
    scan = scan_table(table)
    waiting = undecided(scan.findings, project.privacy_decisions)
    if waiting:
        raise ProjectNotReadyError("project-not-ready-privacy", count=len(waiting))
    remedies = {decision.column: decision.remedy.value for decision in project.privacy_decisions}
    kept = [
        (index, column)
        for index, column in enumerate(table.columns)
        if remedies.get(column.name) != "remove-column"
    ]
    cells = [table.text.iloc[:, index].tolist() for index, _ in kept]
    emptied = [remedies.get(column.name) == "empty-column" for _, column in kept]
    try:
        with replaced_atomically(target, newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(column.label for _, column in kept)
            for row in zip(*cells, strict=True):
                writer.writerow(
                    "" if empty else value for value, empty in zip(row, emptied, strict=True)
                )
    except OSError:
        raise AppError("output-unwritable", file=target.name) from None
    return table.row_count
