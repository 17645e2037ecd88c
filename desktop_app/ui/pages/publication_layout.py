"""The Publication step's widgets: the choices on the left, what will be sent on the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.publication import PublicationState, PublicationStep
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.quality_score import QualityScoreView

# The publication's steps as the agent follows them, and the recorded step that ends each.
PROGRESS_STEPS: tuple[tuple[str, tuple[PublicationStep, ...]], ...] = (
    ("pub-step-dataset", (PublicationStep.DATASET_CREATED, PublicationStep.DATASET_CHOSEN)),
    ("pub-step-file", (PublicationStep.FILE_UPLOADED,)),
    ("pub-step-resource", (PublicationStep.RESOURCE_DESCRIBED,)),
    ("pub-step-public", (PublicationStep.DATASET_PUBLISHED,)),
    ("pub-step-check", (PublicationStep.CHECKED,)),
)
_ORDER = tuple(PublicationStep)


def _plain(label: str) -> str:
    return label.replace("&", "").rstrip(" :")


class PublicationForm(QWidget):
    """Account, platform, organisation, new or update, draft; the preview; the step list."""

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = texts
        self._texts = t
        self.account_label = QLabel(t("pub-account-none"))
        self.account_label.setWordWrap(True)
        self.account_button = QPushButton(t("pub-account-button"))
        self.account_button.setAccessibleName(_plain(t("pub-account-button")))
        self.platform_combo = QComboBox()
        self.platform_combo.setAccessibleName(_plain(t("pub-platform")))
        self.organization_combo = QComboBox()
        self.organization_combo.setAccessibleName(_plain(t("pub-organization")))
        self.new_radio = QRadioButton(t("pub-mode-new"))
        self.update_radio = QRadioButton(t("pub-mode-update"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.new_radio)
        self.mode_group.addButton(self.update_radio)
        self.new_radio.setChecked(True)
        self.dataset_combo = QComboBox()
        self.dataset_combo.setAccessibleName(t("pub-datasets-name"))
        self.dataset_combo.setEnabled(False)
        self.dataset_combo.setPlaceholderText(t("pub-datasets-name"))
        self.draft_check = QCheckBox(t("pub-draft"))
        self.publish_button = QPushButton(t("pub-publish"))
        self.publish_button.setAccessibleName(_plain(t("pub-publish")))
        self.publish_button.setMinimumHeight(40)
        self.publish_button.setStyleSheet("font-size:14px;font-weight:bold;padding:4px 22px;")
        self.later_button = QPushButton(t("pub-later"))
        self.later_button.setAccessibleName(_plain(t("pub-later")))
        self.later_button.setMinimumHeight(40)
        self.steps_list = QListWidget()
        self.steps_list.setAccessibleName(t("pub-steps-name"))
        self.steps_list.setMaximumHeight(130)
        self.preview = QTableWidget(0, 2)
        self.preview.setAccessibleName(t("pub-preview-name"))
        self.preview.setHorizontalHeaderLabels([t("pub-preview-what"), t("pub-preview-where")])
        self.preview.horizontalHeader().setVisible(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(True)
        self.preview.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setAlternatingRowColors(True)
        self.score = QualityScoreView(t)  # data.gouv.fr's score of exactly what is sent
        self._lay_out(t)

    def _lay_out(self, t: Texts) -> None:
        account = QGroupBox(t("pub-account-box"))
        account_row = QHBoxLayout(account)
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.account_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label_code, field in (
            ("pub-platform", self.platform_combo),
            ("pub-organization", self.organization_combo),
        ):
            label = QLabel(t(label_code))
            label.setBuddy(field)
            form.addRow(label, field)
        mode = QVBoxLayout()
        mode.addWidget(self.new_radio)
        mode.addWidget(self.update_radio)
        mode.addWidget(self.dataset_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(account)
        left.addLayout(form)
        left.addLayout(mode)
        left.addWidget(self.draft_check)
        left.addSpacing(8)
        left.addLayout(buttons)
        left.addWidget(QLabel(t("pub-steps-name")))
        left.addWidget(self.steps_list)
        left.addStretch(1)
        preview_box = QGroupBox(t("pub-preview-box"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.score)
        preview_layout.addWidget(self.preview)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 2)
        columns.addWidget(preview_box, 3)
        self.draft_check.toggled.connect(self._on_draft_check_toggled)

    def _on_draft_check_toggled(self, draft: bool) -> None:
        self.publish_button.setText(self._texts("pub-publish-draft" if draft else "pub-publish"))

    def show_account(
        self, name: str | None, organizations: list[tuple[str, str]], wanted: str | None
    ) -> None:
        """Who is signed in, and the organisations (name, id) they may publish for."""
        t = self._texts
        self.account_label.setText(
            t("pub-account-none") if name is None else t.of("pub-account-connected", name=name)
        )
        _fill(self.organization_combo, organizations, t("pub-organization-none"), wanted)
        self.organization_combo.setEnabled(bool(organizations))

    def show_datasets(self, datasets: list[tuple[str, str]], wanted: str | None) -> None:
        """The datasets (title, id) an update may replace the file of."""
        _fill(self.dataset_combo, datasets, self._texts("pub-datasets-none"), wanted)
        self.dataset_combo.setEnabled(bool(datasets) and self.update_radio.isChecked())

    def show_preview(self, rows: list[tuple[str, str]]) -> None:
        """Fill the preview with (what, value) lines."""
        self.preview.setRowCount(len(rows))
        for number, (label, value) in enumerate(rows):
            name = QTableWidgetItem(label)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            self.preview.setItem(number, 0, name)
            self.preview.setItem(number, 1, QTableWidgetItem(value))
        self.preview.resizeRowsToContents()

    def show_steps(self, publication: PublicationState | None, *, draft: bool) -> None:
        """Tick the steps the recorded state says are done."""
        self.steps_list.clear()
        reached = _ORDER.index(publication.step) if publication is not None else 0
        for code, ends in PROGRESS_STEPS:
            if draft and code in ("pub-step-public", "pub-step-check"):
                continue
            done = any(reached >= _ORDER.index(step) for step in ends)
            self.steps_list.addItem(f"{'✓' if done else '○'}  {self._texts(code)}")

    def steps_done(self) -> list[str]:
        """The step lines ticked (for tests and screen readers)."""
        lines = [self.steps_list.item(n).text() for n in range(self.steps_list.count())]
        return [line for line in lines if line.startswith("✓")]


def _fill(combo: QComboBox, items: list[tuple[str, str]], empty: str, wanted: str | None) -> None:
    """Put (label, id) items in a combo box, ``wanted`` chosen, without signalling a choice."""
    combo.blockSignals(True)
    combo.clear()
    for label, identifier in items:
        combo.addItem(label, identifier)
    if not items:
        combo.addItem(empty)
    combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
    combo.blockSignals(False)
