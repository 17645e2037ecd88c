"""What every extra check shares: the table being checked, its cells and the batches it builds."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.custom_checks.result import CheckFindings

#: Cell verdict meaning "nothing wrong"; other verdicts index a check's tuple of codes.
FINE = 0


@dataclass(frozen=True)
class CheckContext:
    """The table under check and what the checks need to know about it.

    Attributes:
        frame: the prepared table's text cells, one column per schema field.
        schema: the national schema the table must follow.
        first_row_number: the row number of the frame's first row (2 below a header).
        actes_level1: the ACTES subject names of level 1, folded for comparison.
    """

    frame: pd.DataFrame
    schema: TableSchema
    first_row_number: int
    actes_level1: frozenset[str]
    # Several checks read the same columns: each is turned into strings once.
    _cells: dict[str, NDArray[np.object_]] = dataclasses.field(default_factory=dict)

    def cells(self, column: str) -> NDArray[np.object_]:
        """The column's cells as Python strings, in row order."""
        if column not in self._cells:
            values = np.asarray(self.frame[column].to_numpy(dtype=object), dtype=object)
            if not (self.frame[column].dtype == object and _all_text(values)):
                series = self.frame[column]
                values = np.asarray(series.to_numpy(dtype=object, na_value=""), dtype=object)
            self._cells[column] = values
        return self._cells[column]

    def filled(self, column: str) -> NDArray[np.bool_]:
        """Which rows have a value in the column (the schema's missing values count as empty)."""
        cells = self.cells(column)
        missing = list(self.schema.missing_values)
        return ~pd.Series(cells, dtype=object).isin(missing).to_numpy(dtype=bool)

    def row_numbers(self, positions: NDArray[np.intp]) -> NDArray[np.int64]:
        """Row numbers, as frictionless counts them, of the given frame positions."""
        return positions.astype(np.int64) + self.first_row_number


def _all_text(values: NDArray[np.object_]) -> bool:
    return pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty")


def distinct(cells: NDArray[np.object_]) -> tuple[NDArray[np.intp], NDArray[np.object_]]:
    """The distinct values of a column and, for each row, which of them it holds.

    Checks judge each distinct value once: a commune's SIRET repeated on 10,000 rows is
    checked once, not 10,000 times.
    """
    codes, uniques = pd.factorize(cells)
    return np.asarray(codes, dtype=np.intp), np.asarray(uniques, dtype=object)


def batches(
    context: CheckContext,
    check: str,
    column: str,
    verdicts: NDArray[np.uint8],
    codes: Sequence[str],
    params: Mapping[str, object] | None = None,
) -> list[CheckFindings]:
    """One batch per kind of problem, from a verdict per row (`FINE` or 1 + index in codes)."""
    found: list[CheckFindings] = []
    cells: NDArray[np.object_] | None = None
    for number, code in enumerate(codes, start=1):
        positions = np.flatnonzero(verdicts == number)
        if positions.size == 0:
            continue
        if cells is None:
            cells = context.cells(column)
        found.append(batch(context, check, code, column, positions, cells, params))
    return found


def batch(
    context: CheckContext,
    check: str,
    code: str,
    column: str,
    positions: NDArray[np.intp],
    cells: NDArray[np.object_],
    params: Mapping[str, object] | None = None,
    extras: Mapping[str, NDArray[Any]] | None = None,
) -> CheckFindings:
    """The batch of problems of one code at the given frame positions."""
    return CheckFindings(
        check=check,
        code=code,
        field=column,
        rows=context.row_numbers(positions),
        values=cells[positions],
        params=MappingProxyType(dict(params or {})),
        extras=MappingProxyType(dict(extras or {})),
    )


def verdicts_by_value(
    cells: NDArray[np.object_],
    filled: NDArray[np.bool_],
    judge_values: Any,
) -> NDArray[np.uint8]:
    """A verdict per row, judging each distinct filled value once with ``judge_values``.

    ``judge_values`` takes an object array of distinct values and returns one verdict each.
    """
    row_codes, uniques = distinct(cells)
    judged = np.asarray(judge_values(uniques), dtype=np.uint8)
    verdicts = judged[row_codes]
    verdicts[~filled] = FINE
    return verdicts


def is_yes(value: object) -> bool:
    """Whether a schema parameter means "yes" ("yes", "true", "oui", 1, true)."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"yes", "true", "oui", "1", "y", "o"}
