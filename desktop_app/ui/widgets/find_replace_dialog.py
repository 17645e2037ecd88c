"""« Rechercher et remplacer » in one column, as in a spreadsheet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop_app.ui.texts import Texts


class FindReplaceDialog(QDialog):
    """The column (by the agent's title), the text to find, and its replacement."""

    def __init__(
        self, texts: Texts, columns: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts("find-title"))
        self.column = QComboBox()
        for field, title in columns:
            self.column.addItem(title, field)
        self.find_text = QLineEdit()
        self.replacement = QLineEdit()
        form = QFormLayout(self)
        form.addRow(texts("find-column"), self.column)
        form.addRow(texts("find-text"), self.find_text)
        form.addRow(texts("find-replacement"), self.replacement)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answer(self) -> tuple[str, str, str] | None:
        """(field, text to find, replacement), or None when there is nothing to find."""
        if not self.find_text.text():
            return None
        return str(self.column.currentData()), self.find_text.text(), self.replacement.text()
