"""The schemas offered at the Schéma step: the best matches first, then the catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.ui.texts import Texts

Index = QModelIndex | QPersistentModelIndex
NAME_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SchemaRow:
    """One schema as listed: its name, title, description, and why it is suggested."""

    name: str
    title: str
    description: str
    reason: str = ""

    @property
    def suggested(self) -> bool:
        """Whether DataMairie suggests it for this file."""
        return bool(self.reason)


class SchemaListModel(QAbstractTableModel):
    """Adapter over a list of SchemaRow: title, then why it fits (suggestions only)."""

    def __init__(self, texts: Texts) -> None:
        super().__init__()
        self._texts = texts
        self._rows: list[SchemaRow] = []

    def set_rows(self, rows: list[SchemaRow]) -> None:
        """Show other schemas."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SchemaRow:
        """The schema shown on a row."""
        return self._rows[row]

    def row_of(self, name: str) -> int:
        """The row showing schema ``name``, or -1."""
        return next((i for i, item in enumerate(self._rows) if item.name == name), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of schemas shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Title and reason."""
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The schema's title (with its name), or why it is suggested; its description as tip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                star = "★ " if item.suggested else ""
                return f"{star}{item.title} ({item.name})"
            return item.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.description or None
        if role == NAME_ROLE:
            return item.name
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: self._texts("schema-col-title"), 1: self._texts("schema-col-reason")}.get(
            section
        )
