"""Every file dialog and question box goes through here, so tests can answer for the agent."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.core.project.storage import EXTENSION
from desktop_app.ui.settings_dialog import AppSettings, SettingsDialog
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.find_replace_dialog import FindReplaceDialog

PROJECT_SUFFIX = EXTENSION


class DialogService(Protocol):
    """What pages may ask the agent through a dialog."""

    def ask_source_file(self, parent: QWidget | None) -> Path | None:
        """The file the agent chose to open, or None if they closed the dialog."""

    def ask_export_file(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Where the agent wants an XLSX export saved, or None if they closed the dialog."""

    def ask_project_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save a new project (``*.datamairie``), or None if they closed the dialog."""

    def ask_project_to_open(self, parent: QWidget | None) -> Path | None:
        """The project the agent chose to open, or None if they closed the dialog."""

    def edit_settings(self, parent: QWidget | None, current: AppSettings) -> AppSettings | None:
        """The settings as the agent changed them, or None if they cancelled."""

    def confirm_quit(self, parent: QWidget | None, kept: str) -> bool:
        """Whether the agent really wants to close the window, told what is kept."""

    def confirm_not_conforming(self, parent: QWidget | None, problems: str) -> bool:
        """Whether the agent goes on with problems left (False: back to fix them)."""

    def ask_find_replace(
        self, parent: QWidget | None, columns: list[tuple[str, str]]
    ) -> tuple[str, str, str] | None:
        """(field, text to find, replacement) in one of the (field, title) columns, or None."""

    def ask_column_use(self, parent: QWidget | None, column: str, fields: list[str]) -> str | None:
        """A column already fills other fields: "move" it here, use it in "both", or None."""

    def confirm_resume(self, parent: QWidget | None, name: str) -> bool:
        """Whether to resume the work of a session that did not end (crash, kill)."""


class QtDialogs:
    """The real dialogs."""

    def __init__(self, texts: Texts) -> None:
        self._texts = texts

    def ask_source_file(self, parent: QWidget | None) -> Path | None:
        """Ask for a spreadsheet or CSV file with the system's file dialog."""
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            self._texts("open-dialog-title"),
            str(Path.home()),
            self._texts("open-dialog-filter"),
        )
        return Path(chosen) if chosen else None

    def ask_export_file(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Ask where to save an Excel workbook, starting in the agent's documents."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            self._texts("export-dialog-title"),
            str(Path.home() / suggested),
            self._texts("export-dialog-filter"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def ask_project_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        """Ask where to save the project, proposing a name from its title in the documents."""
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            self._texts("project-dialog-title"),
            str(suggested),
            self._texts("project-dialog-filter"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_suffix(PROJECT_SUFFIX)

    def ask_project_to_open(self, parent: QWidget | None) -> Path | None:
        """Ask for a saved project with the system's file dialog."""
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            self._texts("project-open-title"),
            str(Path.home()),
            self._texts("project-dialog-filter"),
        )
        return Path(chosen) if chosen else None

    def edit_settings(self, parent: QWidget | None, current: AppSettings) -> AppSettings | None:
        """Show the settings dialog; the new settings if the agent saved them."""
        dialog = SettingsDialog(self._texts, current, parent)
        return dialog.settings() if dialog.exec() == SettingsDialog.DialogCode.Accepted else None

    def confirm_quit(self, parent: QWidget | None, kept: str) -> bool:
        """Ask before closing; « Continuer » is the default, so Entrée never quits."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self._texts("quit-title"))
        box.setText(self._texts("quit-question"))
        box.setInformativeText(kept)
        leave = box.addButton(self._texts("quit-leave"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self._texts("quit-stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def confirm_not_conforming(self, parent: QWidget | None, problems: str) -> bool:
        """The honest gate: « Revenir corriger » is the default, going on must be chosen."""
        return _two_choices(
            parent,
            QMessageBox.Icon.Warning,
            (self._texts("gate-title"), problems, self._texts("gate-badge")),
            (self._texts("gate-continue"), self._texts("gate-fix")),
            yes_is_default=False,
        )

    def ask_find_replace(
        self, parent: QWidget | None, columns: list[tuple[str, str]]
    ) -> tuple[str, str, str] | None:
        """Ask which column, what to find and what to put instead."""
        dialog = FindReplaceDialog(self._texts, columns, parent)
        return dialog.answer() if dialog.exec() == FindReplaceDialog.DialogCode.Accepted else None

    def ask_column_use(self, parent: QWidget | None, column: str, fields: list[str]) -> str | None:
        """Ask whether a column already used elsewhere moves here or serves both fields."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self._texts("column-use-title"))
        box.setText(self._texts.of("column-use-question", column=column, fields=fields))
        move = box.addButton(self._texts("column-use-move"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(self._texts("column-use-both"), QMessageBox.ButtonRole.YesRole)
        cancel = box.addButton(self._texts("column-use-cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(move)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "move" if clicked is move else "both" if clicked is both else None

    def confirm_resume(self, parent: QWidget | None, name: str) -> bool:
        """Offer to resume the draft a crash left; « Plus tard » keeps it among the drafts."""
        return _two_choices(
            parent,
            QMessageBox.Icon.Question,
            (
                self._texts("resume-title"),
                self._texts.of("resume-question", name=name),
                self._texts("resume-later-note"),
            ),
            (self._texts("resume-yes"), self._texts("resume-later")),
            yes_is_default=True,
        )


def _two_choices(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    words: tuple[str, str, str],
    buttons: tuple[str, str],
    *,
    yes_is_default: bool,
) -> bool:
    """A question with two answers (title, text, note; yes, no); Échap always answers no."""
    title, text, note = words
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(note)
    yes = box.addButton(buttons[0], QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(buttons[1], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if yes_is_default else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
