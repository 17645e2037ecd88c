"""A drop-down list the agent can also type into, to find an entry among forty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

VISIBLE_ENTRIES = 12


class SearchableCombo(QComboBox):
    """A QComboBox whose entries are found by typing any part of them ("mens" → Mensuelle).

    Only its own entries can be chosen: a text that matches none goes back to the entry
    chosen before when the agent leaves the field.
    """

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(VISIBLE_ENTRIES)
        finder = QCompleter(self.model(), self)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(finder)
        line = self._line()
        line.setPlaceholderText(hint)
        line.editingFinished.connect(self._on_line_editing_finished)
        finder.activated.connect(self._on_finder_activated)

    @Slot(str)
    def _on_finder_activated(self, text: str) -> None:
        found = self.findText(text)
        if found >= 0:
            self.setCurrentIndex(found)

    @Slot()
    def _on_line_editing_finished(self) -> None:
        line = self._line()
        found = self.findText(line.text(), Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            self.setCurrentIndex(found)
        line.setText(self.itemText(self.currentIndex()))  # currentText() is the typed text

    def _line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # noqa: S101 (editable: Qt made it)
        return line
