"""Suggesting, for each field of a schema, the agent's column that fills it, and why.

A column's label is compared with the field's name, title and the labels town halls use
for it; its values are tried against the field's type, pattern and allowed values. Both
make a confidence; then columns and fields are paired all at once (assignment.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop_app.core.mapping.assignment import best_pairs
from desktop_app.core.mapping.fit import ValueSample, value_fit
from desktop_app.core.mapping.model import ColumnMapping, Evidence, FieldMapping
from desktop_app.core.mapping.vocabulary import phrases_for
from desktop_app.core.mapping.words import similarity
from desktop_app.core.schemas.model import SchemaField, TableSchema
from desktop_app.core.sources.model import Table

# Below this confidence a pairing is not suggested: the field is left for the agent.
MIN_CONFIDENCE = 0.35
NAME_WEIGHT = 0.65
# Values alone never suggest a column (any short code fits a loose pattern); they only
# strengthen or weaken what the label says, so they are only tried where a label matched.


@dataclass(frozen=True)
class NameMatch:
    """How well a column's label names a field, and which of the field's names it matched."""

    score: float
    matched: str
    source: str  # "name", "title", "usual-label"


def name_match(label: str, schema_name: str, schema_field: SchemaField) -> NameMatch:
    """The best match between a column label and any name of the field."""
    candidates = [(schema_field.name, "name")]
    if schema_field.title:
        candidates.append((schema_field.title, "title"))
    candidates += [
        (phrase, "usual-label") for phrase in phrases_for(schema_name, schema_field.name)
    ]
    best = NameMatch(0.0, "", "name")
    for candidate, source in candidates:
        score = similarity(label, candidate)
        if score > best.score:
            best = NameMatch(score, candidate, source)
    return best


@dataclass(frozen=True)
class PairScore:
    """The confidence that a column fills a field, with the reasons for it."""

    confidence: float
    evidence: tuple[Evidence, ...]


def score_pair(
    label: str, schema: TableSchema, schema_field: SchemaField, sample: ValueSample | None
) -> PairScore:
    """Combine the label's and the values' evidence into one confidence."""
    name = name_match(label, schema.name, schema_field)
    fit = value_fit(schema_field, sample) if sample is not None and name.score > 0 else None
    evidence: list[Evidence] = []
    if name.score > 0:
        evidence.append(
            Evidence.of(
                f"label-matches-{name.source}",
                label=label,
                matched=name.matched,
                score=round(name.score, 2),
            )
        )
    if fit is not None:
        code = "values-fit" if fit >= 0.5 else "values-misfit"
        evidence.append(Evidence.of(code, share=round(fit, 2)))
    if fit is None:
        confidence = name.score * 0.9
    else:
        confidence = NAME_WEIGHT * name.score + (1 - NAME_WEIGHT) * fit
        if fit < 0.5:
            confidence *= 0.5  # the values contradict the label
    return PairScore(round(confidence, 3), tuple(evidence))


def score_matrix(
    table: Table, schema: TableSchema, *, with_values: bool = True
) -> list[list[PairScore]]:
    """Scores of every (field, column) pair, fields in rows."""
    samples = [
        ValueSample.of(table, index) if with_values else None for index in range(len(table.columns))
    ]
    return [
        [
            score_pair(column.name, schema, schema_field, samples[index])
            for index, column in enumerate(table.columns)
        ]
        for schema_field in schema.fields
    ]


def suggest_mapping(table: Table, schema: TableSchema) -> ColumnMapping:
    """The mapping DataMairie suggests: one column at most per field, decided globally."""
    matrix = score_matrix(table, schema)
    chosen = dict(confident_pairs(_confidences(matrix)))
    fields = []
    for field_index, schema_field in enumerate(schema.fields):
        column_index = chosen.get(field_index)
        if column_index is None:
            fields.append(FieldMapping(schema_field.name))
            continue
        pair = matrix[field_index][column_index]
        fields.append(
            FieldMapping(
                schema_field.name,
                column=table.columns[column_index].name,
                confidence=pair.confidence,
                evidence=pair.evidence,
            )
        )
    return ColumnMapping(schema.name, schema.version, tuple(fields), tuple(table.column_names))


def confident_pairs(confidences: npt.NDArray[np.float64]) -> list[tuple[int, int]]:
    """The best (field, column) pairs among those confident enough to suggest.

    Fields and columns without any confident pairing are set aside first: a schema of
    eighty fields against a table of nine columns leaves a small problem to solve.
    """
    fields = np.flatnonzero(confidences.max(axis=1, initial=0.0) >= MIN_CONFIDENCE)
    columns = np.flatnonzero(confidences.max(axis=0, initial=0.0) >= MIN_CONFIDENCE)
    if not len(fields) or not len(columns):
        return []
    small = confidences[np.ix_(fields, columns)]
    return [
        (int(fields[f]), int(columns[c]))
        for f, c in best_pairs(small.tolist())
        if small[f, c] >= MIN_CONFIDENCE
    ]


def _confidences(matrix: list[list[PairScore]]) -> npt.NDArray[np.float64]:
    return np.array([[pair.confidence for pair in row] for row in matrix], dtype=np.float64)
