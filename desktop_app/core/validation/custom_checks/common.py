"""What every extra check shares: the table being checked, its cells and the batches it builds."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.custom_checks.result import CheckFindings
from desktop_app.core.validation.distinct import factorize

if TYPE_CHECKING:
    import pandas as pd

#: Cell verdict meaning "nothing wrong"; other verdicts index a check's tuple of codes.
FINE = 0


@dataclass(frozen=True)
class TextColumns:
    """A table already held as columns of Python strings (a chunk of the engine's rows).

    The checks need no DataFrame for it: building one would copy every cell into a block.
    """

    by_name: Mapping[str, NDArray[np.object_]]
    rows: int

    @property
    def columns(self) -> list[str]:
        """The columns' names."""
        return list(self.by_name)

    def __len__(self) -> int:
        return self.rows


def text_columns(frame: pd.DataFrame | TextColumns) -> TextColumns:
    """The table as columns of texts; a DataFrame's columns are turned into texts when read."""
    if isinstance(frame, TextColumns):
        return frame
    return TextColumns(_FrameTexts(frame), len(frame))


class _FrameTexts(Mapping[str, NDArray[np.object_]]):
    """A DataFrame's columns as object arrays of texts ("" for a hole), each made once."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame
        self._made: dict[str, NDArray[np.object_]] = {}

    def __getitem__(self, column: str) -> NDArray[np.object_]:
        if column not in self._made:
            series = self._frame[column]
            values = np.asarray(series.to_numpy(dtype=object), dtype=object)
            if not (series.dtype == object and _all_text(values)):
                values = np.asarray(series.to_numpy(dtype=object, na_value=""), dtype=object)
            self._made[column] = values
        return self._made[column]

    def __iter__(self) -> Iterator[str]:
        return iter(str(column) for column in self._frame.columns)

    def __len__(self) -> int:
        return len(self._frame.columns)


@dataclass(frozen=True)
class CheckContext:
    """The table under check and what the checks need to know about it.

    Attributes:
        frame: the prepared table's text cells, one column per schema field.
        schema: the national schema the table must follow.
        first_row_number: the row number of the frame's first row (2 below a header).
        actes_level1: the ACTES subject names of level 1, folded for comparison.
    """

    frame: TextColumns
    schema: TableSchema
    first_row_number: int
    actes_level1: frozenset[str]
    # Several checks read the same columns: each is turned into strings, and its distinct
    # values found, once. The engine hands over the distinct values it already found.
    _cells: dict[str, NDArray[np.object_]] = dataclasses.field(default_factory=dict)
    _distinct: dict[str, tuple[NDArray[np.intp], NDArray[np.object_]]] = dataclasses.field(
        default_factory=dict
    )
    _known: list[Mapping[str, tuple[NDArray[np.intp], NDArray[np.object_]]]] = dataclasses.field(
        default_factory=list
    )

    def cells(self, column: str) -> NDArray[np.object_]:
        """The column's cells as Python strings, in row order."""
        if column not in self._cells:
            self._cells[column] = self.frame.by_name[column]
        return self._cells[column]

    def distinct(self, column: str) -> tuple[NDArray[np.intp], NDArray[np.object_]]:
        """The column's distinct values and, for each row, which of them it holds."""
        if column not in self._distinct:
            known = next((found[column] for found in self._known if column in found), None)
            self._distinct[column] = known if known is not None else distinct(self.cells(column))
        return self._distinct[column]

    def know_distinct(
        self, known: Mapping[str, tuple[NDArray[np.intp], NDArray[np.object_]]]
    ) -> None:
        """Take the distinct values of columns found by the engine's cell checks or its reader.

        Each is looked up only when a check reads that column.
        """
        self._known.append(known)

    def filled_values(self, column: str) -> NDArray[np.bool_]:
        """Which of the column's distinct values are a value (not one of the missing values)."""
        _, uniques = self.distinct(column)
        if self.schema.missing_values == ("",):
            # One comparison over the array: a value that is no text is not "" either.
            return np.asarray(uniques != "", dtype=bool)
        missing = frozenset(self.schema.missing_values)
        return np.fromiter(
            (str(value) not in missing for value in uniques.tolist()),
            dtype=bool,
            count=len(uniques),
        )

    def filled(self, column: str) -> NDArray[np.bool_]:
        """Which rows have a value in the column (the schema's missing values count as empty)."""
        if column not in self._distinct and self.schema.missing_values == ("",):
            # As `filled_values` judges each distinct value, without looking for them.
            return np.asarray(self.cells(column) != "", dtype=bool)
        codes, _ = self.distinct(column)
        return self.filled_values(column)[codes]

    def row_numbers(self, positions: NDArray[np.intp]) -> NDArray[np.int64]:
        """Row numbers, as frictionless counts them, of the given frame positions."""
        return positions.astype(np.int64) + self.first_row_number


def _all_text(values: NDArray[np.object_]) -> bool:
    return all(isinstance(value, str) for value in values.tolist())


def distinct(cells: NDArray[np.object_]) -> tuple[NDArray[np.intp], NDArray[np.object_]]:
    """The distinct values of a column and, for each row, which of them it holds.

    Checks judge each distinct value once: a commune's SIRET repeated on 10,000 rows is
    checked once, not 10,000 times.
    """
    return factorize(np.asarray(cells, dtype=object))


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


def verdicts_by_value(context: CheckContext, column: str, judge_values: Any) -> NDArray[np.uint8]:
    """A verdict per row, judging each distinct filled value once with ``judge_values``.

    ``judge_values`` takes an object array of distinct values and returns one verdict each.
    """
    row_codes, uniques = context.distinct(column)
    filled = np.flatnonzero(context.filled_values(column))
    judged = np.full(len(uniques), FINE, dtype=np.uint8)
    if filled.size:
        judged[filled] = np.asarray(judge_values(uniques[filled]), dtype=np.uint8)
    return judged[row_codes]


def is_yes(value: object) -> bool:
    """Whether a schema parameter means "yes" ("yes", "true", "oui", 1, true)."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"yes", "true", "oui", "1", "y", "o"}
