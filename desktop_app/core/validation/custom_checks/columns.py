"""The checks that read several columns of a row: comparisons, sums and columns that go together.

Like Validata, a comparison or a sum is only judged when every cell it involves is filled and
reads as its field's type (`readings`): a cell that fails its type already gets its own error
from the type check, and a second error about the same cell would be wrong.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Context, Decimal, localcontext
from types import MappingProxyType

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.validation.custom_checks.common import CheckContext, batch
from desktop_app.core.validation.custom_checks.readings import Reading, readings
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
_FINE, _WRONG_NUMBERS, _WRONG_DATES = 0, 1, 2
# Past 15 decimal places, sums are left to decimal arithmetic.
_MAX_SCALE = 15


def check_compare(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find rows where two numbers or two dates are not in the order the schema asks for."""
    column, column2, op = str(params["column"]), str(params["column2"]), str(params["op"])
    compare, code = OPERATORS[op.strip()]
    left_codes, left = readings(context, column)
    right_codes, right = readings(context, column2)

    def judge(pair: tuple[int, ...]) -> int:
        first, second = left[pair[0]], right[pair[1]]
        if isinstance(first, Decimal) and isinstance(second, Decimal):
            if first.is_nan() or second.is_nan():
                return _FINE  # NaN has no order: nothing to say about it
            return _FINE if compare(first, second) else _WRONG_NUMBERS
        if isinstance(first, datetime) and isinstance(second, datetime):
            return _FINE if compare(first, second) else _WRONG_DATES
        return _FINE  # an empty cell, a cell of the wrong type, or a number against a date

    keys, inverse = _combinations([left_codes, right_codes])
    verdicts = np.fromiter(map(judge, keys), dtype=np.uint8, count=len(keys))[inverse]
    found: list[CheckFindings] = []
    cells, others = context.cells(column), context.cells(column2)
    for verdict, suffix in ((_WRONG_NUMBERS, ""), (_WRONG_DATES, "-dates")):
        positions = np.flatnonzero(verdicts == verdict)
        if positions.size:
            extras = {"matched": others[positions]}
            found.append(
                batch(context, "compare-columns-value", code + suffix, column, positions, cells,
                      {"column": column2}, extras)
            )  # fmt: skip
    return found


def check_sum(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find rows where a total is not exactly the sum of the columns it adds up.

    The sum is exact: whole numbers of cents (or of any decimal place the cells use) added
    in 64-bit integers, and decimal arithmetic with as many digits as needed for the rest.
    A total or a part that is NaN makes the row wrong, since no number equals NaN.
    """
    column = str(params["column"])
    parts = [str(name) for name in _names(params["columns"])]
    columns = [readings(context, column), *(readings(context, name) for name in parts)]
    scale = _common_scale([values for _, values in columns])
    judged = np.ones(len(context.frame), dtype=bool)
    in_integers = np.ones(len(context.frame), dtype=bool)
    scaled: list[NDArray[np.int64]] = []
    for row_codes, values in columns:
        readable, fits, whole = _scaled(values, scale, len(columns))
        judged &= readable[row_codes]
        in_integers &= fits[row_codes]
        scaled.append(whole[row_codes])
    # Empty cells, or cells not of their field's type, are not judged: the other checks say so.
    fast = judged & in_integers
    added = np.zeros_like(scaled[0])
    for part in scaled[1:]:
        added += part
    wrong = fast & (scaled[0] != added)
    if scale == 0:
        expected = added.astype(object)  # whole numbers: the sum itself, written as such
    else:
        expected = np.empty(len(context.frame), dtype=object)
        for index in np.flatnonzero(wrong).tolist():
            expected[index] = Decimal(int(added[index])).scaleb(-scale)
    _sum_in_decimals(columns, judged & ~in_integers, wrong, expected)
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


def _common_scale(columns: list[list[Reading]]) -> int:
    """The number of decimal places that makes every finite number of the columns whole."""
    places = [
        -int(value.as_tuple().exponent)
        for values in columns
        for value in values
        if isinstance(value, Decimal) and value.is_finite()
    ]
    return max(0, *places) if places else 0


def _scaled(
    values: list[Reading], scale: int, terms: int
) -> tuple[NDArray[np.bool_], NDArray[np.bool_], NDArray[np.int64]]:
    """Which readings are numbers, which fit 64-bit sums once scaled, and their scaled value."""
    limit = 2**62 // max(terms, 1)
    readable = np.zeros(len(values), dtype=bool)
    fits = np.zeros(len(values), dtype=bool)
    whole = np.zeros(len(values), dtype=np.int64)
    for index, value in enumerate(values):
        if not isinstance(value, Decimal):
            continue
        readable[index] = True
        if value.is_finite() and scale <= _MAX_SCALE and abs(value.adjusted()) < 19:
            number = int(value.scaleb(scale))
            if abs(number) < limit:
                fits[index], whole[index] = True, number
    return readable, fits, whole


def _sum_in_decimals(
    columns: list[tuple[NDArray[np.intp], list[Reading]]],
    rows: NDArray[np.bool_],
    wrong: NDArray[np.bool_],
    expected: NDArray[np.object_],
) -> None:
    """Judge the given rows in decimal arithmetic (NaN, infinities, huge or tiny numbers)."""
    positions = np.flatnonzero(rows)
    if positions.size == 0:
        return
    keys, inverse = _combinations([row_codes[positions] for row_codes, _ in columns])
    sums: list[Decimal | None] = []
    for key in keys:
        numbers = [values[code] for (_, values), code in zip(columns, key, strict=True)]
        total, terms = numbers[0], [n for n in numbers[1:] if isinstance(n, Decimal)]
        assert isinstance(total, Decimal)  # noqa: S101 - only rows of numbers come here
        with localcontext(_exact_context(total, *terms)):
            result = sum(terms, Decimal(0))
            right = not total.is_nan() and not result.is_nan() and total == result
        sums.append(None if right else result)
    for position, key_index in zip(positions.tolist(), inverse.tolist(), strict=True):
        if sums[key_index] is not None:
            wrong[position] = True
            expected[position] = sums[key_index]


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


def _combinations(codes: list[NDArray[np.intp]]) -> tuple[list[tuple[int, ...]], NDArray[np.intp]]:
    """The distinct combinations of the columns' readings, and each row's combination.

    Votes and dates repeat: a million rows of a council's votes hold a few hundred distinct
    combinations, each judged in Python once.
    """
    sizes = [int(part.max(initial=-1)) + 1 for part in codes]
    rows = codes[0].size
    if math.prod(sizes) < 2**62:
        # One integer per row (mixed radix): far quicker than sorting rows of codes.
        packed = np.zeros(rows, dtype=np.int64)
        for part, size in zip(codes, sizes, strict=True):
            packed = packed * size + part
        inverse, distinct_packed = _packed_distinct(packed, math.prod(sizes))
        combos = np.empty((len(distinct_packed), len(codes)), dtype=np.int64)
        rest = distinct_packed
        for column in range(len(codes) - 1, -1, -1):
            rest, combos[:, column] = np.divmod(rest, max(sizes[column], 1))
    else:
        stacked = np.column_stack(codes)
        combos, inverse = np.unique(stacked, axis=0, return_inverse=True)
    keys = [tuple(int(code) for code in row) for row in combos.tolist()]
    return keys, np.asarray(inverse, dtype=np.intp).reshape(-1)


def _packed_distinct(
    packed: NDArray[np.int64], span: int
) -> tuple[NDArray[np.intp], NDArray[np.int64]]:
    """Each row's index among the distinct packed integers (all below ``span``), and those.

    When the integers span little more than the rows, a table of every possible one is
    quicker than sorting them.
    """
    if span <= max(4 * packed.size, 1 << 16):
        seen = np.zeros(span, dtype=bool)
        seen[packed] = True
        distinct = np.flatnonzero(seen)
        index = np.cumsum(seen, dtype=np.intp) - 1
        return index[packed], distinct.astype(np.int64)
    distinct, inverse = np.unique(packed, return_inverse=True)
    return np.asarray(inverse, dtype=np.intp).reshape(-1), distinct.astype(np.int64)


def _exact_context(*numbers: Decimal) -> Context:
    """Enough digits for a sum of these numbers to be exact; no signal stops it (NaN, ∞)."""
    digits = sum(len(number.as_tuple().digits) for number in numbers)
    spread = [int(number.as_tuple().exponent) for number in numbers if number.is_finite()]
    width = digits + (max(spread) - min(spread) if spread else 0) + 2 * len(numbers) + 28
    return Context(prec=min(width, 10_000), traps=[])
