"""Every file dialog and question box goes through here, so tests can answer for the agent."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.ui.texts import Texts


class DialogService(Protocol):
    """What pages may ask the agent through a dialog."""

    def ask_source_file(self, parent: QWidget | None) -> Path | None:
        """The file the agent chose to open, or None if they closed the dialog."""


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
