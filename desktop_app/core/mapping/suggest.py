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
from desktop_app.core.mapping.constants import PROFILE_FIELDS
from desktop_app.core.mapping.fit import ValueSample, many_values, value_fit
from desktop_app.core.mapping.label_matching import folded, similarity
from desktop_app.core.mapping.model import GUESS_BELOW, ColumnMapping, Evidence, FieldMapping
from desktop_app.core.mapping.vocabulary import phrases_for
from desktop_app.core.schemas.model import SchemaField, TableSchema
from desktop_app.core.sources.model import Table

# Below this confidence a pairing is not suggested: the field is left for the agent.
MIN_CONFIDENCE = 0.35
EXACT_NAME_CONFIDENCE = 1.0
# Two guesses this close for one field are a toss-up, not a suggestion.
TORN_MARGIN = 0.1
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

    @property
    def exact(self) -> bool:
        """Whether the column's title is the field's very name."""
        return any(item.code == "label-is-field-name" for item in self.evidence)


def same_name(label: str, field_name: str) -> bool:
    """Whether a title is the field's very name, case, accents, spaces, "_" and "-" aside.

    `idattribuant`, `ID_ATTRIBUANT` and `id-attribuant` are all `idAttribuant`: the agent
    (or the software that exported the file) already wrote the schema's name.
    """
    squeezed = folded(label).translate(_SQUEEZE)
    return bool(squeezed) and squeezed == folded(field_name).translate(_SQUEEZE)


_SQUEEZE = str.maketrans("", "", " _-\u00a0\t")


def score_pair(
    label: str, schema: TableSchema, schema_field: SchemaField, sample: ValueSample | None
) -> PairScore:
    """Combine the label's and the values' evidence into one confidence.

    A title that is the field's very name is the agent's own answer: the column is taken
    whatever its values, whose problems the quality step shows. A title that names the
    field in so many words (its name, title or a usual label) keeps at least its label's
    weight when the values are not yet in the schema's form ("I"/"F" for "investissement"
    and "fonctionnement"); only looser matches are halved by misfitting values.
    """
    name = name_match(label, schema.name, schema_field)
    fit = value_fit(schema_field, sample) if sample is not None and name.score > 0 else None
    evidence: list[Evidence] = []
    if same_name(label, schema_field.name):
        evidence.append(Evidence.of("label-is-field-name", label=label, matched=schema_field.name))
        if fit is not None:
            code = "values-fit" if fit >= 0.5 else "values-misfit"
            evidence.append(Evidence.of(code, share=round(fit, 2)))
        return PairScore(EXACT_NAME_CONFIDENCE, tuple(evidence))
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
    # The publisher (its name, its SIRET) is one, the same on every row: a column of many
    # different names is the other party's (beneficiaries, partners).
    publisher = name.score > 0 and schema_field.name in PROFILE_FIELDS
    if publisher and sample is not None and many_values(sample):
        evidence.append(Evidence.of("values-vary-for-publisher"))
        return PairScore(round(name.score * 0.2, 3), tuple(evidence))
    if fit is None:
        confidence = name.score * 0.9
    else:
        confidence = NAME_WEIGHT * name.score + (1 - NAME_WEIGHT) * fit
        if fit < 0.5 and name.score < 1.0:
            confidence *= 0.5  # the values contradict a loose label
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
    chosen = dict(confident_pairs(_confidences(matrix), exact_pairs(matrix)))
    fields = []
    for field_index, schema_field in enumerate(schema.fields):
        column_index = chosen.get(field_index)
        if column_index is not None and schema_field.required:
            column_index = _unless_torn(matrix[field_index], column_index)
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


def exact_pairs(matrix: list[list[PairScore]]) -> list[tuple[int, int]]:
    """(field, column) pairs where the column's title is the field's very name."""
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for field_index, row in enumerate(matrix):
        for column_index, pair in enumerate(row):
            if pair.exact and column_index not in taken:
                pairs.append((field_index, column_index))
                taken.add(column_index)
                break
    return pairs


def confident_pairs(
    confidences: npt.NDArray[np.float64], fixed: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The best (field, column) pairs among those confident enough to suggest.

    ``fixed`` pairs (titles that are the field's very name) are decided first: no sum of
    guesses elsewhere may take such a column away. Fields and columns without any confident
    pairing are then set aside: a schema of eighty fields against a table of nine columns
    leaves a small problem to solve.
    """
    fixed = fixed or []
    open_fields = confidences.max(axis=1, initial=0.0) >= MIN_CONFIDENCE
    open_columns = confidences.max(axis=0, initial=0.0) >= MIN_CONFIDENCE
    for field_index, column_index in fixed:
        open_fields[field_index] = open_columns[column_index] = False
    fields = np.flatnonzero(open_fields)
    columns = np.flatnonzero(open_columns)
    if not len(fields) or not len(columns):
        return list(fixed)
    small = confidences[np.ix_(fields, columns)]
    return [
        *fixed,
        *(
            (int(fields[f]), int(columns[c]))
            for f, c in best_pairs(small.tolist())
            if small[f, c] >= MIN_CONFIDENCE
        ),
    ]


def _unless_torn(row: list[PairScore], chosen: int) -> int | None:
    """A guess for a required field stands only when no other column is as likely.

    Between two uncertain columns for a field the data cannot do without, DataMairie does
    not pick one silently: the agent chooses, the candidates shown first.
    """
    best = row[chosen].confidence
    if best >= GUESS_BELOW:
        return chosen
    rivals = [
        pair
        for index, pair in enumerate(row)
        if index != chosen and pair.confidence >= max(MIN_CONFIDENCE, best - TORN_MARGIN)
    ]
    return None if rivals else chosen


def _confidences(matrix: list[list[PairScore]]) -> npt.NDArray[np.float64]:
    return np.array([[pair.confidence for pair in row] for row in matrix], dtype=np.float64)
