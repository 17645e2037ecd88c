"""How well a column's values fit a field: tried with the same conversions as publishing."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from desktop_app.core.mapping.conversion import convert_column
from desktop_app.core.mapping.label_matching import words
from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.sources.model import Table

SAMPLE_SIZE = 200
# Types whose values tell a column apart on their own; a free-text string field does not.
DISTINCTIVE_TYPES = frozenset({"date", "datetime", "time", "year", "number", "integer", "boolean"})
NUMBER_TYPES = frozenset({"number", "integer"})
# Spreadsheet serial numbers read as dates prove little: any count column would pass.
WEAK_CHANGES = frozenset({"excel-serial-date"})
# Coordinates are degrees (WGS 84) whatever bounds the schema writes: a latitude of 5,000 is
# an amount, not a place.
COORDINATE_LIMITS = {"latitude": 90.0, "longitude": 180.0}
# The publisher (its name, its SIRET) is the same on every row, or one of a few communes for
# an EPCI: in a sample of at least this many cells, more than half different is the other
# party (the beneficiaries, the partners), not the publisher.
PUBLISHER_SAMPLE = 20


@dataclass(frozen=True)
class ValueSample:
    """Up to 200 filled cells of a column, spread over the table, with their typed values."""

    texts: pd.Series
    values: pd.Series | None

    @classmethod
    def of(cls, table: Table, column: int) -> ValueSample:
        """Sample the filled cells of a column, evenly from top to bottom."""
        texts = table.text[column]
        spread = texts.iloc[:: max(1, len(texts) // (SAMPLE_SIZE * 20))]
        filled = spread[spread.astype(str).str.strip() != ""]
        if len(filled) > SAMPLE_SIZE:
            filled = filled.iloc[:: len(filled) // SAMPLE_SIZE][:SAMPLE_SIZE]
        if table.values is None:
            return cls(filled.reset_index(drop=True), None)
        values = table.values[column].loc[filled.index].reset_index(drop=True)
        return cls(filled.reset_index(drop=True), values)


def is_distinctive(schema_field: SchemaField) -> bool:
    """Whether values alone can say that a column fills this field."""
    constraints = schema_field.constraints
    return (
        schema_field.type in DISTINCTIVE_TYPES
        or constraints.pattern is not None
        or constraints.enum is not None
    )


def value_fit(schema_field: SchemaField, sample: ValueSample) -> float | None:
    """The share of sampled values the field accepts once converted; None if it says nothing."""
    if not is_distinctive(schema_field) or not len(sample.texts):
        return None
    conversion = convert_column(sample.texts, sample.values, schema_field)
    total = len(sample.texts)
    failed = len(conversion.failures) + _out_of_bounds(schema_field, conversion.output)
    weak = sum(conversion.counts_by_kind.get(kind, 0) for kind in WEAK_CHANGES)
    return max(0.0, (total - failed - 0.5 * weak) / total)


def _out_of_bounds(schema_field: SchemaField, output: pd.Series) -> int:
    """How many converted numbers the field's minimum or maximum refuses.

    A share between 0.01 and 1 is a number, as an amount in euros is: only its bounds tell
    a column of amounts (« Subventions d'équipement ») from the share it would fill.
    Values that could not be converted are already counted as failures (not numbers here).
    """
    if schema_field.type not in NUMBER_TYPES:
        return 0
    low, high = _bounds(schema_field)
    if low is None and high is None:
        return 0
    numbers = pd.to_numeric(output, errors="coerce")
    outside = (numbers < low) if low is not None else pd.Series(False, index=numbers.index)
    if high is not None:
        outside |= numbers > high
    return int(outside.sum())


def _bounds(schema_field: SchemaField) -> tuple[float | None, float | None]:
    low = _bound(schema_field.constraints.minimum)
    high = _bound(schema_field.constraints.maximum)
    said = words(schema_field.title or "") | words(schema_field.name)
    for word, limit in COORDINATE_LIMITS.items():
        if word in said:
            low = -limit if low is None else low
            high = limit if high is None else high
    return low, high


def many_values(sample: ValueSample) -> bool:
    """Whether a column holds many different values (more than half of a sample of 20+)."""
    cells = sample.texts.astype(str).str.strip()
    return len(cells) >= PUBLISHER_SAMPLE and cells.nunique() > len(cells) / 2


def _bound(value: object) -> float | None:
    try:
        return None if value is None else float(str(value))
    except ValueError:
        return None
