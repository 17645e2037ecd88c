"""The commune's data desk on the Accueil page: reminders, published datasets, obligations.

A view only: the welcome page reads the desk in the background and gives it here with
``show_desk``; the panel says what the agent asked for through its signals.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk.datasets import PublishedDataset
from desktop_app.core.desk.obligations import ObligationStatus
from desktop_app.core.desk.view import Desk, ObligationLine
from desktop_app.texts.desk_text import dataset_details, day_words, obligation_details, reminder
from desktop_app.ui.texts import Texts

MAX_REMINDERS = 4
MAX_POPULATION = 3_000_000


class DeskPanel(QWidget):
    """What the commune publishes and how it is doing, with the fix one click away.

    Signals:
        update_requested(object): "Mettre à jour" for this PublishedDataset.
        publish_requested(str): "Publier" for an obligation: the schema to start with.
        page_requested(str): open this dataset page in the browser.
        refresh_requested(): read data.gouv.fr again.
        population_changed(object): the population the agent typed (int, None when erased).
    """

    update_requested = Signal(object)
    publish_requested = Signal(str)
    page_requested = Signal(str)
    refresh_requested = Signal()
    population_changed = Signal(object)

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = t = texts
        self.desk: Desk | None = None
        self._reminded: dict[str, PublishedDataset] = {}
        self.status_label = QLabel(t("desk-never-refreshed"))
        self.status_label.setWordWrap(True)
        self.refresh_button = QPushButton(t("desk-refresh"))
        self.reminders = QGridLayout()
        self.reminder_labels: list[QLabel] = []
        self.datasets_list = QListWidget()
        self.datasets_list.setAccessibleName(t("desk-datasets"))
        self.datasets_list.setWordWrap(True)
        self.update_button = QPushButton(t("desk-update"))
        self.page_button = QPushButton(t("desk-open-page"))
        self.obligations_list = QListWidget()
        self.obligations_list.setAccessibleName(t("desk-obligations"))
        self.obligations_list.setWordWrap(True)
        self.publish_button = QPushButton(t("desk-publish"))
        self.population_spin = QSpinBox()
        self.population_spin.setRange(0, MAX_POPULATION)
        self.population_spin.setSpecialValueText("—")
        self.population_spin.setAccessibleName(t("desk-population"))
        self.population_spin.setToolTip(t("desk-population-hint"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.update_button.clicked.connect(self._on_update_button_clicked)
        self.page_button.clicked.connect(self._on_page_button_clicked)
        self.publish_button.clicked.connect(self._on_publish_button_clicked)
        self.datasets_list.currentRowChanged.connect(self._on_selection_changed)
        self.obligations_list.currentRowChanged.connect(self._on_selection_changed)
        self.population_spin.editingFinished.connect(self._on_population_spin_editing_finished)
        self.datasets_list.viewport().installEventFilter(self)
        self.obligations_list.viewport().installEventFilter(self)
        self._layout()
        self._on_selection_changed()

    def _layout(self) -> None:
        t = self.texts
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.refresh_button)
        datasets = QVBoxLayout()
        datasets.addWidget(QLabel(f"<b>{t('desk-datasets')}</b>"))
        datasets.addWidget(self.datasets_list, 1)
        dataset_buttons = QHBoxLayout()
        dataset_buttons.addWidget(self.update_button)
        dataset_buttons.addWidget(self.page_button)
        dataset_buttons.addStretch(1)
        datasets.addLayout(dataset_buttons)
        obligations = QVBoxLayout()
        obligations.addWidget(QLabel(f"<b>{t('desk-obligations')}</b>"))
        obligations.addWidget(self.obligations_list, 1)
        obligation_buttons = QHBoxLayout()
        obligation_buttons.addWidget(self.publish_button)
        obligation_buttons.addStretch(1)
        obligation_buttons.addWidget(QLabel(t("desk-population")))
        obligation_buttons.addWidget(self.population_spin)
        obligations.addLayout(obligation_buttons)
        columns = QHBoxLayout()
        columns.addLayout(datasets, 1)
        columns.addLayout(obligations, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(status)
        outer.addLayout(self.reminders)
        outer.addLayout(columns, 1)

    # --- what the page gives ---------------------------------------------------------------

    def show_desk(self, desk: Desk, problem: str | None = None) -> None:
        """Show a desk; ``problem`` is the code of a failed refresh (offline, no key…)."""
        self.desk = desk
        lang = self.texts.lang
        refreshed = None if desk.snapshot is None else day_words(desk.snapshot.refreshed_at, lang)
        if problem == "desk-offline" and refreshed is None:
            problem = "desk-offline-never"
        if problem is not None:
            self.status_label.setText(self.texts.of(problem, value=refreshed or "—"))
        elif refreshed is None:
            self.status_label.setText(self.texts("desk-never-refreshed"))
        else:
            self.status_label.setText(self.texts.of("desk-refreshed", value=refreshed))
        self._show_reminders(desk)
        self._fill_datasets(desk)
        self._fill_obligations(desk)
        self._on_selection_changed()

    def show_population(self, population: int | None) -> None:
        """The population kept (0 shows "—": not given yet)."""
        self.population_spin.blockSignals(True)
        self.population_spin.setValue(population or 0)
        self.population_spin.blockSignals(False)

    def reminder_texts(self) -> list[str]:
        """The reminder lines shown, in words (for tests and the guide)."""
        return [label.accessibleName() for label in self.reminder_labels]

    def _show_reminders(self, desk: Desk) -> None:
        while self.reminders.count():
            item = self.reminders.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.reminder_labels = []
        self._reminded = {dataset.id: dataset for dataset in desk.late_datasets()}
        for row, dataset in enumerate(desk.late_datasets()[:MAX_REMINDERS]):
            words = reminder(dataset, desk.now, self.texts.lang)
            # A link, not a button: a quiet line, reached with Tab and opened with Entrée.
            link = f'<a href="{html.escape(dataset.id)}">{self.texts("desk-reminder-update")}</a>'
            label = QLabel(f"{html.escape(words)} — {link}")
            label.setWordWrap(True)
            label.setAccessibleName(words)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._on_reminder_link_activated)
            self.reminders.addWidget(label, row, 0)
            label.show()  # the panel may be on screen already: shown now, not a moment later
            self.reminder_labels.append(label)
        self.reminders.setColumnStretch(0, 1)

    def _fill_datasets(self, desk: Desk) -> None:
        self.datasets_list.clear()
        if not desk.datasets:
            self.datasets_list.addItem(self.texts("desk-no-dataset"))
            return
        for dataset in desk.datasets:
            details = dataset_details(dataset, desk.now, self.texts.lang)
            item = self._add_line(self.datasets_list, dataset.title, details, dimmed=False)
            item.setData(Qt.ItemDataRole.UserRole, dataset)
            item.setToolTip(dataset.page)
        self.datasets_list.setCurrentRow(0)

    def _fill_obligations(self, desk: Desk) -> None:
        self.obligations_list.clear()
        lang = self.texts.lang
        for line in desk.obligations:
            title = line.obligation.title.get(lang) or line.obligation.title["fr"]
            dimmed = line.status is ObligationStatus.NOT_APPLICABLE
            item = self._add_line(
                self.obligations_list, title, obligation_details(line, lang), dimmed=dimmed
            )
            item.setData(Qt.ItemDataRole.UserRole, line)
            sentence = line.obligation.sentence.get(lang) or line.obligation.sentence["fr"]
            reference = line.obligation.reference
            item.setToolTip(f"{sentence}\n{reference}" if reference else sentence)
        self.obligations_list.setCurrentRow(0)

    @staticmethod
    def _add_line(
        target: QListWidget, title: str, details: str, *, dimmed: bool
    ) -> QListWidgetItem:
        """A two-line entry: the name in bold, the details below (read aloud as one line)."""
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title} — {details}")
        label = QLabel(f"<b>{html.escape(title)}</b><br>{html.escape(details)}")
        label.setWordWrap(True)
        label.setContentsMargins(4, 3, 4, 3)
        label.setEnabled(not dimmed)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        target.addItem(item)
        target.setItemWidget(item, label)
        _fit(target, item, label)
        return item

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A list's width changed: its two-line entries take the height their text needs."""
        if event.type() == QEvent.Type.Resize:
            for target in (self.datasets_list, self.obligations_list):
                if watched is target.viewport():
                    for row in range(target.count()):
                        item = target.item(row)
                        label = target.itemWidget(item)
                        if isinstance(label, QLabel):
                            _fit(target, item, label)
        return super().eventFilter(watched, event)

    # --- what the agent chose ----------------------------------------------------------------

    def chosen_dataset(self) -> PublishedDataset | None:
        """The dataset selected in the list."""
        row = self.datasets_list.currentRow()
        data = self.datasets_list.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        return data if isinstance(data, PublishedDataset) else None

    def chosen_obligation(self) -> ObligationLine | None:
        """The obligation selected in the list."""
        row = self.obligations_list.currentRow()
        data = self.obligations_list.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        return data if isinstance(data, ObligationLine) else None

    @Slot()
    def _on_selection_changed(self) -> None:
        dataset = self.chosen_dataset()
        self.update_button.setEnabled(dataset is not None)
        self.page_button.setEnabled(dataset is not None and bool(dataset.page))
        line = self.chosen_obligation()
        self.publish_button.setEnabled(line is not None and line.obligation.schema is not None)
        published = line is not None and line.dataset is not None
        self.publish_button.setText(
            self.texts("desk-update-obligation" if published else "desk-publish")
        )

    @Slot(str)
    def _on_reminder_link_activated(self, dataset_id: str) -> None:
        dataset = self._reminded.get(dataset_id)
        if dataset is not None:
            self.update_requested.emit(dataset)

    @Slot()
    def _on_update_button_clicked(self) -> None:
        dataset = self.chosen_dataset()
        if dataset is not None:
            self.update_requested.emit(dataset)

    @Slot()
    def _on_page_button_clicked(self) -> None:
        dataset = self.chosen_dataset()
        if dataset is not None and dataset.page:
            self.page_requested.emit(dataset.page)

    @Slot()
    def _on_publish_button_clicked(self) -> None:
        line = self.chosen_obligation()
        if line is None or line.obligation.schema is None:
            return
        if line.dataset is not None:  # already published: update it, never a second dataset
            self.update_requested.emit(line.dataset)
        else:
            self.publish_requested.emit(line.obligation.schema)

    @Slot()
    def _on_population_spin_editing_finished(self) -> None:
        value = self.population_spin.value()
        self.population_changed.emit(value or None)


def _fit(target: QListWidget, item: QListWidgetItem, label: QLabel) -> None:
    width = max(target.viewport().width() - 4, 200)
    item.setSizeHint(QSize(width, label.heightForWidth(width)))
