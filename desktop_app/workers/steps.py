"""The wizard's long steps as task functions: core calls with ``progress`` and ``cancel``.

Each runs on a TaskRunner's thread and returns one plain result for the page to show.
Nothing here touches a widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import PreparedTable, prepare_table
from desktop_app.core.mapping.schema_ranking import SchemaSuggestion, rank_schemas
from desktop_app.core.mapping.templates import MappingTemplates, starting_mapping
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.model import CatalogueEntry, TableSchema
from desktop_app.core.sources import Table
from desktop_app.core.tasks import CancelToken, ProgressFn


@dataclass(frozen=True)
class SchemaChoices:
    """What the Schéma step offers: the best matches for the table, then the whole catalogue."""

    suggestions: tuple[SchemaSuggestion, ...]
    entries: tuple[CatalogueEntry, ...]


def choose_schemas(
    table: Table | None,
    catalogue: SchemaCatalogue,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> SchemaChoices:
    """Read the catalogue and rank its schemas for the table (no ranking without a table)."""
    progress(0.0, "catalogue")
    entries = tuple(catalogue.table_schema_entries())
    cancel.raise_if_cancelled()
    progress(0.3, "schemas")
    suggestions = tuple(rank_schemas(table, catalogue)) if table is not None else ()
    progress(1.0, "done")
    return SchemaChoices(suggestions, entries)


def load_schema(
    catalogue: SchemaCatalogue, reference: str, *, progress: ProgressFn, cancel: CancelToken
) -> TableSchema:
    """Read the chosen schema ("scdl/deliberations" or "scdl/deliberations@2.1.5")."""
    progress(0.0, "schemas")
    schema = catalogue.get(reference)
    cancel.raise_if_cancelled()
    progress(1.0, "done")
    return schema


@dataclass(frozen=True, eq=False)
class MappingResult:
    """The mapping the Correspondance step starts from, and the table converted with it."""

    schema: TableSchema
    mapping: ColumnMapping
    origin: str  # "saved" (a template applied itself) or "suggested"
    prepared: PreparedTable


def map_to_schema(
    table: Table,
    schema: TableSchema,
    templates: MappingTemplates | None,
    commune: CommuneIdentity,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> MappingResult:
    """The mapping saved last time for these columns, else the suggested one, then convert."""
    progress(0.0, "mapping")
    mapping, origin = starting_mapping(table, schema, templates, commune)
    cancel.raise_if_cancelled()
    prepared = prepare_table(table, schema, mapping, progress=progress, cancel=cancel)
    return MappingResult(schema, mapping, origin, prepared)


def convert_with(
    table: Table,
    schema: TableSchema,
    mapping: ColumnMapping,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> PreparedTable:
    """Convert the table again after the agent changed the mapping."""
    return prepare_table(table, schema, mapping, progress=progress, cancel=cancel)


def remember_mapping(
    templates: MappingTemplates,
    mapping: ColumnMapping,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> ColumnMapping:
    """Save the mapping so that next month's file with the same columns maps itself."""
    del cancel
    templates.remember(mapping)
    progress(1.0, "done")
    return mapping
