"""Parts the reading set aside, taken back in because the agent said so.

Totals, notes, a second table below, copies of the titles: the reading leaves them out and
says so, but the agent has the last word. Each part is named by its rows as the sheet
numbers them ("238-263"); the rows asked for become data rows again, in their place, and the
choice is kept with the project so that next month's file is read the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from desktop_app.core.errors import UsageError
from desktop_app.core.sources.grid import Grid
from desktop_app.core.sources.model import Notice, Table
from desktop_app.core.sources.table_end import RowExclusion, TableRows

RowRange = tuple[int, int]
# What the reading sets aside below the labels and can give back; blank rows stay out.
TAKEN_BACK = frozenset({"total", "note", "section", "repeated-header", "second-table"})


def take_back(
    grid: Grid, rows: TableRows, include: Sequence[RowRange]
) -> tuple[TableRows, tuple[RowExclusion, ...]]:
    """The table's rows with the asked-for parts kept, and those parts (grid indexes).

    Blank lines are never data, so they stay out whatever the range says.
    """
    if not include:
        return rows, ()
    kept = set(rows.kept.tolist())
    remaining: list[RowExclusion] = []
    included: list[RowExclusion] = []
    for part in rows.excluded:
        if part.reason == "blank":
            remaining.append(part)
            continue
        inside = [
            any(first <= int(grid.row_numbers[row]) <= last for first, last in include)
            for row in range(part.first, part.last + 1)
        ]
        for taken, first, last in _runs(inside, part.first):
            (included if taken else remaining).append(RowExclusion(part.reason, first, last))
            if taken:
                kept.update(range(first, last + 1))
    ordered = np.array(sorted(kept), dtype=np.int64)
    return TableRows(ordered, tuple(remaining), rows.blocks), tuple(included)


def refuse_useless_ranges(table: Table, include: Sequence[RowRange]) -> None:
    """Refuse a range the agent typed that takes nothing back: it would be ignored in silence.

    ``table`` was read with ``include``. A range must stay within the sheet and meet a part
    the reading set aside (and so took back).

    Raises:
        UsageError: ``include-past-end`` (rows past the sheet's last), ``include-not-set-aside``
            (the rows are data or blank; the parts that can be taken back are listed) or
            ``include-nothing-set-aside`` (no part can be taken back).
    """
    for first, last in include:
        named = f"{first}-{last}" if last != first else str(first)
        if last > table.source.last_row:
            raise UsageError("include-past-end", range=named, rows=table.source.last_row)
        if any(p.first_row <= last and first <= p.last_row for p in table.included):
            continue
        parts = [
            f"{p.first_row}-{p.last_row}" if p.last_row != p.first_row else str(p.first_row)
            for p in table.excluded
            if p.reason in TAKEN_BACK
        ]
        if not parts:
            raise UsageError("include-nothing-set-aside", range=named)
        raise UsageError("include-not-set-aside", range=named, parts=parts, count=len(parts))


def unmatched_ranges(table: Table, include: Sequence[RowRange]) -> tuple[RowRange, ...]:
    """The ranges of ``include`` that took nothing back in ``table`` (read with or without them).

    Last month's ranges replayed on next month's file: rows move, and a range may now meet
    only data, blank rows, or rows past the sheet's end.
    """
    return tuple(
        (first, last)
        for first, last in include
        if not any(p.first_row <= last and first <= p.last_row for p in table.included)
    )


def without_ignored(table: Table, ignored: Sequence[RowRange]) -> Table:
    """``table`` no longer naming ``ignored`` among its parts taken back, and saying so.

    The notice is shown with the reading's others (on Fichier): the agent learns that last
    month's choice took nothing back this time, and can take back what is set aside now.
    """
    if not ignored:
        return table
    kept = tuple(part for part in table.source.include if part not in ignored)
    parts = [f"{first}-{last}" if last != first else str(first) for first, last in ignored]
    notice = Notice.of("include-ignored", parts=parts, count=len(parts))
    return replace(
        table, source=replace(table.source, include=kept), notices=(*table.notices, notice)
    )


def without(include: Sequence[RowRange], first: int, last: int) -> tuple[RowRange, ...]:
    """The ranges with rows first…last left out again (a range may be cut in two)."""
    kept: list[RowRange] = []
    for start, end in include:
        if end < first or start > last:
            kept.append((start, end))
            continue
        if start < first:
            kept.append((start, first - 1))
        if end > last:
            kept.append((last + 1, end))
    return tuple(kept)


def _runs(flags: list[bool], offset: int) -> list[tuple[bool, int, int]]:
    """Consecutive equal flags as (flag, first index, last index), indexes from ``offset``."""
    runs: list[tuple[bool, int, int]] = []
    for index, flag in enumerate(flags, start=offset):
        if runs and runs[-1][0] == flag and runs[-1][2] == index - 1:
            runs[-1] = (flag, runs[-1][1], index)
        else:
            runs.append((flag, index, index))
    return runs
