"""A read-only view of the table that was read, for the preview on the screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.sources import Table
from desktop_app.ui.texts import Texts

Index = QModelIndex | QPersistentModelIndex


class TablePreviewModel(QAbstractTableModel):
    """Adapter over a core ``Table``: cells as the agent sees them, sheet rows as row headers."""

    def __init__(self, texts: Texts, table: Table | None = None) -> None:
        super().__init__()
        self._texts = texts
        self._table = table

    def set_table(self, table: Table | None) -> None:
        """Show another table (or none)."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of data rows."""
        if parent.isValid() or self._table is None:
            return 0
        return self._table.row_count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, and where it came from as a tooltip."""
        if self._table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._table.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            origin = self._table.origin(row, column)
            if origin.sheet is None:
                return self._texts.of("cell-origin-text", row=origin.row, column=origin.column)
            return self._texts.of(
                "cell-origin", sheet=origin.sheet, row=origin.row, column=origin.column
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column names across the top, the sheet's row numbers down the side."""
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._table.columns):
                return self._table.columns[section].name
            return None
        if 0 <= section < self._table.row_count:
            return str(int(self._table.row_numbers[section]))
        return None
