"""The agent's corrections in the Qualité table, as undoable commands."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

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
    """Corrects one cell (typing) or many (a one-click fix); undo puts them back."""

    def __init__(
        self,
        edits: CellEdits,
        model: QualityTableModel,
        changes: list[CellChange],
        text: str,
    ) -> None:
        super().__init__(text)
        self._edits = edits
        self._model = model
        self._changes = changes

    def redo(self) -> None:
        """Apply the corrections."""
        for change in self._changes:
            self._edits.put(change.row, change.field, change.after)
            self._model.cell_changed(change.row, change.field)

    def undo(self) -> None:
        """Put the cells back as they were."""
        for change in reversed(self._changes):
            self._edits.put(change.row, change.field, change.before)
            self._model.cell_changed(change.row, change.field)
