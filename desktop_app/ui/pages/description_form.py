"""The fields of the Description et licence step, each with the line that says what is wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.metadata.checks import DESCRIPTION_QUALITY, MetadataProblem
from desktop_app.core.metadata.keywords import normalised_keywords
from desktop_app.core.metadata.model import DatasetMetadata, TemporalCoverage
from desktop_app.core.metadata.vocabulary import COMMON_FREQUENCIES, FREQUENCIES, LICENCES
from desktop_app.ui.palette import tones
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.searchable_combo import SearchableCombo

FIELDS = ("title", "description", "keywords", "frequency", "temporal_coverage", "zones", "licence")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DescriptionForm(QWidget):
    """Title, description, keywords, frequency, coverage and licence of the dataset.

    Signals:
        edited(): the agent changed a field.
    """

    edited = Signal()

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = texts
        self._texts = texts
        self._base = DatasetMetadata()
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.description.setMaximumHeight(150)
        self.length = QLabel()
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(t("describe-keywords-hint"))
        self.slugs = QLabel()
        self.slugs.setWordWrap(True)
        self.frequency = SearchableCombo(t("describe-frequency-search"))
        for identifier in COMMON_FREQUENCIES:
            self.frequency.addItem(t(f"frequency-{identifier}"), identifier)
        self.frequency.insertSeparator(len(COMMON_FREQUENCIES))
        for identifier in FREQUENCIES:
            if identifier not in COMMON_FREQUENCIES:
                self.frequency.addItem(t(f"frequency-{identifier}"), identifier)
        self.coverage_known = QCheckBox(t("describe-coverage-known"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.open_ended = QCheckBox(t("describe-coverage-open"))
        self.coverage_note = QLabel()
        self.coverage_note.setWordWrap(True)
        self.zone = QLabel()
        self.zone.setWordWrap(True)
        self.licences = QButtonGroup(self)
        licence_box = QVBoxLayout()
        for number, licence in enumerate(LICENCES):
            button = QRadioButton(t(f"licence-{licence.id}"))
            button.setAccessibleName(t(f"licence-{licence.id}"))
            about = QLabel(t(f"licence-{licence.id}-about"))
            about.setWordWrap(True)
            about.setContentsMargins(24, 0, 0, 6)
            self.licences.addButton(button, number)
            licence_box.addWidget(button)
            licence_box.addWidget(about)
        self.problems = {name: QLabel() for name in FIELDS}
        for label in self.problems.values():
            label.setWordWrap(True)
            label.setVisible(False)
        for widget, code in (
            (self.title, "describe-title"),
            (self.description, "describe-description"),
            (self.keywords, "describe-keywords"),
            (self.frequency, "describe-frequency"),
            (self.start, "describe-coverage-start"),
            (self.end, "describe-coverage-end"),
        ):
            widget.setAccessibleName(t(code).replace("&", ""))
        dates = QHBoxLayout()
        dates.addWidget(self.coverage_known)
        dates.addWidget(QLabel(t("describe-coverage-start")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(t("describe-coverage-end")))
        dates.addWidget(self.end)
        dates.addWidget(self.open_ended)
        dates.addStretch(1)
        form = QFormLayout(self)
        form.addRow(t("describe-title"), self._stack(self.title, self.problems["title"]))
        form.addRow(
            t("describe-description"),
            self._stack(self.description, self.length, self.problems["description"]),
        )
        form.addRow(
            t("describe-keywords"),
            self._stack(self.keywords, self.slugs, self.problems["keywords"]),
        )
        form.addRow(
            t("describe-frequency"), self._stack(self.frequency, self.problems["frequency"])
        )
        coverage = QWidget()
        coverage_layout = QVBoxLayout(coverage)
        coverage_layout.setContentsMargins(0, 0, 0, 0)
        coverage_layout.addLayout(dates)
        coverage_layout.addWidget(self.coverage_note)
        coverage_layout.addWidget(self.problems["temporal_coverage"])
        form.addRow(t("describe-coverage"), coverage)
        form.addRow(t("describe-zone"), self._stack(self.zone, self.problems["zones"]))
        licences = QWidget()
        licences.setLayout(licence_box)
        licence_box.setContentsMargins(0, 0, 0, 0)
        licence_box.addWidget(self.problems["licence"])
        form.addRow(t("describe-licence"), licences)
        self.title.textChanged.connect(self.edited)
        self.description.textChanged.connect(self.edited)
        self.keywords.textChanged.connect(self.edited)
        self.frequency.currentIndexChanged.connect(self.edited)
        self.coverage_known.toggled.connect(self.edited)
        self.open_ended.toggled.connect(self.edited)
        self.start.dateChanged.connect(self.edited)
        self.end.dateChanged.connect(self.edited)
        self.licences.idClicked.connect(self.edited)

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def show_metadata(self, metadata: DatasetMetadata, zone_text: str, dates_from: str) -> None:
        """Fill the fields (signals blocked: showing is not editing)."""
        self._base = metadata
        widgets = (self.title, self.description, self.keywords, self.frequency)
        for widget in (*widgets, self.coverage_known, self.open_ended, self.start, self.end):
            widget.blockSignals(True)
        self.title.setText(metadata.title)
        self.description.setPlainText(metadata.description)
        self.keywords.setText(", ".join(metadata.keywords))
        self.frequency.setCurrentIndex(max(self.frequency.findData(metadata.frequency), 0))
        coverage = metadata.temporal_coverage
        self.coverage_known.setChecked(coverage is not None)
        if coverage is not None:
            self.start.setDate(_qdate(coverage.start))
            self.end.setDate(_qdate(coverage.end or coverage.start))
        else:  # ticked by hand, the period starts from today, not Qt's 01/01/2000
            self.start.setDate(QDate.currentDate())
            self.end.setDate(QDate.currentDate())
        self.open_ended.setChecked(coverage is not None and coverage.end is None)
        for widget in (*widgets, self.coverage_known, self.open_ended, self.start, self.end):
            widget.blockSignals(False)
        ids = [licence.id for licence in LICENCES]
        number = ids.index(metadata.licence) if metadata.licence in ids else 0
        self.licences.button(number).setChecked(True)
        self.zone.setText(zone_text)
        self.coverage_note.setText(dates_from)
        self._sync()

    def metadata(self) -> DatasetMetadata:
        """The description as the fields show it."""
        coverage = None
        if self.coverage_known.isChecked():
            end = None if self.open_ended.isChecked() else _day(self.end.date())
            coverage = TemporalCoverage(_day(self.start.date()), end)
        words = [word.strip() for word in self.keywords.text().split(",")]
        number = max(self.licences.checkedId(), 0)
        return DatasetMetadata(
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            keywords=normalised_keywords([word for word in words if word]),
            frequency=str(self.frequency.currentData() or self._base.frequency),
            temporal_coverage=coverage,
            zones=self._base.zones,
            granularity=self._base.granularity,
            licence=LICENCES[number].id,
        )

    def show_problems(self, problems: tuple[MetadataProblem, ...]) -> None:
        """Under each field, what data.gouv.fr would refuse (red) or count against it (amber)."""
        self._sync()
        by_field = {problem.field: problem for problem in problems}
        for name, label in self.problems.items():
            problem = by_field.get(name)
            label.setVisible(problem is not None)
            if problem is not None:
                label.setText(self._texts(problem.code, problem.params))
                shades = tones(self.palette())
                colour = shades.blocking_text if problem.blocking else shades.advice_text
                label.setStyleSheet(f"color:{colour};")

    def focus_field(self, name: str) -> QWidget | None:
        """Put the cursor in a field (the quality score's link); returns the widget focused.

        The coverage is switched on, since a period is what earns its point; the zone comes
        from the commune's profile and cannot be typed here: its line says so.
        """
        targets: dict[str, QWidget] = {
            "title": self.title,
            "description": self.description,
            "keywords": self.keywords,
            "frequency": self.frequency,
            "temporal_coverage": self.start,
            "zones": self.zone,
            "licence": self.licences.button(0),
        }
        widget = targets.get(name)
        if widget is None:
            return None
        if name == "temporal_coverage" and not self.coverage_known.isChecked():
            self.coverage_known.setChecked(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def _sync(self) -> None:
        known = self.coverage_known.isChecked()
        self.start.setEnabled(known)
        self.open_ended.setEnabled(known)
        self.end.setEnabled(known and not self.open_ended.isChecked())
        count = len(self.description.toPlainText().strip())
        self.length.setText(
            self._texts.of("describe-length", count=count, least=DESCRIPTION_QUALITY)
        )
        slugs = self.metadata().keywords
        self.slugs.setText(self._texts.of("describe-slugs", names=list(slugs)) if slugs else "")
