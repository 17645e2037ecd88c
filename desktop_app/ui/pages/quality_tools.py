"""What the Qualité page's tools change, cell by cell, before it becomes one undoable step.

A remedy for a group, the one-click fix, fill down and paste all end as a list of
``CellChange``; a remedy is also kept as a rule (core ``FixEdit``) for next month's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from types import MappingProxyType

from desktop_app.core.project.edits import FixEdit
from desktop_app.core.validation.remedies import Remedy
from desktop_app.ui.edit_commands import CellChange
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.problem_group_panel import RemedyOffer
from desktop_app.workers.quality import RemedyOffer as GroupRemedy

Before = Callable[[int, str], str | None]  # a cell's correction so far (None: as prepared)


def rule_of(remedy: Remedy, column: Sequence[str]) -> FixEdit:
    """The remedy as the project keeps it: each value it changes, and into what.

    A fill is kept for the values the column holds now: next month, the same values (the
    same "2,43E+13", the same empty cells) get the same text, and nothing else changes.
    """
    if remedy.fill is not None:
        replacements = {text: remedy.fill for text in dict.fromkeys(column) if text != remedy.fill}
    else:
        replacements = dict(remedy.replacements)
    kinds = remedy.kinds or (remedy.code,)
    return FixEdit(remedy.field, MappingProxyType(replacements), kinds)


def remedy_changes(remedy: Remedy, column: Sequence[str], before: Before) -> list[CellChange]:
    """The cells a remedy changes in a column (its texts as they stand)."""
    return [
        CellChange(row, remedy.field, before(row, remedy.field), after)
        for row, _, after in remedy.changes(column)
    ]


def offer_of(texts: Texts, offered: GroupRemedy) -> RemedyOffer:
    """How the panel shows a remedy: its button with the count, a note, real examples."""
    remedy = offered.remedy
    params: dict[str, object] = {"count": offered.cells, "value": remedy.fill or ""}
    note = texts(f"{remedy.code}-note", params) if f"{remedy.code}-note" in NOTES else ""
    return RemedyOffer(texts(f"{remedy.code}-button", params), note, offered.examples)


NOTES = frozenset({"remedy-confirm-note", "remedy-fill-profile-note", "remedy-empty-cells-note"})


def fill_down(
    selected: Sequence[tuple[int, int]],
    text_at: Callable[[int, int], str],
    field: Callable[[int], str],
    before: Before,
) -> list[CellChange]:
    """Each selected column takes, all the way down the selection, its first selected cell."""
    by_column: dict[int, list[int]] = {}
    for row, column in selected:
        by_column.setdefault(column, []).append(row)
    changes = []
    for column, rows in by_column.items():
        rows.sort()
        source = text_at(rows[0], column)
        name = field(column)
        for row in rows[1:]:
            if text_at(row, column) != source:
                changes.append(CellChange(row, name, before(row, name), source))
    return changes


def paste(
    block: str,
    selected: Sequence[tuple[int, int]],
    size: tuple[int, int],
    text_at: Callable[[int, int], str],
    field: Callable[[int], str],
    before: Before,
) -> list[CellChange]:
    """Paste copied cells: one value fills the whole selection, a block starts at its corner.

    Rows and columns past the table's ``size`` (rows, columns) are left out.
    """
    lines = block.removesuffix("\n").replace("\r\n", "\n").split("\n")
    grid = [line.split("\t") for line in lines]
    if not selected:
        return []
    if len(grid) == 1 and len(grid[0]) == 1:
        targets = [(row, column, grid[0][0]) for row, column in selected]
    else:
        top = min(row for row, _ in selected)
        left = min(column for _, column in selected)
        targets = [
            (top + r, left + c, value)
            for r, values in enumerate(grid)
            for c, value in enumerate(values)
            if top + r < size[0] and left + c < size[1]
        ]
    changes = []
    for row, column, value in targets:
        if text_at(row, column) != value:
            name = field(column)
            changes.append(CellChange(row, name, before(row, name), value))
    return changes
