"""What the windows are given to work with, built once by app.py and passed down."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.ui.dialogs import DialogService
from desktop_app.ui.texts import Texts
from desktop_app.workers.runner import TaskRunner


@dataclass
class Services:
    """The application's services: words, dialogs, and a way to run long work."""

    texts: Texts
    dialogs: DialogService

    def new_runner(self) -> TaskRunner:
        """A task runner for one page."""
        return TaskRunner()
