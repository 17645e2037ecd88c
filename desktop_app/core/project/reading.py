"""A saved project turned back into its Preparation: its source read again, shaped, corrected.

``read_kept_source`` reads the agent's file as the project says (sheet, header row) — the
original when it is unchanged (same SHA-256), else the copy kept in the project — and is the
one place that reading reports its progress as a share of a longer task.
``preparation_of`` is the Project → Preparation half of the round trip (the other half is
``core.preparation.saving.project_of``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import SchemaError
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.project.model import Project, ProjectError
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources import Table, read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

UNKNOWN_SCHEMA = frozenset(
    {"schema-not-found", "schema-version-not-found", "schema-version-not-downloaded"}
)
COPY_FOLDER_DIGITS = 16  # of the file's SHA-256: a folder per content, a short path on Windows


@dataclass(frozen=True, eq=False)
class KeptSource:
    """The project's source as read: the table, the file it was read from, how it was found.

    ``state`` is ``unchanged`` when the agent's file was found as it was; otherwise
    (``changed``, ``unreadable``, ``missing``, ``not-a-file``) the copy kept in the project
    was read.
    """

    table: Table
    path: Path
    state: str


def read_kept_source(
    project_file: ProjectFile,
    project: Project,
    copies: Path,
    *,
    share: float = 1.0,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> KeptSource:
    """Read the project's source; its progress fills the first ``share`` of the task.

    ``copies`` is the folder where the kept copy is written when the original cannot be used,
    in a folder of its own named after its content, under the agent's file name.

    Raises:
        ProjectError: the project's copy is missing or damaged.
        AppError: the file cannot be read as the project says.
    """
    # The source may sit on a slow network share: its check reports progress and cancels
    # (the first seventh of the share), then the reading fills the rest.
    checked = share / 7
    found = project_file.check_source(
        project, progress=lambda fraction, step: progress(fraction * checked, step), cancel=cancel
    )
    if found.state == "unchanged" and found.path is not None:
        source = found.path
    else:
        # One folder per content: another project's file of the same name (each month's
        # « export.csv ») never overwrites this copy, which the wizard reads and saves from.
        folder = copies / project.source.sha256[:COPY_FOLDER_DIGITS]
        folder.mkdir(parents=True, exist_ok=True)
        source = project_file.extract_source(folder)
    table = read_table(
        source,
        sheet=project.source.sheet,
        header_row=project.source.header_row,
        include=project.source.include,
        progress=lambda fraction, step: progress(checked + fraction * (share - checked), step),
        cancel=cancel,
    )
    return KeptSource(table, source, found.state)


def schema_of(project: Project, catalogue: SchemaCatalogue) -> TableSchema | None:
    """The project's schema from the catalogue (None for data published without one).

    Raises:
        ProjectError: ``project-schema-unavailable``, the schema (or its version) is not in
            this installation's catalogue (a project made with a newer DataMairie).
        SchemaError: the schema's file is damaged on this computer.
    """
    reference = project.schema_reference
    if reference is None:
        return None
    try:
        return catalogue.get(reference)
    except SchemaError as error:
        if error.code not in UNKNOWN_SCHEMA:
            raise
        # Said for the project, not as a search in the catalogue (« vérifiez son
        # orthographe », « choisissez la dernière version »): the agent chose nothing here.
        raise ProjectError(
            "project-schema-unavailable",
            name=project.schema_name or reference,
            version=project.schema_version or "",
        ) from None


def preparation_of(
    project: Project, table: Table, schema: TableSchema | None, cancel: CancelToken | None = None
) -> Preparation:
    """The preparation a project describes, on ``table`` (its source, or next month's file).

    Raises:
        AppError: the mapping does not fit the table (see ``prepare_table``).
    """
    if schema is None:
        return Preparation(table, None, project.edits, project.privacy_decisions)
    mapping = project.mapping or ColumnMapping(schema.name, schema.version, ())
    prepared = prepare_table(table, schema, mapping, cancel=cancel)
    return Preparation(table, prepared, project.edits, project.privacy_decisions)
