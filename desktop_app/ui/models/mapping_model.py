"""The Correspondance table: one row per schema field, and what fills it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.texts.render import WORDINGS
from desktop_app.ui.texts import Texts

Index = QModelIndex | QPersistentModelIndex
SAMPLES = 3
FIELD, REQUIRED, COLUMN, CONFIDENCE, SAMPLE, CONVERSION = range(6)
HEADINGS = (
    "map-col-field",
    "map-col-required",
    "map-col-column",
    "map-col-confidence",
    "map-col-samples",
    "map-col-conversion",
)


class MappingModel(QAbstractTableModel):
    """Adapter over a PreparedTable: its mapping, samples after conversion, conversions made."""

    def __init__(self, texts: Texts, guess_colour: str = "#8a5300") -> None:
        super().__init__()
        self._texts = texts
        self._guess_colour = guess_colour
        self._prepared: PreparedTable | None = None

    def set_prepared(self, prepared: PreparedTable | None) -> None:
        """Show another mapping (or none)."""
        self.beginResetModel()
        self._prepared = prepared
        self.endResetModel()

    def field_name(self, row: int) -> str:
        """The schema field on a row ("" when no mapping is shown)."""
        return self._prepared.schema.fields[row].name if self._prepared is not None else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per schema field."""
        if parent.isValid() or self._prepared is None:
            return 0
        return len(self._prepared.schema.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Field, required, column, confidence, samples, conversion."""
        return 0 if parent.isValid() else len(HEADINGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell of the mapping table; required fields in bold, descriptions as tooltips."""
        if self._prepared is None or not index.isValid():
            return None
        schema_field = self._prepared.schema.fields[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == FIELD:
                # the agent reads the field's title; the schema's code name is shown here
                described = schema_field.description
                return f"{schema_field.name} — {described}" if described else schema_field.name
            return self._text(index.row(), index.column()) or None
        item = self._prepared.mapping.for_field(schema_field.name)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == CONFIDENCE and item.guess:
            return QColor(self._guess_colour)
        if role == Qt.ItemDataRole.FontRole and schema_field.required and index.column() == FIELD:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: int, column: int) -> str:
        if self._prepared is None:
            return ""
        t = self._texts
        schema_field = self._prepared.schema.fields[row]
        item = self._prepared.mapping.for_field(schema_field.name)
        if column == FIELD:
            return schema_field.label
        if column == REQUIRED:
            return t("yes") if schema_field.required else ""
        if column == COLUMN:
            if item.column is not None:
                return item.column
            if item.constant is not None:
                return t.of("map-constant", value=item.constant)
            return t("map-no-column")
        if column == CONFIDENCE:
            if item.confidence is None:
                return ""
            share = f"{round(item.confidence * 100)} %"
            return t.of("map-guess", share=share) if item.guess else share
        if column == SAMPLE:
            if not item.filled:
                return ""
            values = self._prepared.frame[schema_field.name].head(SAMPLES * 10)
            distinct = list(dict.fromkeys(str(value) for value in values if str(value)))
            return " · ".join(distinct[:SAMPLES])
        return self._conversion(schema_field.name)

    def _conversion(self, name: str) -> str:
        conversion = self._prepared.conversions.get(name) if self._prepared else None
        if conversion is None or self._prepared is None:
            return ""
        parts = []
        if self._prepared.mapping.for_field(name).values_to_check:
            parts.append(self._texts("map-values-to-check"))
        parts += [
            self._texts(f"change-{code}")
            for code in conversion.counts_by_kind
            if f"change-{code}" in WORDINGS
        ]
        if conversion.failed:
            parts.append(self._texts.of("map-unconverted", count=conversion.failed))
        return " ; ".join(parts)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._texts(HEADINGS[section]) if 0 <= section < len(HEADINGS) else None
