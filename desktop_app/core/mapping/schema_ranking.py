"""Which national schema is this file? Ranking the catalogue's schemas for a table."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.core.mapping.constants import PROFILE_FIELDS
from desktop_app.core.mapping.label_matching import words
from desktop_app.core.mapping.suggest import confident_pairs, exact_pairs, score_matrix
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.model import Table
from desktop_app.core.tasks import let_window_run

# Labels alone rank all the schemas; values are then tried on the most promising ones.
SHORTLIST = 8
FILE_NAME_BONUS = 0.15
TITLES_BONUS = 0.05
# Shorter words of a schema's title ("de", "lieu", "code") say little about its subject.
MIN_SUBJECT_LETTERS = 6


@dataclass(frozen=True)
class SchemaSuggestion:
    """A schema that may suit the table, with how well, and why in numbers."""

    name: str
    version: str
    title: str
    score: float
    recognised_columns: int
    total_columns: int
    required_found: int
    required_total: int


def rank_schemas(
    table: Table, catalogue: SchemaCatalogue, limit: int = 5
) -> list[SchemaSuggestion]:
    """The schemas that best fit the table's columns and values, best first."""
    schemas = [catalogue.get(entry.name) for entry in catalogue.table_schema_entries()]
    by_labels = sorted(
        (_suggestion(table, schema, with_values=False) for schema in schemas),
        key=lambda item: item.score,
        reverse=True,
    )
    shortlist = {item.name for item in by_labels[:SHORTLIST]}
    refined = [
        _suggestion(table, schema, with_values=True)
        for schema in schemas
        if schema.name in shortlist
    ]
    refined.sort(key=lambda item: item.score, reverse=True)
    return refined[:limit]


def topic_bonus(table: Table, schema: TableSchema) -> float:
    """A little more for a schema whose subject the file's name or titles state.

    A person opening "Subventions 2018.xlsx", or a sheet with a column "Subventions
    d'équipement", knows what it is about before reading any column.
    """
    subject = words(schema.title) | words(schema.name.rsplit("/", 1)[-1])
    subject = frozenset(word for word in subject if len(word) >= MIN_SUBJECT_LETTERS)
    if not subject:
        return 0.0
    bonus = 0.0
    if subject & words(table.source.path.stem):
        bonus += FILE_NAME_BONUS
    if any(subject & words(label) for label in table.column_names):
        bonus += TITLES_BONUS
    return bonus


def _suggestion(table: Table, schema: TableSchema, *, with_values: bool) -> SchemaSuggestion:
    let_window_run()  # sixty schemas in a row: the window gets a turn between two
    matrix = score_matrix(table, schema, with_values=with_values)
    confidences = np.array([[pair.confidence for pair in row] for row in matrix])
    shaped = confidences.reshape(len(matrix), len(table.columns))
    pairs = confident_pairs(shaped, exact_pairs(matrix))
    required = [index for index, field in enumerate(schema.fields) if field.required]
    # The commune's name and SIRET come from its profile: no file needs to hold them.
    from_profile = {i for i in required if schema.fields[i].name in PROFILE_FIELDS}
    found_required = len({f for f, _ in pairs if f in required} | from_profile)
    total_columns = max(len(table.columns), 1)
    coverage = sum(confidences[f, c] for f, c in pairs) / total_columns
    required_share = found_required / len(required) if required else coverage
    score = 0.6 * coverage + 0.4 * required_share + topic_bonus(table, schema)
    return SchemaSuggestion(
        name=schema.name,
        version=schema.version,
        title=schema.title,
        score=round(float(score), 3),
        recognised_columns=len(pairs),
        total_columns=len(table.columns),
        required_found=found_required,
        required_total=len(required),
    )
