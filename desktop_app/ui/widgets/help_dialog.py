"""Help: the user guide, and the way to the log folder for whoever supports the agent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import resources_dir
from desktop_app.texts import Language
from desktop_app.ui.desktop import DesktopService
from desktop_app.ui.texts import Texts


def read_guide(lang: Language, folder: Path | None = None) -> str | None:
    """The bundled user guide (Markdown) in the agent's language; None if it is missing."""
    guide = (folder or resources_dir() / "help") / f"guide-{lang}.md"
    try:
        return guide.read_text(encoding="utf-8")
    except OSError:
        return None


class HelpDialog(QDialog):
    """The user guide, with a button that opens the log folder."""

    def __init__(
        self,
        texts: Texts,
        desktop: DesktopService,
        guide: str | None,
        log_file: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(texts("help-title"))
        self.setObjectName("helpDialog")
        self.resize(760, 640)
        self._desktop = desktop
        self._log_file = log_file
        self.guide = QTextBrowser()
        self.guide.setAccessibleName(texts("help-title"))
        self.guide.setOpenExternalLinks(False)
        if guide is None:
            self.guide.setPlainText(texts("help-missing"))
        else:
            self.guide.setMarkdown(guide)
        self.logs_button = QPushButton(texts("help-open-logs"))
        self.logs_button.setAccessibleName(texts("help-open-logs").replace("&", ""))
        self.logs_button.setEnabled(log_file is not None)
        self.logs_button.clicked.connect(self._on_logs_button_clicked)
        note = QLabel(texts.of("help-log-note", log=log_file or "—"))
        note.setWordWrap(True)
        note.setStyleSheet("color:#4b5563;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.guide, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @Slot()
    def _on_logs_button_clicked(self) -> None:
        if self._log_file is not None:
            self._desktop.open_folder(self._log_file.parent)
