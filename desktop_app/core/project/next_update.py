"""« Préparer la prochaine mise à jour »: next month's file gets last month's treatment.

The project is reopened with a new file: its mapping, corrections and privacy decisions are
replayed, the description is kept (its temporal coverage worked out again from the new
rows), and publication is set to update the same dataset on data.gouv.fr.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.metadata.coverage import temporal_coverage
from desktop_app.core.preparation.edits import CellEdit, ReplayOutcome
from desktop_app.core.project.model import Project, WizardPage
from desktop_app.core.project.reading import preparation_of
from desktop_app.core.project.storage import source_record_as_read
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.inclusion import RowRange, unmatched_ranges
from desktop_app.core.sources.model import Table


@dataclass(frozen=True)
class NextUpdate:
    """The project reopened on the new file, and what could not be carried over.

    ``missing_columns`` were mapped last time and are not in the new file (their fields are
    left without a column); ``dropped_decisions`` name the privacy findings whose column is
    gone; ``ignored_include`` the parts taken back last time (rows of the sheet) that meet
    no part set aside in the new file: they are not kept in the project.
    """

    project: Project
    missing_columns: tuple[str, ...] = ()
    dropped_decisions: tuple[str, ...] = ()
    ignored_include: tuple[RowRange, ...] = ()


@dataclass(frozen=True, eq=False)
class ReplayedTable:
    """The new file in the schema's shape with the corrections made again."""

    prepared: PreparedTable
    outcome: ReplayOutcome

    @property
    def skipped_edits(self) -> tuple[CellEdit, ...]:
        """Cell edits that no longer fit: the cell holds another value this time."""
        return self.outcome.skipped


def prepare_next_update(
    project: Project,
    new_source: Path,
    table: Table,
    project_path: Path,
    *,
    now: str,
    replayed_include: bool = True,
) -> NextUpdate:
    """The project for the next publication of the same data, from ``new_source``.

    ``table`` is ``new_source`` read as the wizard reads it (same sheet, header row and
    parts taken back as last time unless the agent said otherwise: ``replayed_include`` is
    False when the agent named the parts to take back this time); ``now`` is the ISO moment
    of the update.

    Raises:
        ProjectError: the new file cannot be read (``project-source-unreadable``).
    """
    columns = set(table.column_names)
    mapping, missing = _carried_mapping(project.mapping, columns)
    kept = tuple(
        d for d in project.privacy_decisions if d.column in columns or _is_field(d.column, mapping)
    )
    dropped = tuple(d.finding for d in project.privacy_decisions if d not in kept)
    publication = continued_publication(project.publication, now=now)
    record = source_record_as_read(new_source, project_path, table.source)
    # A saved range that takes nothing back this time is said, and not kept: next month it
    # could meet another part (a total moved there) and take it in without anyone asking.
    ignored = unmatched_ranges(table, project.source.include) if replayed_include else ()
    if ignored:
        record = replace(record, include=tuple(r for r in record.include if r not in ignored))
    updated = replace(
        project,
        source=record,
        mapping=mapping,
        privacy_decisions=kept,
        validation=None,
        publication=publication,
        page=WizardPage.QUALITY,
        to_publish=False,
        updated_at=now,
    )
    return NextUpdate(updated, missing, dropped, ignored)


def continued_publication(previous: PublicationState, *, now: str) -> PublicationState:
    """The publication of new data for the same dataset: an update of it once it exists.

    Before it exists, the marker of a creation that was started is kept: the next
    publication finds that dataset instead of creating a second one.
    """
    return PublicationState(
        platform=previous.platform,
        organization=previous.organization,
        mode="update" if previous.dataset_id else previous.mode,
        draft=previous.draft,
        dataset_id=previous.dataset_id,
        dataset_page=previous.dataset_page,
        resource_id=previous.resource_id,
        updated_at=now,
        marker=None if previous.dataset_id else previous.marker,
    )


def replay_table(project: Project, table: Table, schema: TableSchema) -> ReplayedTable:
    """Map, convert and correct the table as the project says (through its Preparation).

    Raises:
        AppError: the mapping does not fit the table (see ``prepare_table``).
    """
    preparation = preparation_of(project, table, schema)
    edited, replayed = preparation.edited, preparation.replayed
    if edited is None or replayed is None:  # cannot happen: a schema gives a prepared table
        raise ValueError("no prepared table")
    return ReplayedTable(edited, replayed)


def with_coverage_from(project: Project, replayed: ReplayedTable) -> Project:
    """The project whose temporal coverage spans the dates of the replayed table."""
    coverage = temporal_coverage(replayed.prepared.frame, replayed.prepared.schema)
    if coverage is None:
        return project
    return replace(project, metadata=replace(project.metadata, temporal_coverage=coverage))


def _carried_mapping(
    mapping: ColumnMapping | None, columns: set[str]
) -> tuple[ColumnMapping | None, tuple[str, ...]]:
    if mapping is None:
        return None, ()
    missing = tuple(
        item.column
        for item in mapping.fields
        if item.column is not None and item.column not in columns
    )
    carried = mapping
    for item in mapping.fields:
        if item.column is not None and item.column not in columns:
            carried = carried.with_column(item.field, None)
    return replace(carried, source_columns=tuple(sorted(columns))), missing


def _is_field(name: str, mapping: ColumnMapping | None) -> bool:
    return mapping is not None and any(item.field == name for item in mapping.fields)
