"""The checks that read several columns of a row: comparisons, sums and columns that go together.

Like Validata, a comparison or a sum is only judged when every cell it involves is filled and
reads as a number or a date: an unreadable cell already gets its own error from the type check,
and a second error about the same cell would only confuse the agent.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from types import MappingProxyType

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.custom_checks.common import CheckContext, batch, distinct
from desktop_app.core.validation.custom_checks.result import CheckFindings

#: The comparison operators a schema may ask for, with the message code of each (numbers; the
#: code for dates ends with "-dates").
OPERATORS: Mapping[str, tuple[Callable[..., NDArray[np.bool_]], str]] = MappingProxyType(
    {
        "<": (operator.lt, "check-compare-lt"),
        "<=": (operator.le, "check-compare-le"),
        "==": (operator.eq, "check-compare-eq"),
        ">=": (operator.ge, "check-compare-ge"),
        ">": (operator.gt, "check-compare-gt"),
    }
)
_NUMBER_TYPES = frozenset({"number", "integer", "year"})
_DATE_TYPES = frozenset({"date", "datetime"})


def check_compare(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find rows where two numbers or two dates are not in the order the schema asks for."""
    column, column2, op = str(params["column"]), str(params["column2"]), str(params["op"])
    compare, code = OPERATORS[op.strip()]
    left_number, left_date = _readings(context, column)
    right_number, right_date = _readings(context, column2)
    # Numbers first; two cells that are both dates are compared as dates.
    by_number = ~np.isnan(left_number) & ~np.isnan(right_number)
    by_date = ~by_number & ~np.isnan(left_date) & ~np.isnan(right_date)
    found: list[CheckFindings] = []
    cells, others = context.cells(column), context.cells(column2)
    for judged, left, right, suffix in (
        (by_number, left_number, right_number, ""),
        (by_date, left_date, right_date, "-dates"),
    ):
        wrong = np.zeros(len(context.frame), dtype=bool)
        wrong[judged] = ~compare(left[judged], right[judged])
        positions = np.flatnonzero(wrong)
        if positions.size:
            extras = {"matched": others[positions]}
            found.append(
                batch(context, "compare-columns-value", code + suffix, column, positions, cells,
                      {"column": column2}, extras)
            )  # fmt: skip
    return found


def check_sum(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find rows where a total is not the sum of the columns it adds up."""
    column = str(params["column"])
    parts = [str(name) for name in _names(params["columns"])]
    total_cell = _numbers(context, column)
    values = np.column_stack([_numbers(context, name) for name in parts])
    judged = ~np.isnan(total_cell) & ~np.isnan(values).any(axis=1)
    expected = values.sum(axis=1)
    wrong = judged & ~np.isclose(total_cell, expected, rtol=1e-9, atol=1e-9)
    positions = np.flatnonzero(wrong)
    if positions.size == 0:
        return []
    found = batch(
        context,
        "sum-columns-value",
        "check-sum",
        column,
        positions,
        context.cells(column),
        {"columns": parts},
        {"total": expected[positions]},
    )
    return [found]


def check_cohesive(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find rows where some columns of a group are filled and others are empty.

    Each problem is shown on the row's first filled column of the group, so that the message
    can quote a value; Validata always shows the first column, even when it is the empty one.
    """
    column = str(params["column"])
    group = list(dict.fromkeys([column, *(str(name) for name in _names(params["othercolumns"]))]))
    filled = np.column_stack([context.filled(name) for name in group])
    count = filled.sum(axis=1)
    torn = (count > 0) & (count < len(group))
    first_filled = filled.argmax(axis=1)
    found: list[CheckFindings] = []
    for index, name in enumerate(group):
        positions = np.flatnonzero(torn & (first_filled == index))
        if positions.size:
            found.append(
                batch(context, "cohesive-columns-value", "check-cohesive", name, positions,
                      context.cells(name), {"columns": group})
            )  # fmt: skip
    return found


def check_one_of_required(
    context: CheckContext, params: Mapping[str, object]
) -> list[CheckFindings]:
    """Find rows where both of two columns are empty, when at least one must be filled.

    A column the table lacks counts as empty, as in Validata: the other one must then be filled.
    """
    names = [str(params["column1"]), str(params["column2"])]
    present = [name for name in names if name in context.frame.columns]
    filled = np.zeros(len(context.frame), dtype=bool)
    for name in present:
        filled |= context.filled(name)
    positions = np.flatnonzero(~filled)
    if positions.size == 0:
        return []
    shown = present[0] if present else names[0]
    cells = context.cells(shown) if present else np.full(len(context.frame), "", dtype=object)
    return [
        batch(
            context,
            "one-of-required",
            "check-one-of-required",
            shown,
            positions,
            cells,
            {"columns": names},
        )
    ]


def _names(value: object) -> list[object]:
    # A schema may give one name where a list is expected.
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _field(context: CheckContext, column: str) -> SchemaField | None:
    try:
        return context.schema.field_named(column)
    except KeyError:
        return None


def _readings(
    context: CheckContext, column: str
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The column read as numbers and as dates (NaN where it does not read as such)."""
    schema_field = _field(context, column)
    kind = schema_field.type if schema_field else "string"
    nothing = np.full(len(context.frame), np.nan)
    numbers = _numbers(context, column) if kind not in _DATE_TYPES else nothing
    dates = _dates(context, column, schema_field) if kind not in _NUMBER_TYPES else nothing
    return numbers, dates


def _numbers(context: CheckContext, column: str) -> NDArray[np.float64]:
    schema_field = _field(context, column)
    row_codes, uniques = distinct(context.cells(column))
    text = pd.Series(uniques, dtype=object).astype(str).str.strip()
    if schema_field is not None and schema_field.group_char:
        text = text.str.replace(schema_field.group_char, "", regex=False)
    if schema_field is not None and schema_field.decimal_char != ".":
        text = text.str.replace(schema_field.decimal_char, ".", regex=False)
    read = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    return np.asarray(read[row_codes], dtype=np.float64)


def _dates(
    context: CheckContext, column: str, schema_field: SchemaField | None
) -> NDArray[np.float64]:
    row_codes, uniques = distinct(context.cells(column))
    pattern = schema_field.format if schema_field is not None else None
    # Table Schema formats are strptime patterns, or "default"/"any" for ISO 8601.
    form = pattern if pattern and pattern.startswith("%") else "ISO8601"
    text = pd.Series(uniques, dtype=object).astype(str).str.strip()
    read = pd.to_datetime(text, format=form, errors="coerce", utc=True)
    seconds = (read - pd.Timestamp(0, tz="UTC")) / pd.Timedelta(seconds=1)
    stamps = seconds.to_numpy(dtype=np.float64, na_value=np.nan)
    return np.asarray(stamps[row_codes], dtype=np.float64)
