"""A project opened again, so that the wizard resumes on the step the agent reached.

``open_project`` reads a project back and rebuilds its Preparation (the source read again,
mapped, corrected, its privacy decisions); ``open_next_update`` replays it on next month's
file; ``fill_state`` puts the result into the wizard's state on the GUI thread, so that the
pages show it as it was saved, without doing their work again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.errors import AppError, CancelledError
from desktop_app.core.metadata.coverage import temporal_coverage
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.preparation.state import CONFORMITY, WizardState
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.project.model import Project, WizardPage
from desktop_app.core.project.next_update import prepare_next_update
from desktop_app.core.project.reading import preparation_of, read_kept_source, schema_of
from desktop_app.core.project.saving import STEP_OF_PAGE, SavedProject, source_stamp
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources import Table, read_table
from desktop_app.core.sources.inclusion import RowRange, without_ignored
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.core.validation.engine import TableCheck

log = logging.getLogger(__name__)
READING_SHARE = 0.8  # of a next update's opening: reading next month's file; the replay after


@dataclass(frozen=True, eq=False)
class OpenedProject:
    """A project read back: its Preparation rebuilt on its source, as it was saved.

    ``table`` is the source as read again; ``preparation`` is built on it (``prepared`` is
    None without a schema, or before the Correspondance step was done). ``source_state``
    tells whether the agent's file was found unchanged; otherwise the copy kept in the
    project stands in for it. ``missing_columns`` and ``dropped_decisions`` are
    what a next update could not carry over; ``ignored_include`` the parts taken back last
    time that take nothing back in the new file (its layout changed: the agent looks again).
    """

    path: Path
    project: Project
    source_path: Path
    table: Table
    schema: TableSchema | None
    preparation: Preparation
    source_state: str = "unchanged"
    missing_columns: tuple[str, ...] = ()
    dropped_decisions: tuple[str, ...] = ()
    ignored_include: tuple[RowRange, ...] = ()

    @property
    def step(self) -> str:
        """The wizard step to resume on."""
        return STEP_OF_PAGE[self.project.page]

    @property
    def saved(self) -> SavedProject:
        """The project as it is on disk, so the next autosave updates it in place."""
        return SavedProject(self.path, self.project, source_stamp(self.source_path))


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
    kept = read_kept_source(
        project_file, project, copies, share=0.7, progress=progress, cancel=cancel
    )
    schema, preparation = _rebuilt(project, kept.table, catalogue, cancel)
    progress(1.0, "done")
    return OpenedProject(path, project, kept.path, kept.table, schema, preparation, kept.state)


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

    # Next month's file may be large: its reading reports progress and stops on « Annuler ».
    def reading(fraction: float, step: str) -> None:
        progress(fraction * READING_SHARE, step)

    try:
        table = read_table(
            new_source,
            sheet=project.source.sheet,
            header_row=project.source.header_row,
            include=project.source.include,
            progress=reading,
            cancel=cancel,
        )
    except CancelledError:
        raise
    except AppError:  # the new file has other sheet names or header row: read it afresh
        table = read_table(new_source, progress=reading, cancel=cancel)
    cancel.raise_if_cancelled()
    update = prepare_next_update(project, new_source, table, path, now=now)
    table = without_ignored(table, update.ignored_include)  # said on Fichier
    schema, preparation = _rebuilt(update.project, table, catalogue, cancel)
    updated = update.project
    if preparation.edited is not None and schema is not None:
        coverage = temporal_coverage(preparation.edited.frame, schema)
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
        preparation,
        "unchanged",
        update.missing_columns,
        update.dropped_decisions,
        update.ignored_include,
    )


def _rebuilt(
    project: Project, table: Table, catalogue: SchemaCatalogue, cancel: CancelToken
) -> tuple[TableSchema | None, Preparation]:
    """The project's schema and its Preparation on ``table``.

    A project saved before its mapping was made has no prepared table yet: Correspondance
    suggests one when the agent gets there, as for a new file.
    """
    schema = schema_of(project, catalogue)
    cancel.raise_if_cancelled()
    if schema is None or project.mapping is None:
        return schema, Preparation(table, None, project.edits, project.privacy_decisions)
    return schema, preparation_of(project, table, schema, cancel)


def fill_state(
    state: WizardState,
    opened: OpenedProject,
    *,
    check: TableCheck | None = None,
    scan: PrivacyScan | None = None,
) -> None:
    """Put an opened project into the wizard's state (on the GUI thread).

    ``check`` and ``scan``, when the opening made them, are the Qualité check and the
    personal-data scan of the preparation: the pages show them instead of working again.
    """
    project = opened.project
    preparation = opened.preparation
    state.forget_table()
    state.source_path = opened.source_path
    state.sheet = opened.table.source.sheet
    state.header_row = opened.table.source.header_row
    state.include = opened.table.source.include
    state.table = opened.table
    state.commune = project.commune
    if opened.schema is None and project.schema_name is None:
        state.without_schema = project.page not in (WizardPage.SOURCE, WizardPage.SCHEMA)
    state.schema = opened.schema
    if preparation.prepared is not None:
        state.mapping = preparation.prepared.mapping
        state.mapping_origin = "saved"
        state.prepared = preparation.prepared
    state.edits = preparation.edits
    state.check = check
    state.privacy_scan = scan
    if project.conformity is not None:
        # The decision to go on with problems stays attached to its data (the Qualité step
        # checks it against its fingerprint).
        state.extras[CONFORMITY] = project.conformity
    state.privacy = list(preparation.decisions)
    # the project's own decisions: shown as reused, never taken for decisions of this session
    state.privacy_reused = {decision.finding for decision in preparation.decisions}
    state.metadata = project.metadata if project.metadata.title else None
    state.publication = project.publication
    state.project_path = opened.path
    state.reached = opened.step
    log.info("project opened on step %s", opened.step)
