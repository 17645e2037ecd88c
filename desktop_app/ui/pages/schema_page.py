"""Step 2, "Schéma": the national schema the data follows, suggested ones first."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.schemas.model import CatalogueEntry, TableSchema
from desktop_app.core.sources import Table
from desktop_app.ui.models.schema_list_model import SchemaListModel, SchemaRow
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.palette import tones
from desktop_app.ui.services import Services
from desktop_app.ui.state import WANTED_SCHEMA, WizardState
from desktop_app.workers.steps import SchemaChoices, choose_schemas, load_schema


class SchemaPage(StepPage):
    """Lists the suggested schemas, then the searchable catalogue; or "Sans schéma"."""

    step_key = "schema"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        t = self.texts
        self.choices: SchemaChoices | None = None
        self._choices_for: Table | None = None
        self.schema: TableSchema | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(t("schema-search-hint"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(t("schema-search").replace("&", ""))
        search_label = QLabel(t("schema-search"))
        search_label.setBuddy(self.search)
        self.model = SchemaListModel(t)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(t("schema-list-name"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().resizeSection(1, 260)
        self.description = QLabel(t("schema-pick"))
        self.description.setWordWrap(True)
        self.description.setAccessibleName(t("schema-description-name"))
        self.without = QCheckBox(t("schema-without"))
        self.without.setAccessibleName(t("schema-without").replace("&", ""))
        without_note = QLabel(t("schema-without-note"))
        without_note.setWordWrap(True)
        without_note.setStyleSheet(f"color:{tones(self.palette()).muted_text};")
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.description)
        side_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addLayout(search_row)
        self.body.addWidget(splitter, 1)
        self.body.addWidget(self.without)
        self.body.addWidget(without_note)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.without)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.without.toggled.connect(self._on_without_toggled)
        self.runner.succeeded.connect(self._on_runner_succeeded)

    def initializePage(self) -> None:
        """Rank the catalogue for the state's table (once per table), and show the answer."""
        self.without.setChecked(self.state.without_schema)
        if self.state.schema is not None:
            self.schema = self.state.schema
        if self.choices is None or self._choices_for is not self.state.table:
            self._choices_for = self.state.table
            self.tasks.run(
                "step-schemas", choose_schemas, self.state.table, self.services.catalogue
            )

    def isComplete(self) -> bool:
        """Next once a schema is read, or "Sans schéma" is ticked."""
        if self.runner.busy:
            return False
        return self.without.isChecked() or self.schema is not None

    def validatePage(self) -> bool:
        """Keep the chosen schema; another one makes the later steps start again."""
        state = self.state
        if self.without.isChecked():
            if not state.without_schema:
                state.forget_schema()
                state.without_schema = True
            return True
        if self.schema is None:
            return False
        same = state.schema is not None and (state.schema.name, state.schema.version) == (
            self.schema.name,
            self.schema.version,
        )
        if not same:
            state.forget_schema()
            state.schema = self.schema
        return True

    def _rows(self, text: str) -> list[SchemaRow]:
        if self.choices is None:
            return []
        rows: list[SchemaRow] = []
        suggested = {item.name for item in self.choices.suggestions}
        if not text.strip():
            for item in self.choices.suggestions:
                entry = next((e for e in self.choices.entries if e.name == item.name), None)
                reason = self.texts.of(
                    "columns-recognised",
                    recognised=item.recognised_columns,
                    total=item.total_columns,
                )
                rows.append(
                    SchemaRow(item.name, item.title, entry.description if entry else "", reason)
                )
        entries = (
            self.services.catalogue.search(text, table_schemas_only=True)
            if text.strip()
            else list(self.choices.entries)
        )
        rows += [_row(entry) for entry in entries if text.strip() or entry.name not in suggested]
        return rows

    def _show_rows(self) -> None:
        self.model.set_rows(self._rows(self.search.text()))
        wanted = self.schema.name if self.schema is not None else None
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self.view.selectRow(row)

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, SchemaChoices):
            self.choices = result
            self._show_rows()
            wanted = self.state.extras.get(WANTED_SCHEMA)
            if self.schema is None and isinstance(wanted, str) and not self.state.without_schema:
                # The desk started this publication for a schema: it comes chosen.
                self.tasks.run("step-schemas", load_schema, self.services.catalogue, wanted)
        elif isinstance(result, TableSchema):
            self.schema = result
            row = self.model.row_of(result.name)
            if row >= 0:
                self.view.selectRow(row)
            self.description.setText(_describe(result.title, result.description, result.name))
            self.completeChanged.emit()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        del text
        self._show_rows()

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        self.description.setText(_describe(row.title, row.description, row.name))
        if self.schema is None or self.schema.name != row.name:
            self.schema = None
            self.without.setChecked(False)
            self.tasks.run("step-schemas", load_schema, self.services.catalogue, row.name)
        self.completeChanged.emit()

    @Slot(bool)
    def _on_without_toggled(self, checked: bool) -> None:
        self.view.setEnabled(not checked)
        self.search.setEnabled(not checked)
        self.completeChanged.emit()

    def select_schema(self, name: str) -> None:
        """Select a schema of the list by name, as the agent's click would."""
        row = self.model.row_of(name)
        if row >= 0:
            self.view.selectRow(row)


def _row(entry: CatalogueEntry) -> SchemaRow:
    return SchemaRow(entry.name, entry.title, entry.description)


def _describe(title: str, description: str, name: str) -> str:
    text = escape(description).replace("\n", "<br>")
    return f"<b>{escape(title)}</b><br><i>{escape(name)}</i><br><br>{text}"
