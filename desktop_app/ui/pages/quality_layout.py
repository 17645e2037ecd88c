"""The widgets of the Qualité step, laid out: summary and chart, table, side panel, actions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.preparation.quality import QualityResult
from desktop_app.core.validation.engine import FIRST_DATA_ROW
from desktop_app.texts.problem_groups import group_heading
from desktop_app.ui.palette import tones
from desktop_app.ui.screen_fit import HOLDS_DATA
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.problem_chart import ProblemChart
from desktop_app.ui.widgets.problem_group_panel import ProblemGroupPanel

PLACE_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def _button(texts: Texts, code: str) -> QPushButton:
    button = QPushButton(texts(code))
    button.setAccessibleName(texts(code).replace("&", ""))
    return button


class QualityWidgets(QWidget):
    """Everything the Qualité page shows; the page connects and fills it."""

    def __init__(self, texts: Texts, rows: QAbstractItemModel, undo_stack: QUndoStack) -> None:
        super().__init__()
        t = self._texts = texts
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size:14px;")
        self.stale_label = QLabel(t("quality-stale"))
        shades = tones(self.palette())
        self.stale_label.setStyleSheet(f"color:{shades.advice_text};font-weight:600;")
        self.stale_label.hide()
        self.groups = QListWidget()
        self.groups.setWordWrap(True)
        self.groups.setSpacing(3)
        self.groups.setAlternatingRowColors(True)
        self.groups.setAccessibleName(t("quality-groups"))
        self.chart = ProblemChart()
        self.chart.setAccessibleName(t("quality-chart"))
        self.only_problems = QCheckBox(t("quality-only-problems"))
        self.undo_button = _button(t, "quality-undo")
        self.redo_button = _button(t, "quality-redo")
        self.fix_button = _button(t, "quality-fix")
        self.recheck_button = _button(t, "quality-recheck")
        self.export_button = _button(t, "quality-export")
        self.find_button = _button(t, "quality-find-replace")
        self.fill_down_button = _button(t, "quality-fill-down")
        self.fill_down_button.setToolTip(t("quality-fill-down-tip"))
        self.share_label = QLabel()
        self.share_label.setWordWrap(True)
        self.group_panel = ProblemGroupPanel(t)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.clicked.connect(undo_stack.undo)
        self.redo_button.clicked.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.table = QTableView()
        self.table.setProperty(HOLDS_DATA, True)  # the agent's cells, cut as in Excel
        self.table.setModel(rows)
        self.table.setAccessibleName(t("quality-table"))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.cell_panel = QLabel(t("quality-cell-none"))
        self.cell_panel.setWordWrap(True)
        self.cell_panel.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cell_panel.setAccessibleName(t("quality-cell-panel"))
        self.cell_panel.setMinimumWidth(160)
        self._lay_out()

    def _lay_out(self) -> None:
        t = self._texts
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_boxed(t("quality-groups"), self.groups), 3)
        left_layout.addWidget(_boxed(t("quality-chart"), self.chart), 0)
        # The checking tools on the left, the editing tools on the right; on a narrow page
        # (1366×768 at 125 %) the editing tools go under the others rather than be cut.
        self._tools = (
            (self.fix_button, self.recheck_button, self.export_button),
            (self.undo_button, self.redo_button, self.find_button, self.fill_down_button),
        )
        actions = QGridLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        self._actions = actions
        self._two_rows: bool | None = None
        self._place_tools(two_rows=False)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.only_problems)
        centre_layout.addWidget(self.table, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_scrolled(_boxed(t("group-panel-title"), self.group_panel)))
        right.addWidget(_scrolled(_boxed(t("quality-cell-panel"), self.cell_panel)))
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setSizes([400, 100])
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([250, 420, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.share_label)
        layout.addWidget(self.stale_label)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        for first, second in (
            (self.fix_button, self.recheck_button),
            (self.recheck_button, self.export_button),
            (self.export_button, self.undo_button),
            (self.undo_button, self.redo_button),
            (self.redo_button, self.find_button),
            (self.find_button, self.fill_down_button),
            (self.fill_down_button, self.groups),
            (self.groups, self.only_problems),
            (self.only_problems, self.table),
        ):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put the editing tools on a row of their own when one row cannot hold them all."""
        super().resizeEvent(event)
        spacing = self._actions.horizontalSpacing() or 6
        needed = sum(b.sizeHint().width() + spacing for group in self._tools for b in group)
        self._place_tools(two_rows=self.width() < needed)

    def _place_tools(self, *, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        checking, editing = self._tools
        while self._actions.count():
            item = self._actions.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.deleteLater()  # the old rows only: their buttons move to the new ones
        left, right = _tools_row(checking), _tools_row(editing)
        self._actions.addWidget(left, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self._actions.addWidget(right, 1 if two_rows else 0, 0 if two_rows else 1)
        self._actions.setAlignment(
            right, Qt.AlignmentFlag.AlignLeft if two_rows else Qt.AlignmentFlag.AlignRight
        )
        self._actions.setColumnStretch(1, 0 if two_rows else 1)

    def show_result(
        self,
        result: QualityResult,
        problem_rows: int,
        labels: dict[str, str],
        share_before: float,
    ) -> None:
        """Show a check's summary, its groups (agent's titles), the chart and the sure fixes.

        ``labels`` gives the agent's own title of each field's column; ``share_before`` the
        share of conforming rows at the first check of this table.
        """
        t = self._texts
        index = result.index
        if index.count == 0:
            self.summary.setText(t.of("quality-none", rows=index.check.rows))
        else:
            self.summary.setText(
                t.of(
                    "quality-summary", count=index.count, rows=problem_rows, total=index.check.rows
                )
            )
        self.share_label.setText(
            t.of("quality-share", share=result.share, share_before=share_before)
            if share_before != result.share
            else t.of("quality-share-first", share=result.share)
        )
        self.groups.clear()
        for group in result.groups:
            label = labels.get(group.field or "") if group.field else None
            words = group_heading(
                cells=group.cells,
                field=group.field,
                label=label,
                kind=group.kind,
                whole_row=group.first_row is not None,
                lang=t.lang,
            )
            item = QListWidgetItem(words)
            item.setToolTip(group.field or "")
            item.setData(GROUP_ROLE, result.groups.index(group))
            if group.first_row is not None:
                item.setData(PLACE_ROLE, (group.first_row - FIRST_DATA_ROW, group.field or ""))
            self.groups.addItem(item)
        counts: dict[str, int] = {}
        for group in result.groups:
            if group.field is not None:
                name = labels.get(group.field) or group.field
                counts[name] = counts.get(name, 0) + group.cells
        self.chart.set_counts(counts)
        self.export_button.setEnabled(index.count > 0)

    def show_fixable(self, cells: int) -> None:
        """Say how many cells the one-click fix would correct (greyed when none)."""
        t = self._texts
        self.fix_button.setText(
            t.of("quality-fix-count", count=cells) if cells else t("quality-fix")
        )
        self.fix_button.setEnabled(cells > 0)

    def show_stale(self, stale: bool) -> None:
        """Say whether the agent must check again before going on."""
        self.stale_label.setVisible(stale)

    def show_cell_problems(self, messages: list[str]) -> None:
        """Show the selected cell's problems in the side panel."""
        text = "\n\n".join(messages) if messages else self._texts("quality-cell-none")
        self.cell_panel.setText(text)

    @staticmethod
    def group_of(item: QListWidgetItem) -> int | None:
        """The position of a list item's group in the last result."""
        number = item.data(GROUP_ROLE)
        return None if number is None else int(number)

    @staticmethod
    def place_of(item: QListWidgetItem) -> tuple[int, str] | None:
        """The (data row, field) of a group's first problem."""
        place = item.data(PLACE_ROLE)
        return (int(place[0]), str(place[1])) if place else None


def _tools_row(buttons: tuple[QPushButton, ...]) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button)
    return row


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The texts wrap to the panel's width: never a sideways scroll.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _boxed(title: str, content: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(content)
    return box
