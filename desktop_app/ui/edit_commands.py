"""The agent's corrections in the Qualité table, as undoable commands."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from desktop_app.core.project.edits import FixEdit
from desktop_app.ui.models.quality_model import QualityTableModel
from desktop_app.ui.state import CellEdits


@dataclass(frozen=True)
class CellChange:
    """One cell's correction: its text before (None: as prepared) and after."""

    row: int
    field: str
    before: str | None
    after: str | None


class CorrectCells(QUndoCommand):
    """Corrects one cell (typing) or many (a fix for a group); undo puts them back.

    A fix for a whole group is also a rule on its column (``rules``, core ``FixEdit``s): it
    joins ``applied`` when done and leaves it when undone, so the project records the rule
    itself, to replay it on next month's rows.
    """

    def __init__(
        self,
        edits: CellEdits,
        model: QualityTableModel,
        changes: list[CellChange],
        text: str,
        *,
        rules: tuple[FixEdit, ...] = (),
        applied: list[FixEdit] | None = None,
    ) -> None:
        super().__init__(text)
        self._edits = edits
        self._model = model
        self._changes = changes
        self._rules = rules
        self._applied = applied if applied is not None else []

    def redo(self) -> None:
        """Apply the corrections."""
        for change in self._changes:
            self._edits.put(change.row, change.field, change.after)
        self._model.cells_changed({(change.row, change.field) for change in self._changes})
        self._applied.extend(self._rules)

    def undo(self) -> None:
        """Put the cells back as they were."""
        for change in reversed(self._changes):
            self._edits.put(change.row, change.field, change.before)
        self._model.cells_changed({(change.row, change.field) for change in self._changes})
        if self._rules:
            # Undo goes back in order: this command's rules are the last ones applied.
            del self._applied[-len(self._rules) :]
