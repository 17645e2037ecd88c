"""What the agent sees when DataMairie meets a bug: plain words and the log file, nothing else.

Never the error's text nor a traceback: they can hold a file's content or a key, and they
mean nothing to the agent. The details go to the log only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.desktop import DesktopService
from desktop_app.ui.texts import Texts


class CrashDialog(QDialog):
    """An unexpected problem, in plain words, with a button that opens the log folder."""

    def __init__(
        self,
        texts: Texts,
        desktop: DesktopService,
        log_file: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts("crash-title"))
        self.setObjectName("crashDialog")
        self.setMinimumWidth(520)
        self._desktop = desktop
        self._log_file = log_file
        self.message = QLabel(texts.of("crash-message", log=log_file))
        self.message.setWordWrap(True)
        self.logs_button = QPushButton(texts("help-open-logs"))
        self.logs_button.setAccessibleName(texts("help-open-logs").replace("&", ""))
        self.logs_button.clicked.connect(self._on_logs_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @Slot()
    def _on_logs_button_clicked(self) -> None:
        self._desktop.open_folder(self._log_file.parent)
