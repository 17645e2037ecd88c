"""Réglages: the commune's profile (found offline by name or postcode), language, platform."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.commune.directory import Commune, CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.texts import Language
from desktop_app.ui.palette import tones
from desktop_app.ui.texts import Texts

SHOWN = 30
SIRET_LENGTH = 14  # communes listed at most while the agent types


@dataclass(frozen=True, eq=False)
class AppSettings:
    """What the settings dialog edits; ``communes`` is the offline list to search (if loaded)."""

    commune: CommuneSettings
    language: Language = "fr"
    platform: str = "demo"
    communes: CommuneDirectory | None = None


class SettingsDialog(QDialog):
    """Edits the commune profile, the language and the platform; nothing is saved here."""

    def __init__(self, texts: Texts, current: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        t = texts
        self._texts = texts
        self._current = current
        self._commune = current.commune
        self.setWindowTitle(t("settings-title"))
        self.setAccessibleName(t("settings-title"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(t("settings-commune-hint"))
        self.search.setAccessibleName(t("settings-commune-search").replace("&", ""))
        self.search.setEnabled(current.communes is not None)
        self.results = QListWidget()
        self.results.setAccessibleName(t("settings-commune-results"))
        self.results.setMaximumHeight(140)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.siret = QLineEdit(current.commune.siret)
        self.siret.setAccessibleName(t("settings-siret").replace("&", ""))
        self.email = QLineEdit(current.commune.contact_email)
        self.email.setAccessibleName(t("settings-email").replace("&", ""))
        self.language = QComboBox()
        self.language.setAccessibleName(t("settings-language").replace("&", ""))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        self.platform = QComboBox()
        self.platform.setAccessibleName(t("settings-platform").replace("&", ""))
        self.platform.addItem(t("settings-platform-demo"), "demo")
        self.platform.addItem(t("settings-platform-www"), "www")
        self.platform.setCurrentIndex(max(self.platform.findData(current.platform), 0))
        commune_box = QGroupBox(t("settings-commune"))
        form = QFormLayout(commune_box)
        form.addRow(t("settings-commune-search"), self.search)
        form.addRow("", self.results)
        form.addRow(t("settings-commune-chosen"), self.chosen)
        form.addRow(t("settings-siret"), self.siret)
        self.siret_note = _note(t("settings-siret-note"))
        self.siret_note.hide()
        form.addRow("", self.siret_note)
        form.addRow(t("settings-email"), self.email)
        others = QGroupBox(t("settings-application"))
        other_form = QFormLayout(others)
        other_form.addRow(t("settings-language"), self.language)
        other_form.addRow("", _note(t("settings-language-note")))
        other_form.addRow(t("settings-platform"), self.platform)
        other_form.addRow("", _note(t("settings-platform-note")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(commune_box)
        layout.addWidget(others)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._show_chosen()
        self.resize(620, 560)

    def search_communes(self, text: str) -> list[Commune]:
        """List the communes matching what the agent typed (name, postcode or INSEE code)."""
        self.results.clear()
        directory = self._current.communes
        if directory is None or len(text.strip()) < 2:
            return []
        found = directory.search(text)[:SHOWN]
        for commune in found:
            item = QListWidgetItem(
                self._texts.of("settings-commune-item", label=commune.label, insee=commune.insee)
            )
            item.setData(Qt.ItemDataRole.UserRole, commune)
            self.results.addItem(item)
        return found

    def choose(self, commune: Commune) -> None:
        """Take a commune of the list as the agent's; its SIREN starts the SIRET."""
        self._commune = replace(
            self._commune, name=commune.name, insee=commune.insee, department=commune.department
        )
        self._show_chosen()
        if commune.population is not None and commune.siren:
            self.chosen.setText(
                self._texts.of(
                    "settings-commune-found",
                    name=commune.name,
                    department=commune.department_name,
                    insee=commune.insee,
                    siren=commune.siren,
                    count=commune.population,
                )
            )
        typed = "".join(self.siret.text().split())
        if commune.siren and not typed.startswith(commune.siren):
            self.siret.setText(commune.siren)  # the agent adds the town hall's 5 digits
            self.siret.setCursorPosition(len(commune.siren))
        self.siret_note.setVisible(len("".join(self.siret.text().split())) < SIRET_LENGTH)

    def settings(self) -> AppSettings:
        """The settings as shown in the dialog."""
        commune = replace(
            self._commune, siret=self.siret.text().strip(), contact_email=self.email.text().strip()
        )
        language: Language = "en" if self.language.currentData() == "en" else "fr"
        return AppSettings(
            commune, language, str(self.platform.currentData()), self._current.communes
        )

    def _show_chosen(self) -> None:
        commune = self._commune
        if commune.name:
            self.chosen.setText(
                self._texts.of("settings-commune-current", name=commune.name, insee=commune.insee)
            )
        else:
            self.chosen.setText(self._texts("settings-commune-none"))

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self.search_communes(text)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_results_current_item_changed(
        self, current: QListWidgetItem | None, _: QListWidgetItem | None
    ) -> None:
        if current is not None:
            commune = current.data(Qt.ItemDataRole.UserRole)
            if isinstance(commune, Commune):
                self.choose(commune)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{tones(label.palette()).muted_text};font-size:11px;")
    return label
