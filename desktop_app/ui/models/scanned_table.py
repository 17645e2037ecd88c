"""The table the personal-data scan read, for the agent to check a flagged cell in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.validation.engine import FIRST_DATA_ROW

Index = QModelIndex | QPersistentModelIndex


class ScannedTableModel(QAbstractTableModel):
    """Read-only adapter over a frame of text: the copy to publish, or the agent's table.

    Rows are headed by their line in the agent's spreadsheet, as the findings name them.
    """

    def __init__(self) -> None:
        super().__init__()
        self._frame: pd.DataFrame | None = None
        self._names: list[str] = []
        self._titles: list[str] = []
        self._lines: npt.NDArray[np.int64] | None = None

    def show(
        self,
        frame: pd.DataFrame | None,
        names: Sequence[str],
        lines: npt.NDArray[np.int64] | None,
        titles: Sequence[str] = (),
    ) -> None:
        """Show another table (None: nothing) whose columns are ``names``, in order.

        ``titles`` head the columns in the agent's words (their column's title, not a schema
        field's code, which is then given when pointing at the title); by default the names.
        """
        self.beginResetModel()
        self._frame = frame
        self._names = list(names)
        self._titles = list(titles) if len(titles) == len(self._names) else list(names)
        self._lines = lines
        self.endResetModel()

    def column_of(self, name: str) -> int:
        """The position of a column by its name, or -1."""
        return self._names.index(name) if name in self._names else -1

    def line(self, row: int) -> int:
        """The line of the agent's spreadsheet a 0-based row comes from."""
        if self._lines is not None and 0 <= row < len(self._lines) and self._lines[row] > 0:
            return int(self._lines[row])
        return row + FIRST_DATA_ROW

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() or self._frame is None else len(self._frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() or self._frame is None else len(self._names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text."""
        if self._frame is None or not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._frame.iat[index.row(), index.column()]
        return value if isinstance(value, str) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles across the top (names as tips), the spreadsheet's lines down the side."""
        if self._frame is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._names):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
            title, name = self._titles[section], self._names[section]
            if role == Qt.ItemDataRole.ToolTipRole:  # whole, where the column cuts it
                return title if title == name else f"{title} ({name})"
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(self.line(section)) if 0 <= section < len(self._frame) else None
