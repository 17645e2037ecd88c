"""Where the table stops: totals, notes and a second table below are not data rows."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.sources.blocks import (
    BlockNames,
    candidate_rows,
    lone_line,
    name_blocks,
    repeats_titles,
)
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
from desktop_app.core.sources.total_labels import total_candidates

PROFILE_ROWS = 50
LOOKAHEAD_ROWS = 5
# Columns, from the table's first one, where a total row's label may stand.
LABEL_COLUMNS = 5


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
    blocks: BlockNames | None = None


@dataclass(frozen=True)
class _Profile:
    """What the table's data rows look like, to tell them from what is not data."""

    fill: float
    valued_columns: frozenset[int]
    lengths: dict[int, float]
    labels: tuple[str, ...]

    def typical_length(self, column: int) -> float:
        return self.lengths.get(column, 0.0)

    def matches(self, rows: Sequence[RowShape]) -> bool:
        """Whether rows look like this table's data rows."""
        if not rows:
            return False
        fill = statistics.median(row.count for row in rows)
        if fill < 0.5 * self.fill:
            return False
        if not self.valued_columns:
            return True
        hits = [
            len(self.valued_columns & set(row.valued)) / len(self.valued_columns) for row in rows
        ]
        return statistics.mean(hits) >= 0.5


class _Reader:
    """Walks the rows under the header once, deciding what each kind of row is."""

    def __init__(self, grid: Grid, start: int, labels: Sequence[str]) -> None:
        self.grid = grid
        self.start = start
        self.blanks = blank_rows(grid, start)
        self.blank_set = set(self.blanks.tolist())
        self.reasons: dict[int, ExclusionReason] = dict.fromkeys(self.blank_set, "blank")
        self.profile = self._profile(tuple(label.casefold() for label in labels))
        self._shapes: dict[int, RowShape] = {}

    def shape(self, row: int) -> RowShape:
        if row not in self._shapes:
            self._shapes[row] = row_shape(self.grid, row)
        return self._shapes[row]

    def _profile(self, labels: tuple[str, ...]) -> _Profile:
        shapes: list[RowShape] = []
        row = self.start
        while row < self.grid.height and len(shapes) < PROFILE_ROWS:
            if row not in self.blank_set:
                shapes.append(row_shape(self.grid, row))
            elif len(shapes) >= 2:
                break  # what lies beyond the first gap may be something else
            row += 1
        if not shapes:
            return _Profile(0.0, frozenset(), {}, labels)
        fill = float(statistics.median(shape.count for shape in shapes))
        valued = frozenset(
            column
            for column in range(self.grid.width)
            if sum(column in shape.valued for shape in shapes) > 0.6 * len(shapes)
        )
        lengths = {
            column: float(statistics.median(texts))
            for column in range(self.grid.width)
            if (texts := [len(s.texts[column]) for s in shapes if s.texts[column]])
        }
        return _Profile(fill, valued, lengths, labels)

    def is_note(self, row: int) -> bool:
        shape = self.shape(row)
        if shape.blank:
            return False
        first = shape.filled[0]
        return looks_like_note(shape, self.profile.typical_length(first), self._spans(row, first))

    def _spans(self, row: int, column: int) -> bool:
        return any(
            m.first_row == row and m.first_column == column and m.last_column > m.first_column
            for m in self.grid.merges
        )

    def following(self, row: int, end: int) -> list[RowShape]:
        """The next data-looking rows after ``row``, up to the next gap."""
        rows: list[RowShape] = []
        nxt = row + 1
        while nxt < end and len(rows) < LOOKAHEAD_ROWS and nxt not in self.blank_set:
            if nxt not in self.reasons:  # totals, copies of the titles, block names
                rows.append(self.shape(nxt))
            nxt += 1
        return rows


def find_table_rows(
    grid: Grid, start: int, labels: Sequence[str] = (), header: int = -1
) -> TableRows:
    """Separate data rows from blank rows, totals, notes and anything stacked below.

    ``header`` is the grid row of the titles (-1: none); copies of it further down start
    new blocks of the same table.
    """
    reader = _Reader(grid, start, labels)
    for row in _total_rows(reader):
        reader.reasons[row] = "total"
    titles = grid.row_texts(header) if 0 <= header < grid.height else []
    repeats, above, first_rows = _stacked_blocks(reader, titles, header)
    end = _trailing_start(reader)
    _leading_sections(reader, end)
    end = _walk_gaps(reader, end)
    repeats = [row for row in repeats if row < end]
    blocks = None
    if repeats:
        blocks = name_blocks(reader.shape, titles, header, repeats, above, first_rows)
    kept_mask = np.ones(max(end - start, 0), dtype=bool)
    for row in reader.reasons:
        if start <= row < end:
            kept_mask[row - start] = False
    kept = np.arange(start, max(end, start), dtype=np.int64)[kept_mask]
    return TableRows(kept, tuple(_group(reader.reasons)), blocks)


def _stacked_blocks(
    reader: _Reader, titles: Sequence[str], header: int
) -> tuple[list[int], dict[int, int], dict[int, int]]:
    """Mark the copies of the titles, and the lines naming a block above or under them.

    Returns the copies' rows, and for each row of titles (the first one included) the
    one-cell line above it and the one-cell line starting its block, when there are.
    """
    grid = reader.grid
    repeats = [
        row
        for row in candidate_rows(grid, reader.start, grid.height, header).tolist()
        if row not in reader.reasons and repeats_titles(reader.shape(row), titles)
    ]
    above: dict[int, int] = {}
    first_rows: dict[int, int] = {}
    if not repeats:
        return repeats, above, first_rows
    for row in repeats:
        reader.reasons[row] = "repeated-header"
    floor = 0
    for title_row in [header, *repeats]:
        line = _nonblank_above(reader, title_row, floor)
        if line is not None and lone_line(reader.shape(line)):
            above[title_row] = line
            if line >= reader.start:
                reader.reasons[line] = "section"
        floor = title_row + 1
        first = title_row + 1 if title_row != header else reader.start
        nxt = first + 1
        if (
            reader.profile.fill >= 2
            and first < grid.height
            and first not in reader.reasons
            and lone_line(reader.shape(first))
            and nxt < grid.height
            and reader.shape(nxt).count >= 2
        ):
            first_rows[title_row] = first
            reader.reasons[first] = "section"
    return repeats, above, first_rows


def _nonblank_above(reader: _Reader, row: int, floor: int) -> int | None:
    line = row - 1
    while line >= floor and (line in reader.blank_set or reader.shape(line).blank):
        line -= 1
    if line < floor or reader.reasons.get(line) == "total":
        return None
    return line


def _total_rows(reader: _Reader) -> list[int]:
    """Rows whose label says "Total", "Sous-total", "Somme de…", and that hold only values.

    A total's label is its row's first filled cell: a column is only looked at in the rows
    where the columns before it may be blank, often none past the first column.
    """
    grid, start = reader.grid, reader.start
    first_column = _first_used_column(grid, start)
    found: set[int] = set()
    rows = np.arange(start, grid.height, dtype=np.intp)
    for column in range(first_column, min(grid.width, first_column + LABEL_COLUMNS)):
        if not len(rows):
            break
        cells = grid.text[column].to_numpy(dtype=object)
        cells = cells[start:] if len(rows) == grid.height - start else cells[rows]
        candidates, blank = total_candidates(cells)
        for offset in candidates:
            row = int(rows[offset])
            if row in found or not TOTAL_WORDS.match(str(cells[offset])):
                continue
            shape = reader.shape(row)
            if shape.filled and shape.filled[0] == column and looks_like_total(shape):
                found.add(row)
        rows = rows[blank]
    return sorted(found)


def _first_used_column(grid: Grid, start: int) -> int:
    for column in range(grid.width):
        cells = grid.text[column].to_numpy(dtype=object)[start : start + PROFILE_ROWS]
        if (cells != "").any():
            return column
    return 0


def _trailing_start(reader: _Reader) -> int:
    """First row of the run of blank, total and note rows that ends the sheet."""
    row = reader.grid.height - 1
    while row >= reader.start:
        if row in reader.blank_set or reader.reasons.get(row) == "total":
            row -= 1
            continue
        if reader.is_note(row):
            reader.reasons[row] = "note"
            row -= 1
            continue
        break
    return row + 1


def _leading_sections(reader: _Reader, end: int) -> None:
    """A heading right under the labels ("FONCTIONNEMENT") is not a data row."""
    if reader.profile.fill < 2:
        return  # in a single-column list, a one-cell row is data
    row = reader.start
    while row < end and (row in reader.blank_set or reader.shape(row).count == 1):
        if row not in reader.blank_set:
            after = reader.following(row, end)
            if reader.is_note(row) or not reader.profile.matches(after):
                return
            reader.reasons[row] = "section"
        row += 1


def _walk_gaps(reader: _Reader, end: int) -> int:
    """Decide, after each blank gap, whether the table goes on, or something else starts."""
    for row, gap in _rows_after_gaps(reader.blanks, end):
        if reader.reasons.get(row) in ("total", "repeated-header", "section"):
            continue
        shape = reader.shape(row)
        after = reader.following(row, end)
        heading = shape.count == 1 and reader.profile.fill >= 2 and not reader.is_note(row)
        if heading and reader.profile.matches(after):
            reader.reasons[row] = "section"  # "INVESTISSEMENT", "Écoles maternelles"…
            continue
        if _repeats_header(shape, reader.profile):
            reader.reasons[row] = "repeated-header"
            continue
        if _starts_something_else(reader, shape, row, gap, after):
            lone = reader.is_note(row) and not any(other.count >= 2 for other in after)
            reason: ExclusionReason = "note" if lone else "second-table"
            for excluded in range(row, end):
                if excluded not in reader.blank_set:
                    reader.reasons[excluded] = reason
            return row - gap
    return end


def _rows_after_gaps(blanks: npt.NDArray[np.int64], end: int) -> list[tuple[int, int]]:
    """Each row that follows a run of blank rows, with the run's length."""
    result: list[tuple[int, int]] = []
    blank_set = set(blanks.tolist())
    for blank in blanks.tolist():
        row = blank + 1
        if row in blank_set or row >= end:
            continue
        gap = 1
        while row - gap - 1 in blank_set:
            gap += 1
        result.append((row, gap))
    return result


def _repeats_header(shape: RowShape, profile: _Profile) -> bool:
    """The column labels written again (a sheet printed on several pages)."""
    texts = tuple(text.casefold() for text in shape.texts if text)
    labels = tuple(label for label in profile.labels if label)
    return bool(labels) and texts == labels


def _starts_something_else(
    reader: _Reader, shape: RowShape, row: int, gap: int, after: list[RowShape]
) -> bool:
    if reader.is_note(row) and not reader.profile.matches(after):
        return True
    if shape.count == 1:
        # A title: something else starts if labels follow it rather than this table's rows.
        return (
            bool(after)
            and after[0].all_words
            and after[0].count >= 2
            and (not reader.profile.matches(after[1:]) or after[0].distinct)
            and not reader.profile.matches(after)
        )
    labels = shape.count >= 2 and shape.all_words and shape.distinct
    if not labels:
        return False
    return gap >= 2 or not reader.profile.matches(after)


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
