"""Step 5, "Données personnelles": what the scan found, and the agent's decision for each.

The scan runs in the background on the table as it will be published. Nothing goes on until
every finding has a decision; the decisions are recorded (who, when) in the state and are
applied to the copy that will be published, never to the agent's file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from desktop_app.core import clock
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.preparation.preparation import scan_for_privacy
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.masking import mask
from desktop_app.core.privacy.model import PrivacyFinding, PrivacyScan
from desktop_app.core.privacy.remedies import undecided
from desktop_app.ui.models.privacy_model import DECISION, EXAMPLES, PrivacyFindingsModel
from desktop_app.ui.models.scanned_table import ScannedTableModel
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from desktop_app.ui.widgets.privacy_decision import DecisionPanel

LISTED_CELLS = 500  # cells listed for one finding; all of them are counted and remedied
PREVIEW_SIZING_ROWS = 50  # rows measured to size the table's columns (all would be slow)
PREVIEW_COLUMN_MAX = 240


class PrivacyPage(StepPage):
    """Lists the findings with masked examples; Next waits for a decision on each."""

    step_key = "privacy"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        t = self.texts
        self.scan: PrivacyScan | None = None
        self.decisions: dict[str, PrivacyDecision] = {}
        self._scanned_for: tuple[Any, ...] | None = None
        self._kept: dict[str, PrivacyDecision] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size:14px;")
        self.suggested_button = QPushButton(t("privacy-take-suggested"))
        self.suggested_button.setAccessibleName(t("privacy-take-suggested").replace("&", ""))
        self.model = PrivacyFindingsModel(t)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("privacy-table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long examples (addresses) wrap in the room left: the decision stays in sight.
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Fixed)  # _fit_columns
        header.setStretchLastSection(False)
        self.panel = DecisionPanel(t)
        self.preview_model = ScannedTableModel()
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(t("privacy-preview"))
        self.preview.setToolTip(t("privacy-preview"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setResizeContentsPrecision(PREVIEW_SIZING_ROWS)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.suggested_button)
        self.body.addLayout(top)
        self.body.addWidget(split, 1)
        self.setTabOrder(self.suggested_button, self.table)
        self.setTabOrder(self.table, self.panel)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.panel.decided.connect(self._on_panel_decided)
        self.panel.cell_picked.connect(self._on_panel_cell_picked)
        self.suggested_button.clicked.connect(self.take_suggested)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self._show_summary()

    def _data_key(self) -> tuple[Any, ...]:
        state = self.state
        return (id(state.prepared), id(state.table), state.edits)

    def initializePage(self) -> None:
        """Scan the table to publish (again only if it changed), keep the decisions that fit."""
        state = self.state
        key = self._data_key()
        if self.scan is not None and key == self._scanned_for:
            return
        self._scanned_for = key
        self._show_table()
        self._show(None, {decision.finding: decision for decision in state.privacy})
        self.tasks.run(
            "step-privacy-scanning",
            scan_for_privacy,
            state.prepared,
            state.edits,
            state.table,
        )

    def show_scan(self, scan: PrivacyScan) -> None:
        """Show a scan of the state's data made elsewhere (a project being opened).

        The opening scanned what would be published in its own task: the page takes that
        scan as its own, with the state's decisions, and does not scan the same data again.
        """
        self._scanned_for = self._data_key()
        self._show_table()
        self._show(scan, {decision.finding: decision for decision in self.state.privacy})

    def isComplete(self) -> bool:
        """Next once the scan is done and every finding has a usable decision."""
        if self.runner.busy or self.scan is None:
            return False
        return not undecided(self.scan.findings, self.decisions.values())

    def keep_pending(self) -> bool:
        """Keep the decisions taken since « Suivant », even if some findings still wait."""
        scan = self.scan
        if scan is None or self._scanned_for != self._data_key():
            return False  # a scan of other data, or none: its decisions do not apply here
        decisions = [self.decisions[f.key] for f in scan.findings if f.key in self.decisions]
        if decisions == self.state.privacy:
            return False
        self.state.privacy_scan = scan
        self.state.privacy = decisions
        return True

    def validatePage(self) -> bool:
        """Record the scan and the decisions (in the findings' order) in the state."""
        if not self.isComplete() or self.scan is None:
            return False
        self.state.privacy_scan = self.scan
        self.state.privacy = [self.decisions[finding.key] for finding in self.scan.findings]
        return True

    @property
    def waiting(self) -> tuple[PrivacyFinding, ...]:
        """The findings still waiting for a decision."""
        return () if self.scan is None else undecided(self.scan.findings, self.decisions.values())

    def decide(
        self,
        finding: PrivacyFinding,
        remedy: Remedy,
        justification: str = "",
        options: dict[str, Any] | None = None,
    ) -> PrivacyDecision:
        """Record the agent's decision on a finding, with who decided and when."""
        decision = PrivacyDecision(
            finding=finding.key,
            column=finding.column,
            category=finding.category.value,
            remedy=remedy,
            justification=justification,
            decided_by=self.services.agent,
            decided_at=clock.now(),
            options=dict(options or {}),
        )
        self.decisions[finding.key] = decision
        self.state.privacy_reused.discard(finding.key)
        self.model.set_decisions(self.decisions, self.state.privacy_reused)
        self._fit_columns()
        self._fit_findings()  # a decision written on two lines makes its row taller
        self._show_summary()
        self.completeChanged.emit()
        return decision

    def take_suggested(self) -> None:
        """Decide every waiting finding as advised; keeping is advised with its reason."""
        for finding in self.waiting:
            if finding.suggested is not Remedy.KEEP:
                self.decide(finding, finding.suggested)
            elif finding.advised_reason:
                self.decide(finding, Remedy.KEEP, finding.advised_reason)
        self._show_current()

    def select(self, row: int) -> None:
        """Show the finding on a row of the list in the decision panel."""
        self.table.selectRow(row)

    def _show(self, scan: PrivacyScan | None, decisions: dict[str, PrivacyDecision]) -> None:
        self._kept = decisions
        self.scan = scan
        keys = set() if scan is None else {finding.key for finding in scan.findings}
        self.decisions = {key: decision for key, decision in decisions.items() if key in keys}
        self.model.show(scan, self.decisions, self.state.privacy_reused)
        self._fit_columns()
        self._fit_findings()
        self._show_summary()
        if scan is not None and scan.findings:
            first_waiting = self.waiting[0] if self.waiting else scan.findings[0]
            self.select(scan.findings.index(first_waiting))
        else:
            self.panel.show_finding(None, None, [])
        self.completeChanged.emit()

    def showEvent(self, event: QShowEvent) -> None:
        """Size the findings list to its rows once the page has its room."""
        super().showEvent(event)
        self._fit_columns()
        self._fit_findings()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the list's width again: the examples keep their room."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """A long decision wraps within a quarter of the list: the masked examples stay seen.

        At 125 % on a 1366×768 screen, « Remplacer ces passages par … » sized to its text
        took the whole width and left the examples a few pixels.
        """
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        wanted = max(self.table.sizeHintForColumn(DECISION), header.sectionSizeHint(DECISION))
        if room > 0:
            header.resizeSection(
                DECISION, min(wanted, max(room // 4, header.sectionSizeHint(DECISION)))
            )
        self.table.resizeRowsToContents()

    def _fit_findings(self) -> None:
        """Give the findings list the room its rows need (at most a third), the rest below.

        On a 1366×768 screen every line counts: two findings in a list a third of the page
        high left the decision's reasons a few cut lines.
        """
        total = sum(self.split.sizes())
        if total <= 0:
            return
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(self.model.rowCount()))
        rows = max(rows, 2 * table.verticalHeader().defaultSectionSize())
        wanted = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
        top = min(wanted, total // 3)
        decision = (total - top) * 3 // 5
        self.split.setSizes([top, decision, total - top - decision])

    def _show_summary(self) -> None:
        t = self.texts
        scan = self.scan
        self.suggested_button.setEnabled(bool(self.waiting))
        if scan is None:
            self.summary.setText(t("privacy-scanning") if self.runner.busy else "")
        elif not scan.findings:
            self.summary.setText(t.of("privacy-none", rows=scan.rows))
        elif self.waiting:
            self.summary.setText(
                t.of("privacy-waiting", count=len(self.waiting), total=len(scan.findings))
            )
        else:
            self.summary.setText(t.of("privacy-all-decided", count=len(scan.findings)))

    def _show_table(self) -> None:
        """The table the scan reads, shown below for the agent to check a flagged cell."""
        state = self.state
        prepared: PreparedTable | None = state.prepared
        if prepared is not None:
            frame = prepared.frame
            names = [str(name) for name in frame.columns]
            titles = [_field_title(prepared, name) for name in names]
            self.preview_model.show(frame, names, prepared.row_numbers, titles)
        elif state.table is not None:
            table = state.table
            self.preview_model.show(
                table.text,
                [column.name for column in table.columns],
                table.row_numbers,
                [column.label or column.name for column in table.columns],
            )
        else:
            self.preview_model.show(None, [], None)
        # Each column as wide as its title and first cells need, within bounds: the titles
        # were cut at the default width (« eferenceDecision »).
        self.preview.resizeColumnsToContents()
        header = self.preview.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), PREVIEW_COLUMN_MAX))

    def _flagged_cells(self, finding: PrivacyFinding) -> list[tuple[int, str]]:
        """Each flagged cell: its row, and its line with its masked value."""
        if self.scan is None or finding.scope == "column":
            return []
        line = self.preview_model.line
        if finding.scope == "cells":
            return [
                (cell.row, self.texts.of("privacy-cell", row=line(cell.row), example=cell.example))
                for cell in self.scan.cells
                if cell.column == finding.column and cell.category is finding.category
            ][:LISTED_CELLS]
        column = self.preview_model.column_of(finding.column)
        shown = []
        for row in finding.rows[:LISTED_CELLS]:
            value = self.preview_model.index(row, column).data() if column >= 0 else ""
            example = mask(str(value or ""), finding.category)
            shown.append((row, self.texts.of("privacy-cell", row=line(row), example=example)))
        return shown

    def _current(self) -> PrivacyFinding | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.finding(rows[0].row()) if rows else None

    def _show_current(self) -> None:
        finding = self._current()
        if finding is None:
            self.panel.show_finding(None, None, [])
            return
        decision = self.decisions.get(finding.key)
        prepared = self.state.prepared
        titles = {}
        if prepared is not None:
            titles = {name: _field_title(prepared, name) for name in prepared.schema.field_names}
        self.panel.show_finding(finding, decision, self._flagged_cells(finding), titles)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        del selected
        self._show_current()

    @Slot(object, str, object)
    def _on_panel_decided(self, remedy: Remedy, justification: str, options: object) -> None:
        finding = self._current()
        if finding is None:
            return
        previous = self.decisions.get(finding.key)
        chosen = dict(options) if isinstance(options, dict) else {}
        if previous is not None and (previous.remedy, previous.justification, previous.options) == (
            remedy,
            justification,
            chosen,
        ):
            return
        self.decide(finding, remedy, justification, chosen)

    @Slot(int)
    def _on_panel_cell_picked(self, row: int) -> None:
        finding = self._current()
        column = -1 if finding is None else self.preview_model.column_of(finding.column)
        if column < 0:
            return
        index = self.preview_model.index(row, column)
        self.preview.setCurrentIndex(index)
        self.preview.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, PrivacyScan):
            self._show(result, self._kept)


def _field_title(prepared: PreparedTable, name: str) -> str:
    """What the agent calls a field: their column's title, else the schema's title for it."""
    column = prepared.mapping.for_field(name).column
    if column:
        return column
    found = next((field for field in prepared.schema.fields if field.name == name), None)
    return (found.title if found is not None else "") or name
