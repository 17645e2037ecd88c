"""The agent's corrections in the Qualité table, as undoable commands over the edit history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.core.preparation.edits import Edit, EditHistory


class EditedTable(Protocol):
    """What keeps the history of corrections and shows it (the Qualité page)."""

    @property
    def history(self) -> EditHistory:
        """The corrections made so far."""
        ...

    def show_history(self, history: EditHistory) -> None:
        """Keep and show a new history of corrections."""
        ...


class RecordEdits(QUndoCommand):
    """One correction (a cell typed) or several made together (fixes); undo takes them back.

    The QUndoStack and the EditHistory move together: the stack's undo is the history's.
    """

    def __init__(self, table: EditedTable, edits: Sequence[Edit], text: str) -> None:
        super().__init__(text)
        self._table = table
        self._edits = tuple(edits)
        self._done = False

    def redo(self) -> None:
        """Make the corrections (again, after an undo)."""
        history = self._table.history
        for edit in self._edits:
            history = history.redone() if self._done else history.added(edit)
        self._done = True
        self._table.show_history(history)

    def undo(self) -> None:
        """Take the corrections back."""
        history = self._table.history
        for _ in self._edits:
            history = history.undone()
        self._table.show_history(history)
