"""The panel where the agent decides about one personal-data finding.

It shows why the column was flagged, the flagged cells, and one choice per remedy that fits
the finding; keeping it needs a reason (picked from a short list or typed), grouping rare
first names a threshold.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.model import PrivacyFinding
from desktop_app.core.privacy.remedies import KEEP_REASONS
from desktop_app.core.privacy.rows import RARE_BELOW
from desktop_app.ui.texts import Texts


class DecisionPanel(QGroupBox):
    """One finding's reasons, flagged cells and remedies.

    Signals:
        decided(object, str, object): the remedy chosen, the justification (for KEEP) and the
            remedy's options (a dict), each time the agent changes them.
        cell_picked(int): the agent picked a flagged cell (its 0-based row in the table).
    """

    decided = Signal(object, str, object)
    cell_picked = Signal(int)

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(texts("privacy-decide"), parent)
        self.setAccessibleName(texts("privacy-decide"))
        self._texts = texts
        self._finding: PrivacyFinding | None = None
        self._loading = False
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.cells = QListWidget()
        self.cells.setAccessibleName(texts("privacy-cells"))
        self.cells_title = QLabel(texts("privacy-cells"))
        self.choices_title = QLabel(texts("privacy-choices"))
        self.choices_title.setStyleSheet("font-weight:bold;")
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choice_box = QVBoxLayout()
        self.threshold = QSpinBox()
        self.threshold.setRange(2, 20)
        self.threshold.setValue(RARE_BELOW)
        self.threshold.setAccessibleName(texts("privacy-threshold").replace("&", ""))
        self.justification = QComboBox()
        self.justification.setEditable(True)
        self.justification.setAccessibleName(texts("privacy-justification").replace("&", ""))
        self.justification.addItem("", "")
        for reason in KEEP_REASONS:
            self.justification.addItem(texts(f"privacy-keep-reason-{reason}"), reason)
        line = self.justification.lineEdit()
        if line is not None:
            line.setPlaceholderText(texts("privacy-justification-hint"))
        self.options = QFormLayout()
        self.options.addRow(texts("privacy-threshold"), self.threshold)
        self.options.addRow(texts("privacy-justification"), self.justification)
        # The reasons scroll within the panel: on a 1366×768 screen the panel is a few lines
        # high, and a splitter gives a wrapped text no more room than that (it was cut).
        reasons_area = QScrollArea()
        reasons_area.setWidget(self.reasons)
        reasons_area.setWidgetResizable(True)
        reasons_area.setFrameShape(QScrollArea.Shape.NoFrame)
        reasons_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        reasons_area.setMinimumHeight(self.reasons.fontMetrics().lineSpacing() * 3)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        why = QVBoxLayout()
        why.addWidget(reasons_area, 2)
        why.addWidget(self.cells_title)
        why.addWidget(self.cells, 1)
        what = QVBoxLayout()
        what.addWidget(self.choices_title)
        what.addLayout(self.choice_box)
        what.addLayout(self.options)
        what.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(why, 1)
        layout.addSpacing(12)
        layout.addLayout(what, 1)
        self.choices.idClicked.connect(self._on_choices_id_clicked)
        self.cells.currentRowChanged.connect(self._on_cells_current_row_changed)
        self.threshold.valueChanged.connect(self._on_option_changed)
        self.justification.currentTextChanged.connect(self._on_option_changed)
        self.show_finding(None, None, [])

    def show_finding(
        self,
        finding: PrivacyFinding | None,
        decision: PrivacyDecision | None,
        cells: list[tuple[int, str]],
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """Show a finding (None: nothing selected) with the decision already taken, if any.

        ``cells`` lists the flagged cells: their 0-based row and what to show (line, masked
        value). ``titles`` names the schema's fields as the agent knows them (their column's
        title): the reasons say « SIRET », not « idBeneficiaire ».
        """
        self._loading = True
        self._finding = finding
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            self.choice_box.removeWidget(button)
            button.hide()
            button.setParent(None)  # gone now, not at the next turn of the event loop
        t = self._texts
        self.setEnabled(finding is not None)
        if finding is None:
            self.reasons.setText(t("privacy-pick"))
        else:
            named = titles or {}
            lines = [
                t(item.code, {key: _titled(value, named) for key, value in item.params.items()})
                for item in (*finding.evidence, *finding.lowered)
            ]
            self.reasons.setText("\n".join(f"• {line}" for line in lines))
            for number, remedy in enumerate(finding.remedies):
                label = t(f"privacy-remedy-{remedy.value}")
                if remedy is finding.suggested:
                    label = t.of("privacy-suggested", choice=label)
                button = QRadioButton(label)
                button.setAccessibleName(label)
                self.choices.addButton(button, number)
                self.choice_box.addWidget(button)
                button.setChecked(decision is not None and decision.remedy is remedy)
        self.cells.clear()
        for row, text in cells:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.cells.addItem(item)
        self.cells.setVisible(bool(cells))
        self.cells_title.setVisible(bool(cells))
        self._set_justification(decision.justification if decision is not None else "")
        threshold = decision.options.get("threshold") if decision is not None else None
        self.threshold.setValue(int(threshold) if threshold is not None else RARE_BELOW)
        self._show_options(decision.remedy if decision is not None else None)
        self._loading = False

    def _set_justification(self, text: str) -> None:
        found = self.justification.findData(text)
        if found >= 0:
            self.justification.setCurrentIndex(found)
        else:
            self.justification.setEditText(text)

    def _show_options(self, remedy: Remedy | None) -> None:
        self.options.setRowVisible(self.threshold, remedy is Remedy.GROUP_RARE)
        self.options.setRowVisible(self.justification, remedy is Remedy.KEEP)

    @property
    def chosen(self) -> Remedy | None:
        """The remedy checked, if any."""
        number = self.choices.checkedId()
        if self._finding is None or number < 0:
            return None
        return self._finding.remedies[number]

    def choose(self, remedy: Remedy, justification: str = "") -> None:
        """Pick a remedy as the agent would (keyboard, tests)."""
        if self._finding is None or remedy not in self._finding.remedies:
            return
        self._set_justification(justification)
        button = self.choices.button(self._finding.remedies.index(remedy))
        button.setChecked(True)
        self._on_choices_id_clicked(self.choices.id(button))

    def justification_text(self) -> str:
        """The reason given for keeping: the list's code, or the words typed."""
        index = self.justification.currentIndex()
        typed = self.justification.currentText().strip()
        if index > 0 and typed == self.justification.itemText(index):
            return str(self.justification.itemData(index))
        return typed

    @Slot(int)
    def _on_cells_current_row_changed(self, number: int) -> None:
        item = self.cells.item(number) if number >= 0 else None
        if item is not None and not self._loading:
            self.cell_picked.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(int)
    def _on_choices_id_clicked(self, number: int) -> None:
        del number
        self._show_options(self.chosen)
        self._emit()

    @Slot()
    def _on_option_changed(self) -> None:
        if not self._loading:
            self._emit()

    def _emit(self) -> None:
        remedy = self.chosen
        if remedy is None:
            return
        options: dict[str, Any] = {}
        if remedy is Remedy.GROUP_RARE:
            options["threshold"] = self.threshold.value()
        justification = self.justification_text() if remedy is Remedy.KEEP else ""
        self.decided.emit(remedy, justification, options)


def _titled(value: object, titles: Mapping[str, str]) -> object:
    """A field's code as its title between quotes; any other value as it is."""
    if isinstance(value, str) and titles.get(value):
        return f"« {titles[value]} »"
    return value
