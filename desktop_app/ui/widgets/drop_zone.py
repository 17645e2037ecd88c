"""A large area where the agent drops a file, or clicks to choose one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.palette import tones


class DropZone(QFrame):
    """Accepts one dropped file and offers a button to browse for one.

    Signals:
        file_dropped(object): the Path of the dropped file.
        browse_requested(): the agent clicked "Choisir un fichier…".
    """

    file_dropped = Signal(object)
    browse_requested = Signal()

    def __init__(self, prompt: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setObjectName("dropZone")
        shades = tones(self.palette())
        self.setStyleSheet(
            f"#dropZone{{border:2px dashed {shades.drop_border};border-radius:10px;"
            f"background:{shades.drop_background};}}"
        )
        self._prompt = QLabel(prompt)
        self._prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._button = QPushButton(button)
        self._button.clicked.connect(self.browse_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self._prompt)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignCenter)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a drag that carries exactly one local file."""
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Report the dropped file."""
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.file_dropped.emit(Path(urls[0].toLocalFile()))
