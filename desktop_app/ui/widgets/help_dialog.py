"""Help: the user guide, and the way to the log folder for whoever supports the agent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import GUIDE_FILES, help_dir
from desktop_app.texts import Language
from desktop_app.ui.desktop import DesktopService
from desktop_app.ui.palette import tones
from desktop_app.ui.texts import Texts

# Screenshots are 1280 pixels wide; in the dialog they are shown at this width.
PICTURE_WIDTH = 680


def read_guide(lang: Language, folder: Path | None = None) -> str | None:
    """The user guide (Markdown) in the agent's language; None if it is missing."""
    guide = (folder or help_dir()) / GUIDE_FILES[lang]
    try:
        return guide.read_text(encoding="utf-8")
    except OSError:
        return None


def _fit_pictures(document: QTextDocument, width: int) -> None:
    """Shrink the guide's screenshots to the dialog's width (Markdown cannot size them)."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            form = fragment.charFormat()
            if form.isImageFormat():
                picture = form.toImageFormat()
                picture.setWidth(width)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(picture)
            iterator += 1
        block = block.next()


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
        self.guide.setSearchPaths([str(help_dir())])
        if guide is None:
            self.guide.setPlainText(texts("help-missing"))
        else:
            self.guide.setMarkdown(guide)
            _fit_pictures(self.guide.document(), PICTURE_WIDTH)
        self.logs_button = QPushButton(texts("help-open-logs"))
        self.logs_button.setAccessibleName(texts("help-open-logs").replace("&", ""))
        self.logs_button.setEnabled(log_file is not None)
        self.logs_button.clicked.connect(self._on_logs_button_clicked)
        note = QLabel(texts.of("help-log-note", log=log_file or "—"))
        note.setWordWrap(True)
        note.setStyleSheet(f"color:{tones(self.palette()).muted_text};")
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
