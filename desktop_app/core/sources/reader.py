"""Open the agent's file and find the table inside it, as a person would."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.errors import SourceError
from desktop_app.core.sources.blocks import BlockNames
from desktop_app.core.sources.delimited import CELL_LIMIT, read_delimited
from desktop_app.core.sources.grid import Grid
from desktop_app.core.sources.header import (
    HeaderGuess,
    find_header,
    first_table_row,
    header_at,
    header_labels,
    top_shapes,
    units_below,
    usable_names,
)
from desktop_app.core.sources.html_tables import read_html_tables
from desktop_app.core.sources.inclusion import take_back
from desktop_app.core.sources.lost_digits import lost_digit_notices
from desktop_app.core.sources.model import (
    Excluded,
    ExclusionReason,
    Notice,
    SheetInfo,
    SourceColumn,
    SourceInfo,
    Table,
)
from desktop_app.core.sources.pasted import split_pasted_lines
from desktop_app.core.sources.rows import RowShape, row_shape
from desktop_app.core.sources.sniffing import SniffedFile, sniff
from desktop_app.core.sources.spreadsheet_xml import read_spreadsheet_xml
from desktop_app.core.sources.table_end import (
    RowExclusion,
    columns_with_data,
    find_table_rows,
)
from desktop_app.core.sources.workbook import read_workbook
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

log = logging.getLogger(__name__)

READ_SHARE = 0.9
PREVIEW_CHARS = 80


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    include: Sequence[tuple[int, int]] = (),
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> Table:
    """Read a CSV, XLSX, XLS or ODS file and return the table the agent means.

    Args:
        path: the agent's file; it is only ever opened for reading.
        sheet: the sheet to read (by default, the one that holds the main table).
        header_row: the row holding the column labels, 1-based as the sheet shows it;
            0 says the file has no labels. By default it is found.
        include: ranges of sheet rows (first, last) that the reading would set aside and
            the agent takes back in as data rows.
        progress: receives the share of work done.
        cancel: stops the reading when set.

    Raises:
        SourceError: the file cannot be read as a table; its code says why.
        CancelledError: the agent cancelled.
    """
    token = cancel or CancelToken()

    def reading(fraction: float, step: str) -> None:
        progress(fraction * READ_SHARE, step)

    sniffed = sniff(path)
    raw = _read_grid(sniffed, sheet, reading, token)
    grid, encoding, separator = raw.grid, raw.encoding, raw.separator
    sheets, chosen = raw.sheets, raw.sheet
    notices = [*sniffed.notices, *raw.notices]
    token.raise_if_cancelled()
    progress(READ_SHARE, "layout")
    guess, shapes = _header(grid, header_row, path)
    table = _cut_table(grid, guess, shapes, path, tuple(include))
    progress(1.0, "done")
    info = SourceInfo(
        path=path,
        format=sniffed.format,
        size=sniffed.size,
        encoding=encoding,
        separator=separator,
        sheets=sheets,
        sheet=chosen,
        header_row=int(grid.row_numbers[guess.row]) if guess.depth else None,
        header_rows=guess.depth,
        include=tuple((int(first), int(last)) for first, last in include),
        last_row=int(grid.row_numbers[-1]),
    )
    return Table(
        source=info,
        columns=table.columns,
        text=table.text,
        values=table.values,
        row_numbers=table.row_numbers,
        excluded=table.excluded,
        notices=(*notices, *table.notices, *lost_digit_notices(table.columns, table.text)),
        included=table.included,
    )


@dataclass(frozen=True, eq=False)
class _RawRead:
    """The grid of a file before the table is found in it, and how it was read."""

    grid: Grid
    encoding: str | None = None
    separator: str | None = None
    sheets: tuple[SheetInfo, ...] = ()
    sheet: str | None = None
    notices: tuple[Notice, ...] = ()


def _read_grid(
    sniffed: SniffedFile, sheet: str | None, progress: ProgressFn, cancel: CancelToken
) -> _RawRead:
    path = sniffed.path
    if sniffed.format == "csv":
        text = read_delimited(path, size=sniffed.size, progress=progress, cancel=cancel)
        separator = text.dialect.separator
        return _RawRead(text.grid, text.encoding, separator, notices=text.notices)
    if sniffed.format == "html":
        page = read_html_tables(path, sheet=sheet, progress=progress, cancel=cancel)
        raw = _RawRead(page.grid, page.encoding, None, page.sheets, page.sheet)
    elif sniffed.format == "xml":
        xml = read_spreadsheet_xml(path, sheet=sheet, progress=progress, cancel=cancel)
        raw = _RawRead(xml.grid, None, None, xml.sheets, xml.sheet)
    else:
        book = read_workbook(path, sniffed.format, sheet=sheet, progress=progress, cancel=cancel)
        raw = _RawRead(book.grid, None, None, book.sheets, book.sheet, book.notices)
    # The same limit as a CSV file's (checked there while parsing): the prepared file is
    # written and checked as CSV, so such a cell would fail later, far from its row.
    too_long = raw.grid.first_row_longer_than(CELL_LIMIT)
    if too_long is not None:
        raise SourceError("cell-too-long", file=path.name, row=too_long, limit=CELL_LIMIT)
    split = split_pasted_lines(raw.grid)
    if split is None:
        return raw
    grid, separator = split
    notice = Notice.of("pasted-lines-split", separator=separator)
    return _RawRead(grid, raw.encoding, separator, raw.sheets, raw.sheet, (*raw.notices, notice))


def _header(grid: Grid, header_row: int | None, path: Path) -> tuple[HeaderGuess, list[RowShape]]:
    if grid.height == 0 or grid.width == 0:
        raise SourceError("no-table", file=path.name)
    if header_row is None:
        shapes = top_shapes(grid)
        guess = find_header(grid, shapes)
        if all(shape.blank for shape in shapes) and not _has_any_cell(grid):
            raise SourceError("no-table", file=path.name)
        return guess, shapes
    if not 0 <= header_row <= grid.height:
        raise SourceError("header-row-out-of-range", row=header_row, rows=grid.height)
    if header_row == 0:
        shapes = top_shapes(grid)
        return HeaderGuess(first_table_row(shapes), 0), shapes
    row = header_row - 1
    shapes = [row_shape(grid, index) for index in range(min(grid.height, row + 3))]
    return header_at(grid, shapes, row), shapes


def _has_any_cell(grid: Grid) -> bool:
    return any(bool((grid.text[column] != "").any()) for column in grid.text.columns)


@dataclass(frozen=True, eq=False)
class _Cut:
    """The table's rows and columns once the header and the table's end are known."""

    columns: tuple[SourceColumn, ...]
    text: pd.DataFrame
    values: pd.DataFrame | None
    row_numbers: npt.NDArray[np.int64]
    excluded: tuple[Excluded, ...]
    notices: tuple[Notice, ...]
    included: tuple[Excluded, ...]


def _cut_table(
    grid: Grid,
    guess: HeaderGuess,
    shapes: list[RowShape],
    path: Path,
    include: tuple[tuple[int, int], ...],
) -> _Cut:
    start = guess.row + guess.depth
    labels = header_labels(grid, shapes, guess)
    units = units_below(shapes, guess)
    for column, unit in units.items():
        labels[column] = f"{labels[column]} ({unit})" if labels[column] else unit
    header = guess.row + guess.depth - 1 if guess.depth else -1
    rows = find_table_rows(grid, start + (1 if units else 0), labels, header)
    rows, included = take_back(grid, rows, include)
    _fill_merges(grid, rows.kept)
    if rows.blocks is not None:
        for column, common in rows.blocks.common_titles.items():
            labels[column] = common
    unlabelled = [column for column, label in enumerate(labels) if not label.strip()]
    with_data = columns_with_data(grid, rows.kept, unlabelled)
    kept_columns = [c for c, label in enumerate(labels) if label.strip() or c in with_data]
    if not kept_columns:
        raise SourceError("no-table", file=path.name)
    names = usable_names([labels[c] for c in kept_columns], kept_columns)
    columns = tuple(
        SourceColumn(name, labels[c].strip(), c)
        for name, c in zip(names, kept_columns, strict=True)
    )
    text = _select(grid.text, rows.kept, kept_columns)
    values = None if grid.values is None else _select(grid.values, rows.kept, kept_columns)
    excluded = [
        *_titles(grid, shapes, guess.row),
        *_units_row(grid, start, bool(units)),
        *(_excluded(grid, exclusion) for exclusion in rows.excluded),
        *_empty_columns(grid, kept_columns, guess),
    ]
    notices = _label_notices(guess, labels, kept_columns, columns)
    if not len(rows.kept):
        notices.append(Notice.of("no-data-rows"))
    if rows.blocks is not None:
        columns, text, values = _add_block_column(
            grid, rows.blocks, rows.kept, columns, text, values
        )
        notices.append(
            Notice.of("stacked-blocks", blocks=len(rows.blocks.starts), column=columns[-1].name)
        )
    return _Cut(
        columns,
        text,
        values,
        grid.row_numbers[rows.kept],
        tuple(sorted(excluded, key=lambda item: (item.first_row, item.column or ""))),
        tuple(notices),
        tuple(_excluded(grid, part) for part in included),
    )


def _add_block_column(
    grid: Grid,
    blocks: BlockNames,
    kept: npt.NDArray[np.int64],
    columns: tuple[SourceColumn, ...],
    text: pd.DataFrame,
    values: pd.DataFrame | None,
) -> tuple[tuple[SourceColumn, ...], pd.DataFrame, pd.DataFrame | None]:
    """The blocks' names as a last column, after the sheet's own, which keep their order."""
    names = blocks.for_rows(kept)
    taken = [column.name for column in columns]
    name = usable_names([*taken, blocks.column], [*range(len(taken)), grid.width])[-1]
    added = SourceColumn(name, blocks.column, grid.width)
    text = text.copy()
    text[len(columns)] = names
    if values is not None:
        values = values.copy()
        values[len(columns)] = [name or None for name in names]
    return (*columns, added), text, values


def _select(frame: pd.DataFrame, rows: npt.NDArray[np.int64], columns: list[int]) -> pd.DataFrame:
    contiguous = len(rows) > 0 and int(rows[-1]) - int(rows[0]) + 1 == len(rows)
    if contiguous:
        selected = frame.iloc[int(rows[0]) : int(rows[-1]) + 1, columns]
    else:
        selected = frame.iloc[rows, columns]
    selected = selected.reset_index(drop=True)
    selected.columns = pd.RangeIndex(len(columns))
    return selected


def _fill_merges(grid: Grid, kept: npt.NDArray[np.int64]) -> None:
    """Give every data cell of a merged block the value the agent reads there.

    Done once the table's rows are known, so that a note merged across the width under the
    table is still seen as one cell; blocks reaching past the sheet's last row are cut there.
    """
    if not len(kept):
        return
    first_kept, last_kept = int(kept[0]), int(kept[-1])
    for merge in grid.merges:
        if merge.first_row < first_kept or merge.first_row > last_kept:
            continue
        rows = slice(merge.first_row, min(merge.last_row, grid.height - 1) + 1)
        columns = range(merge.first_column, min(merge.last_column, grid.width - 1) + 1)
        for frame in (grid.text, grid.values):
            if frame is None:
                continue
            value = frame.iat[merge.first_row, merge.first_column]
            for column in columns:
                cells = frame[column].to_numpy(dtype=object, copy=True)
                cells[rows] = value
                frame[column] = cells


def _preview(grid: Grid, row: int) -> str:
    texts = [text for text in grid.row_texts(row) if text]
    preview = " · ".join(texts)
    return preview if len(preview) <= PREVIEW_CHARS else preview[: PREVIEW_CHARS - 1] + "…"


def _units_row(grid: Grid, row: int, present: bool) -> list[Excluded]:
    if not present:
        return []
    number = int(grid.row_numbers[row])
    return [Excluded("units", number, number, _preview(grid, row))]


def _titles(grid: Grid, shapes: list[RowShape], header: int) -> list[Excluded]:
    rows = [row for row in range(header) if not shapes[row].blank]
    if not rows:
        return []
    return [
        Excluded(
            "title",
            int(grid.row_numbers[rows[0]]),
            int(grid.row_numbers[rows[-1]]),
            " / ".join(_preview(grid, row) for row in rows[:3]),
        )
    ]


def _excluded(grid: Grid, exclusion: RowExclusion) -> Excluded:
    reason: ExclusionReason = exclusion.reason
    preview = "" if reason == "blank" else _preview(grid, exclusion.first)
    return Excluded(
        reason,
        int(grid.row_numbers[exclusion.first]),
        int(grid.row_numbers[exclusion.last]),
        preview,
    )


def _empty_columns(grid: Grid, kept: list[int], guess: HeaderGuess) -> list[Excluded]:
    inside = [c for c in range(kept[0], kept[-1] + 1) if c not in kept]
    row = int(grid.row_numbers[guess.row]) if guess.row < grid.height else 1
    return [Excluded("empty-column", row, row, "", column=_letter(c)) for c in inside]


def _letter(position: int) -> str:
    return SourceColumn("", "", position).letter


def _label_notices(
    guess: HeaderGuess,
    labels: list[str],
    kept: list[int],
    columns: tuple[SourceColumn, ...],
) -> list[Notice]:
    notices: list[Notice] = []
    if guess.depth == 0:
        notices.append(Notice.of("no-header"))
    elif guess.depth == 2:
        notices.append(Notice.of("two-row-header"))
    if guess.depth:
        blank = [column.letter for column in columns if not column.label]
        if blank:
            notices.append(Notice.of("blank-labels", columns=blank, count=len(blank)))
        seen: dict[str, int] = {}
        for c in kept:
            key = " ".join(labels[c].split()).casefold()
            if key:
                seen[key] = seen.get(key, 0) + 1
        twins = [
            column.name
            for column in columns
            if column.label and seen.get(" ".join(column.label.split()).casefold(), 0) > 1
        ]
        if twins:
            notices.append(Notice.of("duplicate-labels", names=twins))
    return notices
