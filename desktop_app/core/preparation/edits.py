"""The agent's corrections, in one shape: undoable, saved in the project, replayed next month.

Three kinds, each a change to the schema-shaped table (never to the agent's file), each
saying how it replays on next month's rows (``Replay``):

- ``CellEdit``: one cell typed by hand. Rows are numbered as in the publishable file (the
  header is row 1). Replays only where the cell still holds the value it corrected.
- ``ColumnRule``: a rule for a whole column — known values rewritten (a one-click fix of
  the Qualité page), or one text for every cell (a constant: the commune's SIRET, or "" to
  empty an optional column). Replays on every cell it knows how to correct, or every row.
- ``CellsRemedy``: a privacy remedy on some cells (what was found in them removed or cut).
  Replays, like a cell edit, where each cell still holds what it held; next month's new
  personal data is found again by the privacy scan.

Nothing is changed blindly: an edit that no longer fits is reported as skipped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.cells import check_column
from desktop_app.core.validation.fixes import FixProposal
from desktop_app.core.validation.value_repairs import repairs_for

FIRST_ROW = 2  # the first data row of the publishable file (the header is row 1)


class Replay(StrEnum):
    """How an edit applies again to next month's rows."""

    SAME_VALUE = "same-value"  # only where the cell still holds the value it corrected
    KNOWN_VALUES = "known-values"  # every cell holding a value the rule rewrites
    EVERY_ROW = "every-row"  # every cell of the column


@dataclass(frozen=True)
class CellEdit:
    """One cell corrected by hand: ``before`` is what it held, ``after`` what the agent typed."""

    field: str
    row: int
    before: str
    after: str

    @property
    def replay(self) -> Replay:
        """A typed cell replays only where the same value comes back."""
        return Replay.SAME_VALUE

    def to_json(self) -> dict[str, Any]:
        """The edit as stored in the project file."""
        return {
            "kind": "cell",
            "field": self.field,
            "row": self.row,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class ColumnRule:
    """A rule for one column: known values rewritten, or ``fill`` given to every cell.

    ``code`` says what the rule is for the agent's words (``remedy-repair``,
    ``remedy-fill-profile``…; "" for a sure fix); ``kinds`` the kinds of rewrite it uses.
    """

    field: str
    replacements: Mapping[str, str] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )
    kinds: tuple[str, ...] = ()
    fill: str | None = None
    code: str = ""

    @property
    def replay(self) -> Replay:
        """A fill gives every row its text; a rewrite corrects the values it knows."""
        return Replay.KNOWN_VALUES if self.fill is None else Replay.EVERY_ROW

    @classmethod
    def from_proposal(cls, proposal: FixProposal) -> ColumnRule:
        """The sure fix the agent accepted on the Qualité page."""
        return cls(proposal.field, MappingProxyType(dict(proposal.replacements)), proposal.kinds)

    @classmethod
    def constant(cls, field: str, text: str, code: str = "") -> ColumnRule:
        """Every cell of the column gets ``text`` ("" empties the column)."""
        return cls(field, fill=text, code=code)

    def to_json(self) -> dict[str, Any]:
        """The rule as stored in the project file."""
        document: dict[str, Any] = {
            "kind": "fix",
            "field": self.field,
            "replacements": dict(self.replacements),
            "kinds": list(self.kinds),
        }
        if self.fill is not None:
            document["fill"] = self.fill
        if self.code:
            document["code"] = self.code
        return document


@dataclass(frozen=True)
class CellsRemedy:
    """A privacy remedy on some cells of a column: (row, before, after) for each cell.

    ``remedy`` names it for the agent's words (a ``core.privacy.decisions.Remedy`` value).
    """

    field: str
    remedy: str
    cells: tuple[tuple[int, str, str], ...]

    @property
    def replay(self) -> Replay:
        """Each cell replays where it still holds what it held."""
        return Replay.SAME_VALUE

    def to_json(self) -> dict[str, Any]:
        """The remedy as stored in the project file."""
        return {
            "kind": "cells",
            "field": self.field,
            "remedy": self.remedy,
            "cells": [list(cell) for cell in self.cells],
        }


Edit = CellEdit | ColumnRule | CellsRemedy


def edit_from_json(document: dict[str, Any]) -> Edit:
    """Read an edit stored by ``to_json``.

    Raises:
        KeyError, ValueError, TypeError: the document is damaged (the caller says so).
    """
    kind = document["kind"]
    if kind == "cell":
        return CellEdit(
            str(document["field"]),
            int(document["row"]),
            str(document["before"]),
            str(document["after"]),
        )
    if kind == "fix":
        replacements = {str(k): str(v) for k, v in dict(document["replacements"]).items()}
        kinds = tuple(str(item) for item in document.get("kinds", []))
        fill = document.get("fill")
        return ColumnRule(
            str(document["field"]),
            MappingProxyType(replacements),
            kinds,
            None if fill is None else str(fill),
            str(document.get("code", "")),
        )
    if kind == "cells":
        cells = tuple(
            (int(row), str(before), str(after)) for row, before, after in document["cells"]
        )
        return CellsRemedy(str(document["field"]), str(document["remedy"]), cells)
    raise ValueError(f"unknown edit kind {kind!r}")


@dataclass(frozen=True)
class EditHistory:
    """The corrections in the order made; those past ``position`` were undone (redo-able)."""

    edits: tuple[Edit, ...] = ()
    position: int = 0

    @property
    def active(self) -> tuple[Edit, ...]:
        """The corrections in force."""
        return self.edits[: self.position]

    @property
    def can_undo(self) -> bool:
        """Whether there is a correction to undo."""
        return self.position > 0

    @property
    def can_redo(self) -> bool:
        """Whether an undone correction can be made again."""
        return self.position < len(self.edits)

    def added(self, edit: Edit) -> EditHistory:
        """The history after a new correction (the undone ones are forgotten)."""
        return EditHistory((*self.active, edit), self.position + 1)

    def undone(self) -> EditHistory:
        """The history after undoing the last correction in force."""
        return replace(self, position=max(self.position - 1, 0))

    def redone(self) -> EditHistory:
        """The history after making the last undone correction again."""
        return replace(self, position=min(self.position + 1, len(self.edits)))

    def to_json(self) -> dict[str, Any]:
        """The history as stored in the project file."""
        return {"position": self.position, "edits": [edit.to_json() for edit in self.edits]}

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> EditHistory:
        """Read a history stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        edits = tuple(edit_from_json(item) for item in document.get("edits", []))
        position = int(document.get("position", len(edits)))
        if not 0 <= position <= len(edits):
            raise ValueError("position outside the history")
        return cls(edits, position)


@dataclass(frozen=True)
class ReplayOutcome:
    """What replaying the corrections did: cells changed, and cell edits that no longer fit."""

    frame: pd.DataFrame
    changed: int
    skipped: tuple[CellEdit, ...]


def apply_edits(
    frame: pd.DataFrame, edits: Iterable[Edit], schema: TableSchema | None = None
) -> ReplayOutcome:
    """Apply corrections in order to a copy of a schema-shaped table (row 2 = first row).

    Without an edit, the frame itself comes back (nothing is copied). With the schema, a rule
    made of sure rewrites (``repair-…`` kinds: French dates in a pattern field, percentages,
    spaces…) also rewrites, the same way, the faulty values it has not met yet: next month's
    new dates are put right like this month's.
    """
    todo = tuple(edits)
    if not todo:
        return ReplayOutcome(frame, 0, ())
    result = frame.copy()
    changed = 0
    skipped: list[CellEdit] = []
    for edit in todo:
        if edit.field not in result.columns:
            skipped.extend(_cells_of(edit))
            continue
        if isinstance(edit, ColumnRule):
            changed += _apply_rule(result, edit, schema)
            continue
        column = list(result.columns).index(edit.field)
        for cell in _cells_of(edit):
            index = cell.row - FIRST_ROW
            if 0 <= index < len(result) and str(result.iat[index, column]) == cell.before:
                result.iat[index, column] = cell.after
                changed += 1
            else:
                skipped.append(cell)
    return ReplayOutcome(result, changed, tuple(skipped))


def _cells_of(edit: Edit) -> tuple[CellEdit, ...]:
    if isinstance(edit, CellEdit):
        return (edit,)
    if isinstance(edit, CellsRemedy):
        return tuple(CellEdit(edit.field, row, before, after) for row, before, after in edit.cells)
    return ()


def _apply_rule(frame: pd.DataFrame, rule: ColumnRule, schema: TableSchema | None) -> int:
    values = frame[rule.field].astype(str)
    if rule.fill is not None:
        hit = values != rule.fill
        frame.loc[hit, rule.field] = rule.fill
        return int(hit.sum())
    replacements = dict(rule.replacements)
    if schema is not None:
        replacements.update(rewritten_again(rule, values, schema))
    hit = values.isin(list(replacements))
    frame.loc[hit, rule.field] = values[hit].map(replacements)
    return int(hit.sum())


def rewritten_again(rule: ColumnRule, values: pd.Series, schema: TableSchema) -> dict[str, str]:
    """The faulty values a rule of sure rewrites has not met, rewritten by the same rewrites."""
    kinds = {kind for kind in rule.kinds if kind.startswith("repair-")}
    if not kinds or rule.field not in schema.field_names:
        return {}
    field = schema.field_named(rule.field)
    distinct = [v for v in pd.unique(values) if v and v not in rule.replacements]
    if not distinct:
        return {}
    verdicts = check_column(np.array(distinct, dtype=object), field, schema.missing_values)
    faulty = [
        v
        for v, bad in zip(distinct, verdicts.type_error | verdicts.constraint_error, strict=True)
        if bad
    ]
    repairs = repairs_for(
        faulty, field, schema.missing_values, percent_signs="repair-percent" in kinds
    )
    return {
        before: repair.after
        for before, repair in repairs.items()
        if repair.certain and repair.code in kinds
    }


def changed_cells(
    frame: pd.DataFrame, edits: Iterable[Edit], schema: TableSchema | None = None
) -> dict[tuple[int, str], str]:
    """The cells the corrections change, by (0-based data row, field): what the table shows.

    The same result as ``apply_edits`` with the same schema (cells skipped there are absent
    here), without copying the table: only the columns that rules touch are read whole.
    """
    cells: dict[tuple[int, str], str] = {}
    for edit in edits:
        if edit.field not in frame.columns:
            continue
        if isinstance(edit, ColumnRule):
            column = frame[edit.field].astype(str).tolist()
            for (row, name), text in cells.items():
                if name == edit.field:
                    column[row] = text
            known = dict(edit.replacements)
            if schema is not None and edit.fill is None:
                known.update(rewritten_again(edit, pd.Series(column, dtype=object), schema))
            for row, text in enumerate(column):
                after = edit.fill if edit.fill is not None else known.get(text)
                if after is not None and after != text:
                    cells[(row, edit.field)] = after
            continue
        for cell in _cells_of(edit):
            index = cell.row - FIRST_ROW
            if not 0 <= index < len(frame):
                continue
            current = cells.get((index, cell.field), str(frame[cell.field].iat[index]))
            if current == cell.before:
                cells[(index, cell.field)] = cell.after
    return cells
