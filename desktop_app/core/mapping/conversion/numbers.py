"""Amounts and counts as town halls type them: "1 234,50 €", "1.234,50", "12,5 %".

Whether the comma or the point marks the decimals is decided once for the whole column,
from the values that say so: a value proves its mark when it reads as a number with that
mark and not with the other ("1 234,50", "0,5", "1.234.567"). "1,234" and "1.234" prove
nothing; with no proof the column is read the French way, the comma marking decimals. A
percentage keeps its number as written: only the sign goes. Accounting negatives in
brackets and numbers in scientific notation are left for the agent to check.

Plain values, the great majority, are read in bulk (see ``bulk``); the others one by one
by ``number_text``, which reads the plain ones the same way.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.core.mapping.conversion import bulk
from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import ConversionOptions, DecimalChar
from desktop_app.core.mapping.conversion.number_text import (
    GROUP_MARKS,
    other_mark,
    read_number_text,
    split_body,
    strip_decorations,
)
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.schemas.model import SchemaField

# The French default: "1,234" is one and a bit, "1.234" a thousand and more.
DEFAULT_DECIMAL: DecimalChar = ","
# What spreadsheets display for a typed number (see sources.cells): always a decimal comma.
DISPLAY_DECIMAL: DecimalChar = ","

# A value left to the one-by-one reading: (distinct value index) → output and kinds.
Fallback = Callable[[int], tuple[str, tuple[str, ...]] | Failure]
Mask = npt.NDArray[np.bool_]


def convert_numbers(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Write each number as the schema reads it: no spaces, no unit, the schema's decimal mark."""
    integer = schema_field.type == "integer"
    outcomes = Outcomes.kept(cells, "integer" if integer else "number")
    output_decimal = schema_field.decimal_char or "."
    typed, written = _by_origin(cells)

    def typed_fallback(index: int) -> tuple[str, tuple[str, ...]] | Failure:
        return _read_typed(cells.texts[index], cells.values[index], integer, output_decimal)

    texts = [cells.texts[i] for i in typed]
    displayed = _bulk_readable(texts, DISPLAY_DECIMAL, integer)
    _convert_plain(outcomes, cells, typed, displayed, DISPLAY_DECIMAL, output_decimal)
    _fall_back(outcomes, cells, typed, displayed, typed_fallback)

    texts = [cells.texts[i] for i in written]
    decimal, basis, readable = _column_decimal(texts, options)
    outcomes.detail["decimal_char"] = decimal
    outcomes.detail["decimal_basis"] = basis

    def written_fallback(index: int) -> tuple[str, tuple[str, ...]] | Failure:
        return read_number_text(cells.texts[index], decimal, integer, output_decimal)

    in_bulk = readable & _without_decimals(texts, decimal, integer)
    _convert_plain(outcomes, cells, written, in_bulk, decimal, output_decimal)
    _fall_back(outcomes, cells, written, in_bulk, written_fallback)
    return outcomes


def _by_origin(cells: DistinctValues) -> tuple[list[int], list[int]]:
    """The filled values typed in a workbook, and those written as text."""
    filled = np.asarray(cells.texts, dtype=object) != ""
    if not cells.typed:
        return [], np.flatnonzero(filled).tolist()
    typed = np.fromiter((value is not None for value in cells.values), bool, len(cells))
    return np.flatnonzero(filled & typed).tolist(), np.flatnonzero(filled & ~typed).tolist()


def _bulk_readable(texts: list[str], decimal: DecimalChar, integer: bool) -> Mask:
    """Which texts the bulk reading converts: plain numbers (and no decimals in integers)."""
    return bulk.fullmatches(texts, _plain_pattern(decimal)) & _without_decimals(
        texts, decimal, integer
    )


def _without_decimals(texts: list[str], decimal: DecimalChar, integer: bool) -> Mask:
    """Which texts have no decimal mark, for an integer field; all of them for a number field.

    An integer written with decimals ("12,0") has its decimals looked at, one by one.
    """
    if not integer:
        return np.ones(len(texts), dtype=bool)
    return np.fromiter((decimal not in text for text in texts), bool, len(texts))


def plain_number(value: float) -> str:
    """A workbook's number as a person reads it: 0.1 + 0.2 is "0.3", never in exponent form."""
    shortest = format(value, ".15g")
    if "e" in shortest:
        shortest = format(Decimal(shortest), "f")
    return shortest


def _column_decimal(texts: list[str], options: ConversionOptions) -> tuple[DecimalChar, str, Mask]:
    """The column's decimal mark, what decided it, and which texts are plain numbers with it."""
    if options.decimal_char is not None:
        readable = bulk.fullmatches(texts, _plain_pattern(options.decimal_char))
        return options.decimal_char, "option", readable
    by_comma = bulk.fullmatches(texts, _plain_pattern(","))
    by_point = bulk.fullmatches(texts, _plain_pattern("."))
    commas = int(np.count_nonzero(by_comma & ~by_point))
    points = int(np.count_nonzero(by_point & ~by_comma))
    # Values that are not plain numbers ("12,5 €", "0,"), without their decorations.
    for position in np.flatnonzero(~(by_comma | by_point)).tolist():
        stripped = strip_decorations(texts[position])
        if isinstance(stripped, tuple):
            with_comma = split_body(stripped[1], ",") is not None
            with_point = split_body(stripped[1], ".") is not None
            commas += with_comma and not with_point
            points += with_point and not with_comma
    decimal: DecimalChar = DEFAULT_DECIMAL
    basis = "default"
    if commas and points:
        decimal, basis = ("." if points > commas else ","), "conflicting-values"
    elif commas or points:
        decimal, basis = ("," if commas else "."), "values"
    return decimal, basis, by_comma if decimal == "," else by_point


def _plain_pattern(decimal: DecimalChar) -> str:
    """A plain number with ``decimal`` marking its decimals, read as ``number_text`` reads it."""
    groups = GROUP_MARKS + other_mark(decimal)
    # Atomic and possessive parts: a number that fails here cannot succeed by giving digits
    # back, and not trying saves a third of the time on columns of the other mark.
    return rf"-?(?:(?>[1-9][0-9]{{0,2}}(?:[{groups}][0-9]{{3}})+)|[0-9]++)(?:\{decimal}[0-9]++)?+"


def _convert_plain(
    outcomes: Outcomes,
    cells: DistinctValues,
    indices: list[int],
    readable: Mask,
    decimal: DecimalChar,
    output_decimal: str,
) -> None:
    """Convert in bulk the plain numbers (``readable``) among the values at ``indices``."""
    targets = [index for index, ok in zip(indices, readable.tolist(), strict=True) if ok]
    sources = [cells.texts[index] for index in targets]
    whole = bulk.joined(sources)
    for mark in GROUP_MARKS + other_mark(decimal):
        if mark in whole:
            whole = whole.replace(mark, "")
    outputs = bulk.lines(whole.replace(decimal, output_decimal)) if sources else []
    grouped = bulk.lengths(sources) != bulk.lengths(outputs)
    marked = np.fromiter((decimal in text for text in sources), bool, len(sources))
    marked &= decimal != output_decimal
    mark_kind = Change.DECIMAL_COMMA if decimal == "," else Change.DECIMAL_POINT
    kinds_by_shape = (
        ((), (mark_kind,)),
        ((Change.THOUSANDS_SEPARATOR,), (Change.THOUSANDS_SEPARATOR, mark_kind)),
    )
    # Written straight into the outcomes: this loop runs once per distinct amount.
    converted, kinds = outcomes.outputs, outcomes.kinds
    for index, output, is_grouped, is_marked in zip(
        targets, outputs, grouped.tolist(), marked.tolist(), strict=True
    ):
        if is_grouped or is_marked:
            converted[index] = output
            kinds[index] = kinds_by_shape[is_grouped][is_marked]


def _fall_back(
    outcomes: Outcomes,
    cells: DistinctValues,
    indices: list[int],
    readable: Mask,
    fallback: Fallback,
) -> None:
    """Read one by one the values at ``indices`` that the bulk reading left."""
    for index, ok in zip(indices, readable.tolist(), strict=True):
        if not ok:
            _record(outcomes, cells, index, fallback(index))


def _record(
    outcomes: Outcomes,
    cells: DistinctValues,
    index: int,
    result: tuple[str, tuple[str, ...]] | Failure,
) -> None:
    if isinstance(result, Failure):
        outcomes.fail(index, result)
    elif result[0] != cells.texts[index]:
        outcomes.convert(index, *result)


def _read_typed(
    text: str, value: Any, integer: bool, output_decimal: str
) -> tuple[str, tuple[str, ...]] | Failure:
    """A workbook's typed value its display does not show as a plain number (1E-07, a date)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Failure.NUMBER_UNPARSABLE
    if isinstance(value, float) and not math.isfinite(value):
        return Failure.NUMBER_UNPARSABLE
    if integer and not float(value).is_integer():
        return Failure.INTEGER_HAS_DECIMALS
    output = str(int(value)) if integer or isinstance(value, int) else plain_number(value)
    # The display's comma, or its exponent, is all that can differ from the value.
    kinds = (Change.DECIMAL_COMMA,) if "," in text and output_decimal == "." else ()
    return output.replace(".", output_decimal), kinds or (Change.DECIMAL_POINT,)
