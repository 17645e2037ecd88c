"""A column's cells read as the values a comparison or a sum works on: exact numbers, instants.

A cell of a typed field is read by the field's own reader, the one the type check uses: a
cell that fails its type ("39.0" or "1e1" in an integer field, a date and time in a date
field) reads as nothing, so that the comparison and the sum skip it, as Validata does (it
works on frictionless's typed row, where such a cell is empty). The type check already
reports that cell; a second error on it would be wrong.

Numbers are read as `Decimal` (integers and frictionless's own decimals are exact), so that a
sum is exact: Table Schema's ``number`` is a decimal, and a total off by 10 at 10¹¹ is off.
Cells of a field with no numeric or date type are read as a number, else as an ISO date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells.descriptor import reference_field
from desktop_app.core.validation.cells.readers import native_reader
from desktop_app.core.validation.custom_checks.common import CheckContext

Reading = Decimal | datetime | None

NUMBER_TYPES = frozenset({"number", "integer", "year"})
DATE_TYPES = frozenset({"date", "datetime"})
# What an untyped cell must look like to be read as a number (no "NaN", "1_000" or "∞").
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def readings(context: CheckContext, column: str) -> tuple[NDArray[np.intp], list[Reading]]:
    """For each row, which distinct reading it holds; the readings (None: not judged)."""
    row_codes, uniques = context.distinct(column)
    field = _field(context, column)
    missing = frozenset(context.schema.missing_values)
    read = _reader(field, context.schema.missing_values)
    values = [None if str(text) in missing else read(str(text)) for text in uniques.tolist()]
    return row_codes, values


def _field(context: CheckContext, column: str) -> SchemaField | None:
    try:
        return context.schema.field_named(column)
    except KeyError:
        return None


def _reader(field: SchemaField | None, missing_values: tuple[str, ...]) -> Callable[[str], Reading]:
    if field is None or field.type not in NUMBER_TYPES | DATE_TYPES:
        return _read_untyped
    typed = native_reader(field) or reference_field(field, missing_values).create_value_reader()

    def read(text: str) -> Reading:
        try:
            return _comparable(typed(text))
        except Exception:  # noqa: BLE001 - as the type check: any failure is "not of the type"
            return None

    return read


def _read_untyped(text: str) -> Reading:
    text = text.strip()
    if _PLAIN_NUMBER.fullmatch(text):
        return Decimal(text)
    try:
        return _comparable(datetime.fromisoformat(text))
    except ValueError:
        return None


def _comparable(value: object) -> Reading:
    """A number as a Decimal, a date or a time of day as a naive UTC datetime."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(value)  # the float's exact value: nothing is rounded twice
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None
