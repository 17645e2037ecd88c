"""The agent's corrections, kept as a list that can be undone and replayed on next month's file.

Two kinds of correction: a cell typed by hand (``CellEdit``) and a one-click fix accepted on
the Qualité page (``FixEdit``, made from a validation ``FixProposal``). They apply to the
schema-shaped table, never to the agent's file. Rows are numbered as in the publishable file
(the header is row 1). Replayed on a new file, a cell edit applies only where the cell still
holds the value it corrected, and a fix applies to every cell holding a value it knows how to
correct: nothing is changed blindly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.cells import check_column
from desktop_app.core.validation.fixes import FixProposal
from desktop_app.core.validation.value_repairs import repairs_for


@dataclass(frozen=True)
class CellEdit:
    """One cell corrected by hand: ``before`` is what it held, ``after`` what the agent typed."""

    field: str
    row: int
    before: str
    after: str

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
class FixEdit:
    """A sure correction accepted for a column: each known value becomes its corrected form."""

    field: str
    replacements: Mapping[str, str] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )
    kinds: tuple[str, ...] = ()

    @classmethod
    def from_proposal(cls, proposal: FixProposal) -> FixEdit:
        """The fix the agent accepted on the Qualité page."""
        return cls(proposal.field, MappingProxyType(dict(proposal.replacements)), proposal.kinds)

    def to_json(self) -> dict[str, Any]:
        """The fix as stored in the project file."""
        return {
            "kind": "fix",
            "field": self.field,
            "replacements": dict(self.replacements),
            "kinds": list(self.kinds),
        }


Edit = CellEdit | FixEdit


def edit_from_json(document: dict[str, Any]) -> Edit:
    """Read an edit stored by ``to_json``.

    Raises:
        KeyError, ValueError, TypeError: the document is damaged (the caller says so).
    """
    if document["kind"] == "cell":
        return CellEdit(
            str(document["field"]),
            int(document["row"]),
            str(document["before"]),
            str(document["after"]),
        )
    if document["kind"] == "fix":
        replacements = {str(k): str(v) for k, v in dict(document["replacements"]).items()}
        kinds = tuple(str(kind) for kind in document.get("kinds", []))
        return FixEdit(str(document["field"]), MappingProxyType(replacements), kinds)
    raise ValueError(f"unknown edit kind {document['kind']!r}")


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

    With the schema, a fix made of sure rewrites (``repair-…`` kinds: French dates in a
    pattern field, percentages, spaces…) also rewrites, the same way, the faulty values it
    has not met yet: next month's new dates are put right like this month's.
    """
    result = frame.copy()
    changed = 0
    skipped: list[CellEdit] = []
    for edit in edits:
        if edit.field not in result.columns:
            if isinstance(edit, CellEdit):
                skipped.append(edit)
            continue
        column = list(result.columns).index(edit.field)
        if isinstance(edit, CellEdit):
            index = edit.row - 2
            if 0 <= index < len(result) and str(result.iat[index, column]) == edit.before:
                result.iat[index, column] = edit.after
                changed += 1
            else:
                skipped.append(edit)
        else:
            values = result[edit.field].astype(str)
            replacements = dict(edit.replacements)
            if schema is not None:
                replacements.update(rewritten_again(edit, values, schema))
            hit = values.isin(list(replacements))
            result.loc[hit, edit.field] = values[hit].map(replacements)
            changed += int(hit.sum())
    return ReplayOutcome(result, changed, tuple(skipped))


def rewritten_again(edit: FixEdit, values: pd.Series, schema: TableSchema) -> dict[str, str]:
    """The faulty values a fix of sure rewrites has not met, rewritten by the same rewrites."""
    kinds = {kind for kind in edit.kinds if kind.startswith("repair-")}
    if not kinds or edit.field not in schema.field_names:
        return {}
    field = schema.field_named(edit.field)
    distinct = [v for v in pd.unique(values) if v and v not in edit.replacements]
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
