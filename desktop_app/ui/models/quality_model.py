"""The Qualité table: the prepared table with the agent's corrections, faulty cells marked."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.validation.problems import ProblemIndex
from desktop_app.ui.palette import tones
from desktop_app.ui.texts import Texts

Index = QModelIndex | QPersistentModelIndex
_MARKED_ROLES = frozenset(
    (
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)


class QualityTableModel(QAbstractTableModel):
    """Adapter over a PreparedTable, the cells its corrections change, the last ProblemIndex.

    It never changes a value itself: an edit in the view is handed to the page as
    ``edit_requested``, which records it (with undo) in the edit history and
    calls ``cells_changed``.

    Signals:
        edit_requested(int, str, str): data row, field name, new text typed by the agent.
    """

    edit_requested = Signal(int, str, str)

    def __init__(self, texts: Texts) -> None:
        super().__init__()
        self._texts = texts
        shades = tones()
        self.faulty = QBrush(QColor(shades.faulty_cell))
        self.edited = QBrush(QColor(shades.edited_cell))
        self._cell_text = QBrush(QColor(shades.cell_text))
        self._prepared: PreparedTable | None = None
        self._edits: Mapping[tuple[int, str], str] = {}
        self._problems: ProblemIndex | None = None
        self._problem_rows: set[int] = set()

    def show(
        self,
        prepared: PreparedTable | None,
        edits: Mapping[tuple[int, str], str],
        problems: ProblemIndex | None,
    ) -> None:
        """Show a table, its corrections and the problems of its last check."""
        self.beginResetModel()
        self._prepared, self._edits, self._problems = prepared, edits, problems
        self._problem_rows = problems.problem_rows() if problems is not None else set()
        self.endResetModel()

    @property
    def problems(self) -> ProblemIndex | None:
        """The problems shown."""
        return self._problems

    def problem_rows(self) -> list[int]:
        """The data rows with a problem in the last check, in order."""
        return sorted(self._problem_rows)

    def row_has_problem(self, row: int) -> bool:
        """Whether a data row has a problem in the last check."""
        return row in self._problem_rows

    def field_name(self, column: int) -> str:
        """The schema field of a column ("" when no table is shown)."""
        return str(self._prepared.frame.columns[column]) if self._prepared is not None else ""

    def text(self, row: int, column: int) -> str:
        """A cell's text as it will be published (the agent's correction if any)."""
        if self._prepared is None:
            return ""
        name = self.field_name(column)
        edited = self._edits.get((row, name))
        return edited if edited is not None else str(self._prepared.frame.iat[row, column])

    def cells_changed(self, edits: Mapping[tuple[int, str], str]) -> None:
        """Show the cells the corrections now change (after an edit, undo or redo).

        One signal for all of them, over the rows and columns they span (a rule on a whole
        column would otherwise send one per cell).
        """
        before, self._edits = self._edits, edits
        if self._prepared is None:
            return
        touched = {key for key in before.keys() | edits.keys() if before.get(key) != edits.get(key)}
        columns = {name: place for place, name in enumerate(self._prepared.frame.columns)}
        places = [columns[name] for _, name in touched if name in columns]
        if places:
            rows = [row for row, _ in touched]
            self.dataChanged.emit(
                self.index(min(rows), min(places)), self.index(max(rows), max(places))
            )

    def column_texts(self, column: int) -> list[str]:
        """A whole column's texts as they will be published (corrections included)."""
        if self._prepared is None:
            return []
        name = self.field_name(column)
        texts = self._prepared.frame.iloc[:, column].astype(str).tolist()
        for (row, field_name), text in self._edits.items():
            if field_name == name:
                texts[row] = text
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of data rows."""
        if parent.isValid() or self._prepared is None:
            return 0
        return len(self._prepared.frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column per schema field."""
        if parent.isValid() or self._prepared is None:
            return 0
        return len(self._prepared.frame.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells can be corrected in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text; faulty cells in red with their message as tooltip; corrected cells in green."""
        if self._prepared is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column)
        if role not in _MARKED_ROLES:
            return None  # the view asks for many roles per painted cell: answer those fast
        problems = self._problems.cells.get((row, column)) if self._problems else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if problems:
                background = self.faulty
            elif (row, self.field_name(column)) in self._edits:
                background = self.edited
            else:
                return None
            # A coloured cell brings its text colour: the palette's may be white (dark mode).
            return background if role == Qt.ItemDataRole.BackgroundRole else self._cell_text
        if role == Qt.ItemDataRole.ToolTipRole and problems and self._problems is not None:
            words = [
                self._texts(problem.message, problem.params)
                for problem in self._problems.at(row, column)
            ]
            return "\n".join(words)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand the agent's typing to the page; the edit is recorded there, with undo."""
        if self._prepared is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        if text == self.text(index.row(), index.column()):
            return False
        self.edit_requested.emit(index.row(), self.field_name(index.column()), text)
        return True

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """The agent's column titles across the top, the agent's row numbers down the side.

        A column shows its title in the agent's file, and the schema field's name on
        pointing; a field with no column (empty, or a constant) shows the schema's title.
        """
        if self._prepared is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self._prepared.frame.columns
            if not 0 <= section < len(columns):
                return None
            name = str(columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return name
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            column = self._prepared.mapping.for_field(name).column
            return column or self._field_title(name)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(self._prepared.row_numbers):
            return str(int(self._prepared.row_numbers[section]))
        return None

    def _field_title(self, name: str) -> str:
        if self._prepared is None:
            return name
        try:
            return self._prepared.schema.field_named(name).label
        except KeyError:  # a column of the agent's kept beside the schema's fields
            return name
