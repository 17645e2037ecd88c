"""Run by test_french_everywhere in a process of its own, under ``LANG=C``.

Starts the application as ``datamairie`` does, opens the file dialog the Fichier step opens
and a question box, and prints the words they show as JSON.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from desktop_app.app import _application
from desktop_app.ui.dialogs import QtDialogs
from desktop_app.ui.texts import Texts

seen: dict[str, list[str]] = {}


def _look(name: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    words = [label.text() for label in dialog.findChildren(QLabel)]
    words += [button.text() for button in dialog.findChildren(QAbstractButton)]
    seen[name] = [word for word in words if word]
    dialog.close()


def main() -> None:
    """Open each dialog, note its words, close it."""
    _application("fr")
    dialogs = QtDialogs(Texts("fr"))
    QTimer.singleShot(200, lambda: _look("open"))
    dialogs.ask_source_file(None)
    QTimer.singleShot(200, lambda: _look("save"))
    dialogs.ask_export_file(None, "problemes.xlsx")
    buttons = QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", buttons)
    QTimer.singleShot(200, lambda: _look("question"))
    box.exec()
    sys.stdout.write(json.dumps(seen))


if __name__ == "__main__":
    main()
