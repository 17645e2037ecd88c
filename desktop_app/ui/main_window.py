"""The application's window. Until the whole wizard exists, it hosts the first step."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_app.ui.pages.source_panel import SourcePanel
from desktop_app.ui.services import Services


class MainWindow(QMainWindow):
    """DataMairie's main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(services.texts("app-title"))
        self.source_panel = SourcePanel(services)
        self.setCentralWidget(self.source_panel)
        self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop background work before the window goes."""
        self.source_panel.shutdown()
        super().closeEvent(event)
