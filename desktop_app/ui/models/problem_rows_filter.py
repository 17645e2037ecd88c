"""« Lignes avec problèmes seulement »: the Qualité table, every row or only the faulty ones.

A QSortFilterProxyModel would ask Python about each of a million rows at every check, which
froze the window for a second; this proxy maps rows through the sorted list of faulty rows
instead (or not at all when every row is shown), so a reset costs nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, Slot

from desktop_app.ui.models.quality_model import QualityTableModel

Index = QModelIndex | QPersistentModelIndex


class ProblemRowsFilter(QAbstractProxyModel):
    """Shows every row of a QualityTableModel, or only the rows with problems."""

    def __init__(self, source: QualityTableModel) -> None:
        super().__init__()
        self._quality = source
        self._rows: list[int] | None = None  # None: every row, in order
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self._on_source_about_to_be_reset)
        source.modelReset.connect(self._on_source_reset)
        source.dataChanged.connect(self._on_source_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)

    @property
    def only_problems(self) -> bool:
        """Whether only the rows with problems are shown."""
        return self._rows is not None

    def set_only_problems(self, only: bool) -> None:
        """Show only the rows with problems, or every row."""
        self.beginResetModel()
        self._rows = self._quality.problem_rows() if only else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows shown."""
        if parent.isValid():
            return 0
        return self._quality.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The source's columns."""
        return 0 if parent.isValid() else self._quality.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a shown cell."""
        if parent.isValid() or not (
            0 <= row < self.rowCount() and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """A table: no cell has a parent."""
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        """Another cell of the same table."""
        return self.index(row, column)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        """The source cell behind a shown cell."""
        if not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row() if self._rows is None else self._rows[proxy_index.row()]
        return self._quality.index(row, proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        """Where a source cell is shown (invalid when its row is filtered out)."""
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        if self._rows is not None:
            place = bisect_left(self._rows, row)
            if place == len(self._rows) or self._rows[place] != row:
                return QModelIndex()
            row = place
        return self.index(row, source_index.column())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """The source's headers; row numbers follow the rows shown."""
        if orientation == Qt.Orientation.Vertical and self._rows is not None:
            if not 0 <= section < len(self._rows):
                return None
            section = self._rows[section]
        return self._quality.headerData(section, orientation, role)

    @Slot()
    def _on_source_about_to_be_reset(self) -> None:
        self.beginResetModel()

    @Slot()
    def _on_source_reset(self) -> None:
        if self._rows is not None:
            self._rows = self._quality.problem_rows()
        self.endResetModel()

    @Slot(QModelIndex, QModelIndex, list)
    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            first = self.mapFromSource(self._quality.index(row, top_left.column()))
            last = self.mapFromSource(self._quality.index(row, bottom_right.column()))
            if first.isValid() and last.isValid():
                self.dataChanged.emit(first, last, roles)
