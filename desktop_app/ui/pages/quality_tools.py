"""What the Qualité page's tools change, cell by cell, before it becomes one undoable step.

A remedy for a group and the one-click fix become rules on a column (core ``ColumnRule``,
replayed on next month's rows); fill down and paste become cell edits (``CellEdit``). Each
tool's edits make one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.preparation.edits import CellEdit, ColumnRule
from desktop_app.core.preparation.quality import RemedyOffer as GroupRemedy
from desktop_app.core.validation.groups import ProblemGroup
from desktop_app.core.validation.remedies import Remedy
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.problem_group_panel import RemedyOffer

REQUIRED = "finding-required"  # the group kind of empty cells in a required field
FIRST_ROW = 2  # a data row's number in the published file (the header is row 1)


def in_agent_words(params: Mapping[str, object], labels: Mapping[str, str]) -> dict[str, object]:
    """A problem's parameters with the field named as the agent knows it.

    The validation messages name « {field} »: the agent's column title (« I_F »), else the
    schema's title (« étape budgétaire »), never the code (« BGT_SECTION »), which the group's
    tip and the exported list still give.
    """
    words = dict(params)
    field = words.get("field")
    if isinstance(field, str) and labels.get(field):
        words["field"] = labels[field]
    return words


def without_column(group: ProblemGroup, mapping: ColumnMapping) -> str:
    """The required field no column or value fills, when the group is its empty cells; else "".

    Its thousands of empty cells are not fixed one by one: a column is to be chosen for it.
    """
    if group.kind != REQUIRED or group.field is None:
        return ""
    filled = mapping.for_field(group.field)
    return "" if filled.column or filled.constant is not None else group.field


def rule_of(remedy: Remedy, column: Sequence[str]) -> ColumnRule:
    """The remedy as the project keeps it: each value it changes, and into what.

    A fill is kept for the values the column holds now: next month, the same values (the
    same "2,43E+13", the same empty cells) get the same text, and nothing else changes.
    """
    if remedy.fill is not None:
        replacements = {text: remedy.fill for text in dict.fromkeys(column) if text != remedy.fill}
    else:
        replacements = dict(remedy.replacements)
    kinds = remedy.kinds or (remedy.code,)
    return ColumnRule(remedy.field, MappingProxyType(replacements), kinds, code=remedy.code)


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
) -> list[CellEdit]:
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
            if (text := text_at(row, column)) != source:
                changes.append(CellEdit(name, row + FIRST_ROW, text, source))
    return changes


def paste(
    block: str,
    selected: Sequence[tuple[int, int]],
    size: tuple[int, int],
    text_at: Callable[[int, int], str],
    field: Callable[[int], str],
) -> list[CellEdit]:
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
        if (text := text_at(row, column)) != value:
            changes.append(CellEdit(field(column), row + FIRST_ROW, text, value))
    return changes
