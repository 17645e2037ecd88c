"""GUI test helpers: services with dialogs that answer for the agent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts


class ScriptedDialogs:
    """Answers file dialogs with the paths a test queued."""

    def __init__(self) -> None:
        self.files: list[Path | None] = []

    def ask_source_file(self, parent: QWidget | None) -> Path | None:
        return self.files.pop(0) if self.files else None


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def services(dialogs: ScriptedDialogs) -> Services:
    return Services(texts=Texts("fr"), dialogs=dialogs)
