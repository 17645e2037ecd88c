"""Step 4, "Qualité": the problems by group, a remedy for each group, and an honest gate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop_app.core.clock import timestamp
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.preparation.edits import CellEdit, Edit, EditHistory, changed_cells
from desktop_app.core.preparation.quality import (
    OFFERED_GROUPS,
    QualityResult,
    check_quality,
    offers_for,
)
from desktop_app.core.project.conformity import decision_for
from desktop_app.core.project.model import ConformityDecision
from desktop_app.core.validation.remedies import (
    Remedy,
    find_and_replace,
    percent_fields,
)
from desktop_app.ui.edit_commands import RecordEdits
from desktop_app.ui.models.problem_rows_filter import ProblemRowsFilter
from desktop_app.ui.models.quality_model import QualityTableModel
from desktop_app.ui.pages import quality_tools as tools
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.quality_layout import QualityWidgets
from desktop_app.ui.services import Services
from desktop_app.ui.state import CONFORMITY, WizardState
from desktop_app.workers.problem_export import export_problems

FIRST_ROW = 2  # a data row's number in the published file (the header is row 1)


class QualityPage(StepPage):
    """Checks the prepared table in the background and lets the agent settle each group."""

    step_key = "quality"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.prepared: PreparedTable | None = None
        self._history = EditHistory()
        self._cells: dict[tuple[int, str], str] = {}
        self.result: QualityResult | None = None
        self.remedies: list[Remedy] = []
        self.share_before = 1.0
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
        self.ui.find_button.clicked.connect(self._on_find_button_clicked)
        self.ui.fill_down_button.clicked.connect(self.fill_down)
        self.ui.groups.itemActivated.connect(self._on_groups_item_activated)
        self.ui.groups.itemClicked.connect(self._on_groups_item_activated)
        self.ui.group_panel.remedy_chosen.connect(self._on_group_panel_remedy_chosen)
        self.ui.table.selectionModel().currentChanged.connect(self._on_table_current_changed)
        self.ui.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.ui.redo_button.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.fill_down_button.setShortcut(QKeySequence("Ctrl+D"))
        QShortcut(QKeySequence.StandardKey.Paste, self.ui.table, self.paste_clipboard)
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
            self._take_state()
            # The table appears with the check's result, not before: painting a million-row
            # table while the check runs would make the window wait for the worker's turns.
            self.model.show(None, self._cells, None)
            self.recheck()

    def show_check(self, result: QualityResult) -> None:
        """Show a check of the state's table made elsewhere (a project being opened).

        The opening checked the prepared table, corrections included, in its own task: the
        page shows that result as its own, and does not check the same data again.
        """
        if self.state.prepared is None:
            return
        self._take_state()
        self._on_runner_succeeded(result)

    def _take_state(self) -> None:
        """Start from the state's prepared table and corrections (none checked yet)."""
        state = self.state
        if state.prepared is None:
            return
        self.prepared = state.prepared
        self._history = state.edits
        self._cells = changed_cells(state.prepared.frame, state.edits.active, state.prepared.schema)
        self.undo_stack.clear()
        self._checked_at = 0
        self.result = None
        self.share_before = -1.0

    @property
    def history(self) -> EditHistory:
        """The agent's corrections so far on this page (kept in the state by Next)."""
        return self._history

    def show_history(self, history: EditHistory) -> None:
        """Keep a new history of corrections and show the cells it changes."""
        self._history = history
        if self.prepared is not None:
            self._cells = changed_cells(self.prepared.frame, history.active, self.prepared.schema)
            self.model.cells_changed(self._cells)

    def isComplete(self) -> bool:
        """Next once the table as corrected has been checked."""
        return not self.runner.busy and self.result is not None and not self.stale

    def validatePage(self) -> bool:
        """Keep the corrections; with problems left, go on only if the agent says so."""
        result = self.result
        if result is None or self.stale:
            return False
        count = result.index.count
        if count and not self._accepted(result):
            problems = self.texts.of(
                "gate-problems",
                count=count,
                rows=len(result.index.problem_rows()),
                total=result.index.check.rows,
            )
            if not self.services.dialogs.confirm_not_conforming(self, problems):
                return False
            self.accept_problems()
        if not count:
            self.state.extras.pop(CONFORMITY, None)
        self.state.edits = self._history
        self.state.check = result.index.check
        return True

    def keep_pending(self) -> bool:
        """Keep the corrections made since « Suivant » (the check no longer describes them)."""
        state = self.state
        if state.prepared is None or self.prepared is not state.prepared:
            return False
        if self._history == state.edits:
            return False
        state.edits = self._history
        state.forget_check()
        return True

    def accept_problems(self) -> None:
        """Record that the agent goes on with the problems of this very data."""
        if self.result is None:
            return
        decision = decision_for(self.result.index.check, self.result.fingerprint, now=timestamp())
        self.state.extras[CONFORMITY] = decision

    def _accepted(self, result: QualityResult) -> bool:
        decision = self.state.extras.get(CONFORMITY)
        return isinstance(decision, ConformityDecision) and decision.holds_for(
            result.fingerprint, result.index.count
        )

    def recheck(self) -> None:
        """Check the table again, with the corrections made so far."""
        if self.prepared is None:
            return
        self._checked_at = self.undo_stack.index()
        self.tasks.run(
            "step-validating",
            check_quality,
            self.prepared,
            self._history,
            self.state.commune,
        )
        self.completeChanged.emit()

    def correct(self, row: int, field_name: str, text: str) -> None:
        """Correct one cell (data row, field), undoably."""
        if self.prepared is None:
            return
        before = self.model.text(row, list(self.prepared.frame.columns).index(field_name))
        label = self.texts.of("undo-edit", field=field_name)
        self._push([CellEdit(field_name, row + FIRST_ROW, before, text)], label)

    def apply_remedies(self, remedies: list[Remedy], label: str) -> int:
        """Apply rules to whole columns as one undoable step, then check again."""
        if self.prepared is None:
            return 0
        columns = list(self.prepared.frame.columns)
        changed = 0
        rules: list[Edit] = []
        for remedy in remedies:
            texts = self.model.column_texts(columns.index(remedy.field))
            changed += len(remedy.changes(texts))
            rules.append(tools.rule_of(remedy, texts))
        if changed:
            self._push(rules, label)
            self.recheck()
        return changed

    def apply_fixes(self) -> None:
        """Apply every sure rewrite of every group (dates, numbers, spaces…) in one step."""
        if self.result is None or self.prepared is None:
            return
        chosen = list(self.result.automatic)
        self.apply_remedies(chosen, self.texts.of("undo-fixes", count=self.result.fixable))

    def apply_group_remedy(self, position: int) -> None:
        """Apply one of the chosen group's remedies (as previewed)."""
        if 0 <= position < len(self.remedies):
            remedy = self.remedies[position]
            label = self.texts.of("undo-remedy", field=remedy.field)
            self.apply_remedies([remedy], label)

    def fill_down(self) -> None:
        """Copy each selected column's first selected cell down the selection."""
        changes = tools.fill_down(self._selected(), self.model.text, self.model.field_name)
        self._push(changes, self.texts.of("undo-fill-down", count=len(changes)))

    def paste_clipboard(self) -> None:
        """Paste the clipboard into the selection: one value everywhere, or a block."""
        self.paste(QGuiApplication.clipboard().text())

    def paste(self, block: str) -> None:
        """Paste copied cells (tab- and line-separated) into the table's selection."""
        size = (self.model.rowCount(), self.model.columnCount())
        changes = tools.paste(block, self._selected(), size, self.model.text, self.model.field_name)
        self._push(changes, self.texts.of("undo-paste", count=len(changes)))

    def find_replace(self, field_name: str, find: str, replace: str) -> int:
        """Replace a text inside one column's cells, as one undoable step."""
        rule = find_and_replace(field_name, self._column(field_name), find, replace)
        return self.apply_remedies([rule], self.texts.of("undo-replace", field=field_name))

    def export_to(self, path: Path) -> None:
        """Write the problem list of the last check to an XLSX workbook, in the background."""
        if self.result is None or self.prepared is None:
            return
        # The table the problems were found in (their rows are its rows), as the check kept it.
        self.tasks.run(
            "step-exporting",
            export_problems,
            self.result.index,
            self.result.checked,
            path,
            self.texts.lang,
        )

    def labels(self) -> dict[str, str]:
        """What the agent calls each field: their column's title, else the schema's title.

        A field with no column of the agent's file (left empty, or filled by a constant)
        is named by the schema's title, as on Correspondance, not by its bare code.
        """
        if self.prepared is None:
            return {}
        mapping = self.prepared.mapping
        found = {}
        for field in self.prepared.schema.fields:
            label = mapping.for_field(field.name).column or field.title
            if label:
                found[field.name] = label
        return found

    def _push(self, edits: Sequence[Edit], label: str) -> None:
        if edits:
            self.undo_stack.push(RecordEdits(self, edits, label))

    def _selected(self) -> list[tuple[int, int]]:
        cells = []
        for index in self.ui.table.selectionModel().selectedIndexes():
            source = self.rows_filter.mapToSource(index)
            if source.isValid():
                cells.append((source.row(), source.column()))
        return cells

    def _column(self, field_name: str) -> list[str]:
        if self.prepared is None:
            return []
        return self.model.column_texts(list(self.prepared.frame.columns).index(field_name))

    def _percents(self) -> frozenset[str]:
        return frozenset() if self.prepared is None else percent_fields(self.prepared.conversions)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path = self.services.dialogs.ask_export_file(self, self.texts("export-default-name"))
        if path is not None:
            self.export_to(path)

    @Slot()
    def _on_find_button_clicked(self) -> None:
        if self.prepared is None:
            return
        labels = self.labels()
        columns = [(name, labels.get(name, name)) for name in self.prepared.schema.field_names]
        answer = self.services.dialogs.ask_find_replace(self, columns)
        if answer is not None:
            self.find_replace(*answer)

    @Slot(int)
    def _on_group_panel_remedy_chosen(self, position: int) -> None:
        self.apply_group_remedy(position)

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, QualityResult):
            self.result = result
            if self.share_before < 0:
                self.share_before = result.share
            self.model.show(self.prepared, self._cells, result.index)
            self.rows_filter.set_only_problems(self.ui.only_problems.isChecked())
            self.ui.show_result(
                result, len(result.index.problem_rows()), self.labels(), self.share_before
            )
            self._show_fixable()
            if self.ui.groups.count():
                self.ui.groups.setCurrentRow(0)
                self._on_groups_item_activated(self.ui.groups.item(0))
            else:
                self.remedies = []
                self.ui.group_panel.clear(self.texts("group-panel-done"))
            self._on_table_current_changed(self.ui.table.currentIndex(), QModelIndex())
        elif isinstance(result, Path):
            self.tasks.banner.show_message(
                "export-done",
                self.texts.of("export-done", file=str(result)),
                level="info",
                retry=False,
            )
        self._refresh()

    def _show_fixable(self) -> None:
        if self.result is not None:
            self.ui.show_fixable(self.result.fixable)

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
        if self.prepared is None or self.result is None:
            return
        self._show_group(item)
        place = self.ui.place_of(item)
        if place is None:
            return
        row, field_name = place
        columns = list(self.prepared.frame.columns)
        column = columns.index(field_name) if field_name in columns else 0
        index = self.rows_filter.mapFromSource(self.model.index(row, column))
        if index.isValid():
            self.ui.table.setCurrentIndex(index)
            self.ui.table.scrollTo(index)

    def _show_group(self, item: QListWidgetItem) -> None:
        number = self.ui.group_of(item)
        result = self.result
        if number is None or result is None or self.prepared is None:
            return
        group = result.groups[number]
        if number < len(result.remedies) and result.remedies[number]:
            offered = list(result.remedies[number])
        elif number < OFFERED_GROUPS:
            offered = []
        else:  # a group far down the list: its remedies are worked out now, on the table checked
            offered = list(offers_for(group, result.checked, self.state.commune))
        self.remedies = [offer.remedy for offer in offered]
        offers = tuple(tools.offer_of(self.texts, offer) for offer in offered)
        labels = self.labels()
        explanation = self.texts(group.kind, tools.in_agent_words(group.params, labels))
        unfilled = tools.without_column(group, self.prepared.mapping)
        without = self.texts.of("group-no-column", field=labels.get(unfilled, unfilled))
        self.ui.group_panel.show_group(
            item.text(), explanation, offers, without if unfilled else ""
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        source = self.rows_filter.mapToSource(current)
        problems = self.model.problems
        if not source.isValid() or problems is None:
            self.ui.show_cell_problems([])
            return
        found = problems.at(source.row(), source.column())
        labels = self.labels()
        self.ui.show_cell_problems(
            [self.texts(p.message, tools.in_agent_words(p.params, labels)) for p in found]
        )
