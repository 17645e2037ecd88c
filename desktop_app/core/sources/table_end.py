"""Where the table stops: totals, notes and a second table below are not data rows."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.sources.grid import Grid
from desktop_app.core.sources.model import ExclusionReason
from desktop_app.core.sources.rows import (
    TOTAL_WORDS,
    RowShape,
    blank_rows,
    looks_like_note,
    looks_like_total,
    row_shape,
)

PROFILE_ROWS = 50


@dataclass(frozen=True)
class RowExclusion:
    """Consecutive grid rows left out of the table for one reason (indexes inclusive)."""

    reason: ExclusionReason
    first: int
    last: int


@dataclass(frozen=True)
class TableRows:
    """The grid rows that hold data, and those left out below the header."""

    kept: npt.NDArray[np.int64]
    excluded: tuple[RowExclusion, ...]


@dataclass(frozen=True)
class _Profile:
    fill: float
    valued_columns: frozenset[int]


def find_table_rows(grid: Grid, start: int) -> TableRows:
    """Separate data rows from blank rows, totals, notes and anything stacked below."""
    reasons: dict[int, ExclusionReason] = {}
    blanks = blank_rows(grid, start)
    blank_set = set(blanks.tolist())
    for row in blanks.tolist():
        reasons[row] = "blank"
    profile = _profile(grid, start, blank_set)
    for row in _total_rows(grid, start):
        if row not in blank_set:
            reasons[row] = "total"
    end = _trailing_start(grid, start, blank_set, profile, reasons)
    end = _stacked_start(grid, start, end, blanks, profile, reasons)
    kept_mask = np.ones(max(end - start, 0), dtype=bool)
    for row in reasons:
        if start <= row < end:
            kept_mask[row - start] = False
    kept = np.arange(start, max(end, start), dtype=np.int64)[kept_mask]
    return TableRows(kept, tuple(_group(reasons)))


def _profile(grid: Grid, start: int, blank_set: set[int]) -> _Profile:
    shapes: list[RowShape] = []
    row = start
    while row < grid.height and len(shapes) < PROFILE_ROWS:
        if row not in blank_set:
            shapes.append(row_shape(grid, row))
        row += 1
    if not shapes:
        return _Profile(0.0, frozenset())
    fill = float(np.median([shape.count for shape in shapes]))
    valued = frozenset(
        column
        for column in range(grid.width)
        if sum(column in shape.valued for shape in shapes) > 0.6 * len(shapes)
    )
    return _Profile(fill, valued)


def _total_rows(grid: Grid, start: int) -> list[int]:
    """Rows whose first cells say "Total", "Sous-total", "TOTAL GÉNÉRAL", "Somme des…"."""
    found: set[int] = set()
    for column in range(min(grid.width, 3)):
        cells = grid.text[column].to_numpy(dtype=object)[start:]
        # A cheap first look in C at each cell's first letters, so that the regular
        # expression only sees the few cells that could start with one of the words.
        prefixes = cells.astype("U5")
        candidates = np.flatnonzero(
            np.isin(prefixes, _TOTAL_PREFIXES) | (prefixes.astype("U1") == " ")
        )
        found.update(
            start + int(offset) for offset in candidates if TOTAL_WORDS.match(str(cells[offset]))
        )
    return sorted(found)


# The first five letters of the words TOTAL_WORDS looks for, as agents write them.
_TOTAL_PREFIXES = [
    variant
    for word in ("total", "totau", "sous-", "sous ", "somme", "monta", "grand", "ensem", "cumul")
    for variant in (word, word.capitalize(), word.upper())
]


def _trailing_start(
    grid: Grid,
    start: int,
    blank_set: set[int],
    profile: _Profile,
    reasons: dict[int, ExclusionReason],
) -> int:
    """First row of the run of blank, total and note rows that ends the sheet."""
    row = grid.height - 1
    while row >= start:
        if row in blank_set or reasons.get(row) == "total":
            row -= 1
            continue
        shape = row_shape(grid, row)
        if looks_like_total(shape) or looks_like_note(shape, profile.fill):
            reasons[row] = "total" if looks_like_total(shape) else "note"
            row -= 1
            continue
        break
    return row + 1


def _stacked_start(
    grid: Grid,
    start: int,
    end: int,
    blanks: npt.NDArray[np.int64],
    profile: _Profile,
    reasons: dict[int, ExclusionReason],
) -> int:
    """After a blank gap, a row of labels or a note starts something that is not this table."""
    for row in _rows_after_gaps(blanks, end):
        shape = row_shape(grid, row)
        if reasons.get(row) == "total":
            continue
        if looks_like_note(shape, profile.fill):
            reason: ExclusionReason = "note"
        elif _starts_another_table(shape, profile):
            reason = "second-table"
        else:
            continue
        gap_start = _gap_start(blanks, row, start)
        for excluded in range(row, end):
            reasons.setdefault(excluded, reason)
        for excluded in range(gap_start, row):
            reasons[excluded] = "blank"
        return gap_start
    return end


def _rows_after_gaps(blanks: npt.NDArray[np.int64], end: int) -> list[int]:
    if not len(blanks):
        return []
    after = blanks + 1
    is_gap_end = ~np.isin(after, blanks)
    return [int(row) for row in after[is_gap_end] if row < end]


def _gap_start(blanks: npt.NDArray[np.int64], row: int, start: int) -> int:
    gap_start = row
    blank_set = set(blanks[(blanks >= start) & (blanks < row)].tolist())
    while gap_start - 1 in blank_set:
        gap_start -= 1
    return gap_start


def _starts_another_table(shape: RowShape, profile: _Profile) -> bool:
    if shape.count < 2 or not shape.all_words or not shape.distinct:
        return False
    words_where_values = [column for column in profile.valued_columns if column in shape.filled]
    return bool(words_where_values) or shape.count < 0.5 * profile.fill


def _group(reasons: dict[int, ExclusionReason]) -> list[RowExclusion]:
    groups: list[RowExclusion] = []
    for row in sorted(reasons):
        reason = reasons[row]
        last = groups[-1] if groups else None
        if last is not None and last.reason == reason and last.last == row - 1:
            groups[-1] = RowExclusion(reason, last.first, row)
        else:
            groups.append(RowExclusion(reason, row, row))
    return groups


def columns_with_data(grid: Grid, rows: npt.NDArray[np.int64], columns: list[int]) -> set[int]:
    """Which of the given columns hold at least one filled cell in the given rows."""
    filled: set[int] = set()
    for column in columns:
        cells = pd.Series(grid.text[column].to_numpy(dtype=object)[rows])
        if bool((cells.astype(str).str.strip() != "").any()):
            filled.add(column)
    return filled
