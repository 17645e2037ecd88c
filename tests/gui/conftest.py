"""GUI test helpers: services with dialogs that answer for the agent, and inline work."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QRunnable
from PySide6.QtWidgets import QWidget

from desktop_app.paths import AgentFolders
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.services import HomeItem, Services
from desktop_app.ui.settings_dialog import AppSettings
from desktop_app.ui.texts import Texts
from desktop_app.workers.runner import TaskRunner


class ScriptedDialogs:
    """Answers file dialogs with the paths a test queued."""

    def __init__(self) -> None:
        self.files: list[Path | None] = []
        self.exports: list[Path | None] = []
        self.projects: list[Path | None] = []
        self.opened: list[Path | None] = []
        self.settings: list[AppSettings | None] = []
        self.quits: list[bool] = []  # answers to "Quitter DataMairie ?" (default: quit)
        self.not_conforming: list[bool] = []  # go on with problems left? (default: go on)
        self.replacements: list[tuple[str, str, str] | None] = []
        self.column_uses: list[str | None] = []  # "move", "both" or None (default: move)
        self.resumes: list[bool] = []  # answers to "Reprendre votre travail ?" (default: yes)
        self.asked: list[tuple[str, object]] = []  # what was asked, with the suggestion

    def ask_source_file(self, parent: QWidget | None) -> Path | None:
        return self.files.pop(0) if self.files else None

    def ask_export_file(self, parent: QWidget | None, suggested: str) -> Path | None:
        return self.exports.pop(0) if self.exports else None

    def ask_project_file(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self.asked.append(("project", suggested))
        return self.projects.pop(0) if self.projects else None

    def ask_project_to_open(self, parent: QWidget | None) -> Path | None:
        return self.opened.pop(0) if self.opened else None

    def edit_settings(self, parent: QWidget | None, current: AppSettings) -> AppSettings | None:
        self.asked.append(("settings", current))
        return self.settings.pop(0) if self.settings else None

    def confirm_quit(self, parent: QWidget | None, kept: str) -> bool:
        self.asked.append(("quit", kept))
        return self.quits.pop(0) if self.quits else True

    def confirm_not_conforming(self, parent: QWidget | None, problems: str) -> bool:
        self.asked.append(("not-conforming", problems))
        return self.not_conforming.pop(0) if self.not_conforming else True

    def ask_find_replace(
        self, parent: QWidget | None, columns: list[tuple[str, str]]
    ) -> tuple[str, str, str] | None:
        self.asked.append(("find-replace", columns))
        return self.replacements.pop(0) if self.replacements else None

    def ask_column_use(self, parent: QWidget | None, column: str, fields: list[str]) -> str | None:
        self.asked.append(("column-use", (column, tuple(fields))))
        return self.column_uses.pop(0) if self.column_uses else "move"

    def confirm_resume(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(("resume", name))
        return self.resumes.pop(0) if self.resumes else True


class InlinePool(QObject):
    """Runs a task at once on the calling thread: a page's work is done when start returns."""

    def start(self, task: QRunnable) -> None:
        task.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt's name)
        return True


class InlineServices(Services):
    """Services whose runners do their work inline (signals still queue to the event loop)."""

    def new_runner(self) -> TaskRunner:
        return TaskRunner(pool=InlinePool())  # type: ignore[arg-type]


class FakeHome:
    """A welcome page's sources with one recent project and an empty outbox."""

    def recent_projects(self) -> list[HomeItem]:
        return [HomeItem("Délibérations 2023", "publié le 3 mars 2024")]

    def outbox(self) -> list[HomeItem]:
        return []

    def account_status(self) -> str | None:
        return "home-account-none"


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Free each test's leftover Qt objects now, on the GUI thread.

    Left to the garbage collector, a cycle holding Qt objects may be freed later by a worker
    thread of another test (whichever thread allocates at that moment), which crashes.
    """
    yield
    gc.collect()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def services(dialogs: ScriptedDialogs) -> Services:
    return Services(texts=Texts("fr"), dialogs=dialogs)


@pytest.fixture
def inline_services(dialogs: ScriptedDialogs, tmp_path: Path) -> InlineServices:
    from desktop_app.core.mapping.templates import MappingTemplates

    return InlineServices(
        texts=Texts("fr"),
        dialogs=dialogs,
        templates=MappingTemplates(tmp_path / "mappings"),
        home=FakeHome(),
    )


@pytest.fixture
def profiled(inline_services: InlineServices, tmp_path: Path) -> InlineServices:
    """Inline services with an agent profile of their own (preferences, drafts, outbox)."""
    profile = AgentFolders(tmp_path / "profile")
    profile.root.mkdir()
    inline_services.profile = profile
    inline_services.preferences = Preferences(profile.root)
    return inline_services


def settle(qtbot: Any) -> None:
    """Let queued signals from inline work reach the page."""
    qtbot.wait(20)
