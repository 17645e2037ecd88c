"""Step 3, "Correspondance": which of the agent's columns fills each field of the schema."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableView, QWidget

from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.ui.models.mapping_model import (
    COLUMN,
    CONVERSION,
    FIELD,
    SAMPLE,
    MappingModel,
)
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.palette import tones
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from desktop_app.workers.steps import MappingResult, convert_with, map_to_schema, remember_mapping

NO_COLUMN = ""
CONSTANT = "\x00constant"


class MappingPage(StepPage):
    """The mapping as a table, a combo box per field to change the column."""

    step_key = "mapping"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        t = self.texts
        self.prepared: PreparedTable | None = None
        self.origin: str | None = None
        self.combos: dict[str, QComboBox] = {}
        self._saver = services.new_runner()
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color:{tones(self.palette()).blocking_text};")
        self.model = MappingModel(t, tones(self.palette()).advice_text)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(t("mapping-table-name"))
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.body.addWidget(self.origin_label)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.missing_label)
        self.runner.succeeded.connect(self._on_runner_succeeded)

    def applies(self) -> bool:
        """No mapping without a schema."""
        return not self.state.without_schema

    def initializePage(self) -> None:
        """Show the state's mapping, or make one (saved template first, else suggested)."""
        state = self.state
        if (
            self.prepared is not None
            and self.prepared.schema is state.schema
            and (self.prepared.source is state.table)
        ):
            return  # the agent went back and forth: keep the page's own changes
        if state.prepared is not None and state.mapping is not None:
            self._show(state.prepared, state.mapping_origin)
            return
        self._show(None, None)
        if state.table is not None and state.schema is not None:
            self.tasks.run(
                "step-mapping",
                map_to_schema,
                state.table,
                state.schema,
                self.services.templates,
                state.commune,
            )

    def isComplete(self) -> bool:
        """Next once the table is converted with the mapping shown."""
        return not self.runner.busy and self.prepared is not None

    def validatePage(self) -> bool:
        """Keep the mapping, and remember it for next month's file with the same columns."""
        if self.prepared is None:
            return False
        state = self.state
        if state.prepared is not self.prepared:
            state.forget_mapping()
            state.mapping = self.prepared.mapping
            state.mapping_origin = self.origin
            state.prepared = self.prepared
            if self.services.templates is not None:
                self._saver.start(remember_mapping, self.services.templates, self.prepared.mapping)
        return True

    def shutdown(self) -> None:
        """Stop converting and saving (the wizard is closing)."""
        self._saver.shutdown()
        super().shutdown()

    def choose_column(self, field_name: str, column: str | None) -> None:
        """Fill a field from another column (None: no column), then convert again.

        A column that already fills other fields is never taken from them silently: the
        agent says whether it moves here or serves both.
        """
        if self.prepared is None:
            return
        mapping = self.prepared.mapping
        others = mapping.fields_using(column, besides=field_name) if column else []
        shared = False
        if others:
            schema = self.prepared.schema
            labels = [schema.field_named(name).label for name in others]
            answer = self.services.dialogs.ask_column_use(self, str(column), labels)
            if answer is None:
                self._show(self.prepared, self.origin)  # the combo goes back to its column
                return
            shared = answer == "both"
        self._convert(mapping.with_column(field_name, column, shared=shared))

    def use_profile_value(self, field_name: str) -> None:
        """Fill a field with the commune's own value (its name, SIRET…) on every row."""
        value = self.state.commune.value_for(field_name)
        if self.prepared is None or value is None:
            return
        self._convert(self.prepared.mapping.with_constant(field_name, value))

    def _convert(self, mapping: ColumnMapping) -> None:
        table, schema = self.state.table, self.state.schema
        if table is None or schema is None:
            return
        self.origin = "changed"
        self.tasks.run("step-converting", convert_with, table, schema, mapping)
        self.completeChanged.emit()

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, MappingResult):
            self._show(result.prepared, result.origin)
        elif isinstance(result, PreparedTable):
            self._show(result, self.origin)
        self.completeChanged.emit()

    def _show(self, prepared: PreparedTable | None, origin: str | None) -> None:
        t = self.texts
        self.prepared, self.origin = prepared, origin
        self.model.set_prepared(prepared)
        self.combos.clear()
        self.origin_label.setText(t(f"mapping-origin-{origin}") if origin else "")
        self.missing_label.setText(
            t.of(
                "mapping-missing",
                names=[
                    prepared.schema.field_named(name).label for name in prepared.missing_required
                ],
            )
            if prepared is not None and prepared.missing_required
            else ""
        )
        if prepared is None:
            return
        for row in range(self.model.rowCount()):
            field_name = self.model.field_name(row)
            combo = self._combo(prepared, field_name)
            self.combos[field_name] = combo
            self.view.setIndexWidget(self.model.index(row, COLUMN), combo)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        # Field titles can be long ("Date d'enregistrement … du contrôle de légalité"): they
        # are cut with "…" past 240 pixels, the whole title and code name in the tooltip.
        header.resizeSection(FIELD, min(header.sectionSize(FIELD), 240))
        for column, width in ((COLUMN, 250), (SAMPLE, 200)):
            header.resizeSection(column, width)
        # The conversion takes the width left (its whole text is in the tooltip), so that
        # the table does not scroll sideways on a 1280-pixel window.
        header.setSectionResizeMode(CONVERSION, QHeaderView.ResizeMode.Stretch)

    def _combo(self, prepared: PreparedTable, field_name: str) -> QComboBox:
        t = self.texts
        combo = QComboBox()
        combo.setAccessibleName(t.of("mapping-combo-name", field=field_name))
        combo.addItem(t("map-no-column"), NO_COLUMN)
        table = prepared.source
        for name in table.column_names if table is not None else []:
            combo.addItem(name, name)
        profile_value = self.state.commune.value_for(field_name)
        if profile_value is not None:
            combo.addItem(t.of("map-profile-value", value=profile_value), CONSTANT)
        item = prepared.mapping.for_field(field_name)
        if item.column is not None:
            combo.setCurrentIndex(combo.findData(item.column))
        elif item.constant is not None and item.constant == profile_value:
            combo.setCurrentIndex(combo.findData(CONSTANT))
        elif item.constant is not None:
            combo.addItem(t.of("map-constant", value=item.constant), "\x00kept")
            combo.setCurrentIndex(combo.count() - 1)
        combo.currentIndexChanged.connect(partial(self._on_combo_changed, field_name, combo))
        return combo

    def _on_combo_changed(self, field_name: str, combo: QComboBox, index: int) -> None:
        choice = combo.itemData(index)
        if choice == CONSTANT:
            self.use_profile_value(field_name)
        elif choice == NO_COLUMN:
            self.choose_column(field_name, None)
        elif isinstance(choice, str) and not choice.startswith("\x00"):
            self.choose_column(field_name, choice)
