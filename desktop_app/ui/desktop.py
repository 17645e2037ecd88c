"""Opening a web page or a folder with the system's own programs (browser, file manager)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


class DesktopService(Protocol):
    """What the windows may open outside DataMairie; tests record the requests instead."""

    def open_link(self, url: str) -> bool:
        """Open a web page in the agent's browser; False if the system could not."""

    def open_folder(self, folder: Path) -> bool:
        """Show a folder in the system's file manager; False if the system could not."""


class SystemDesktop:
    """The real browser and file manager."""

    def open_link(self, url: str) -> bool:
        """Open ``url`` with the default browser."""
        return QDesktopServices.openUrl(QUrl(url))

    def open_folder(self, folder: Path) -> bool:
        """Open ``folder`` (created if needed) in the file manager."""
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
