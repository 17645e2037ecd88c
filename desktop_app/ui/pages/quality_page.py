"""Step 4, "Qualité": the problems found, the table to correct them, one-click fixes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.validation.engine import FIRST_DATA_ROW
from desktop_app.ui.edit_commands import CellChange, CorrectCells
from desktop_app.ui.models.problem_rows_filter import ProblemRowsFilter
from desktop_app.ui.models.quality_model import QualityTableModel
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.quality_layout import QualityWidgets
from desktop_app.ui.services import Services
from desktop_app.ui.state import CellEdits, WizardState
from desktop_app.workers.problem_export import export_problems
from desktop_app.workers.quality import QualityResult, check_quality, edited_copy


class QualityPage(StepPage):
    """Checks the prepared table in the background and lets the agent correct it, with undo."""

    step_key = "quality"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.prepared: PreparedTable | None = None
        self.edits = CellEdits()
        self.result: QualityResult | None = None
        self.undo_stack = QUndoStack(self)
        self._checked_at = 0
        self.model = QualityTableModel(self.texts)
        self.rows_filter = ProblemRowsFilter(self.model)
        self.ui = QualityWidgets(self.texts, self.rows_filter, self.undo_stack)
        self.body.addWidget(self.ui, 1)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.ui.only_problems.toggled.connect(self.rows_filter.set_only_problems)
        self.ui.recheck_button.clicked.connect(self.recheck)
        self.ui.fix_button.clicked.connect(self.apply_fixes)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        self.ui.groups.itemActivated.connect(self._on_groups_item_activated)
        self.ui.groups.itemClicked.connect(self._on_groups_item_activated)
        self.ui.table.selectionModel().currentChanged.connect(self._on_table_current_changed)
        self.ui.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.ui.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.runner.succeeded.connect(self._on_runner_succeeded)

    def applies(self) -> bool:
        """Nothing to check against without a schema."""
        return not self.state.without_schema

    @property
    def stale(self) -> bool:
        """Whether the agent corrected cells since the last check."""
        return self.undo_stack.index() != self._checked_at

    def initializePage(self) -> None:
        """Check the state's prepared table (once per table), corrections included."""
        state = self.state
        if state.prepared is None:
            return
        if state.prepared is not self.prepared:
            self.prepared = state.prepared
            self.edits = CellEdits(dict(state.edits.values))
            self.undo_stack.clear()
            self._checked_at = 0
            self.result = None
            # The table appears with the check's result, not before: painting a million-row
            # table while the check runs would make the window wait for the worker's turns.
            self.model.show(None, self.edits, None)
            self.recheck()

    def isComplete(self) -> bool:
        """Next once the table as corrected has been checked."""
        return not self.runner.busy and self.result is not None and not self.stale

    def validatePage(self) -> bool:
        """Keep the corrections and the check that goes with them."""
        if self.result is None or self.stale:
            return False
        self.state.edits = self.edits
        self.state.check = self.result.index.check
        return True

    def recheck(self) -> None:
        """Check the table again, with the corrections made so far."""
        if self.prepared is None:
            return
        self._checked_at = self.undo_stack.index()
        self.tasks.run("step-validating", check_quality, self.prepared, dict(self.edits.values))
        self.completeChanged.emit()

    def correct(self, row: int, field_name: str, text: str) -> None:
        """Correct one cell (data row, field), undoably."""
        change = CellChange(row, field_name, self.edits.get(row, field_name), text)
        label = self.texts.of("undo-edit", field=field_name)
        self.undo_stack.push(CorrectCells(self.edits, self.model, [change], label))

    def apply_fixes(self) -> None:
        """Accept every sure correction the last check proposed, as one undoable step."""
        if self.result is None or self.prepared is None:
            return
        columns = list(self.prepared.frame.columns)
        changes = []
        for proposal in self.result.fixes:
            column = columns.index(proposal.field)
            for number in proposal.rows.tolist():
                row = number - FIRST_DATA_ROW
                after = proposal.replacements.get(self.model.text(row, column))
                if after is not None:
                    before = self.edits.get(row, proposal.field)
                    changes.append(CellChange(row, proposal.field, before, after))
        if changes:
            label = self.texts.of("undo-fixes", count=len(changes))
            self.undo_stack.push(CorrectCells(self.edits, self.model, changes, label))

    def export_to(self, path: Path) -> None:
        """Write the problem list of the last check to an XLSX workbook, in the background."""
        if self.result is None or self.prepared is None:
            return
        shaped = edited_copy(self.prepared, dict(self.edits.values))
        self.tasks.run(
            "step-exporting", export_problems, self.result.index, shaped, path, self.texts.lang
        )

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path = self.services.dialogs.ask_export_file(self, self.texts("export-default-name"))
        if path is not None:
            self.export_to(path)

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, QualityResult):
            self.result = result
            self.model.show(self.prepared, self.edits, result.index)
            self.rows_filter.set_only_problems(self.ui.only_problems.isChecked())
            self.ui.show_result(result, len(result.index.problem_rows()))
            if not self.ui.table.currentIndex().isValid() and self.ui.groups.count():
                self.ui.groups.setCurrentRow(0)
                self._on_groups_item_activated(self.ui.groups.item(0))
        elif isinstance(result, Path):
            self.tasks.banner.show_message(
                "export-done",
                self.texts.of("export-done", file=str(result)),
                level="info",
                retry=False,
            )
        self._refresh()

    @Slot(int, str, str)
    def _on_model_edit_requested(self, row: int, field_name: str, text: str) -> None:
        self.correct(row, field_name, text)

    @Slot(int)
    def _on_undo_stack_index_changed(self, index: int) -> None:
        del index
        self._refresh()

    def _refresh(self) -> None:
        self.ui.show_stale(self.stale and not self.runner.busy)
        self.completeChanged.emit()

    @Slot(QListWidgetItem)
    def _on_groups_item_activated(self, item: QListWidgetItem) -> None:
        place = self.ui.place_of(item)
        if place is None or self.prepared is None:
            return
        row, field_name = place
        columns = list(self.prepared.frame.columns)
        column = columns.index(field_name) if field_name in columns else 0
        index = self.rows_filter.mapFromSource(self.model.index(row, column))
        if index.isValid():
            self.ui.table.setCurrentIndex(index)
            self.ui.table.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        source = self.rows_filter.mapToSource(current)
        problems = self.model.problems
        if not source.isValid() or problems is None:
            self.ui.show_cell_problems([])
            return
        found = problems.at(source.row(), source.column())
        self.ui.show_cell_problems([self.texts(p.message, p.params) for p in found])
