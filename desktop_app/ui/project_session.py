"""The wizard's project: autosaved after every step, reopened on the step it reached.

``ProjectSession`` listens to the wizard's ``state_changed``: the first time a file has been
chosen it asks where to save the project (a name made from the title, in the agent's
Documents), then saves it in the background after each step; saves never overlap. Opening a
project (or preparing its next update) fills the state in the background, then walks the
wizard forward, each page doing its own work, up to the step the project had reached — so
« Précédent » works as if the agent had come this far by hand.
"""

from __future__ import annotations

import logging
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.core.errors import AppError
from desktop_app.core.project.storage import EXTENSION
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.preferences import RecentProject
from desktop_app.workers.project_opening import (
    OpenedProject,
    fill_state,
    open_next_update,
    open_project,
)
from desktop_app.workers.project_saving import SavedProject, save_project, snapshot_of

if TYPE_CHECKING:
    from desktop_app.ui.state import WizardState
    from desktop_app.ui.wizard import PublicationWizard

log = logging.getLogger(__name__)

SUFFIX = EXTENSION
WALK_TICK_MS = 50
WALK_TIMEOUT_MS = 180_000
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def now() -> str:
    """The current moment, as projects record it."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def project_name(title: str, fallback: str) -> str:
    """A file name for the project, from the dataset's title (what Windows allows)."""
    cleaned = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .") or fallback
    return f"{cleaned[:80].strip()}{SUFFIX}"


class ProjectSession(QObject):
    """Autosave and resume for one wizard.

    Signals:
        saved(object): the SavedProject just written.
        opened(object): the OpenedProject put into the state (the walk to its step starts).
        walked(str): the walk stopped, on this step key.
    """

    saved = Signal(object)
    opened = Signal(object)
    walked = Signal(str)

    def __init__(self, wizard: PublicationWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.services = wizard.services
        self.last: SavedProject | None = None
        self.declined = False
        self._pending = False
        self._saver = self.services.new_runner()
        self._saver.succeeded.connect(self._on_saver_succeeded)
        self._saver.failed.connect(self._on_saver_failed)
        self._saver.cancelled.connect(self._on_saver_finished)
        self._opening: str | None = None
        self._target: str | None = None
        self._walk_elapsed = 0
        self._timer = QTimer(self)
        self._timer.setInterval(WALK_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        wizard.state_changed.connect(self._on_wizard_state_changed)
        welcome = self._welcome
        welcome.runner.succeeded.connect(self._on_opening_succeeded)
        if isinstance(welcome, WelcomePage):
            welcome.project_chosen.connect(self.open)
            welcome.next_update_chosen.connect(self.next_update)

    @property
    def busy(self) -> bool:
        """Whether a save is running or a project is being walked to its step."""
        return self._saver.busy or self._target is not None

    # --- autosave -------------------------------------------------------------------------

    def save(self, state: WizardState) -> bool:
        """Save the state to its project (asking where the first time); False if not saved."""
        snapshot = snapshot_of(state)
        if snapshot is None or state.source_path == self.services.sample_file:
            return False  # nothing chosen yet, or the bundled example: nothing to keep
        if state.project_path is None:
            if self.declined:
                return False
            title = state.metadata.title if state.metadata is not None else ""
            fallback = state.source_path.stem if state.source_path is not None else "projet"
            suggested = self.services.documents / project_name(title, fallback)
            chosen = self.services.dialogs.ask_project_file(self.wizard, suggested)
            if chosen is None:
                self.declined = True  # asked once; the agent can still work without a project
                return False
            state.project_path = chosen
        if self._saver.busy:
            self._pending = True
            return True
        self._saver.start(save_project, snapshot, state.project_path, self.last, now=now())
        return True

    def kept_message(self) -> str:
        """What the agent keeps if the window closes now, in their words."""
        state, texts = self.wizard.state, self.services.texts
        if state.source_path == self.services.sample_file:
            return texts("quit-kept-sample")
        if state.project_path is not None and state.project_path.exists():
            path = state.project_path
            return texts.of("quit-kept-project", name=path.name, folder=str(path.parent))
        return texts("quit-kept-nothing")

    @Slot(object)
    def _on_wizard_state_changed(self, state: object) -> None:
        self.save(self.wizard.state)

    @Slot(object)
    def _on_saver_succeeded(self, result: object) -> None:
        if isinstance(result, SavedProject):
            self.last = result
            self._remember(result)
            self.saved.emit(result)
        self._on_saver_finished()

    @Slot(object)
    def _on_saver_failed(self, error: object) -> None:
        page = self.wizard.currentPage()
        if isinstance(error, AppError) and isinstance(page, StepPage):
            page.tasks.show_error(error)
        self._on_saver_finished()

    @Slot()
    def _on_saver_finished(self) -> None:
        if self._pending:
            self._pending = False
            self.save(self.wizard.state)

    def _remember(self, saved: SavedProject) -> None:
        preferences = self.services.preferences
        if preferences is not None:
            project = saved.project
            title = project.metadata.title or project.source.name
            recent = RecentProject(saved.path, title, project.page.value, project.updated_at or "")
            preferences.remember_project(recent)

    # --- opening --------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Open a saved project, in the background; the wizard then goes to its step."""
        self._opening = "open"
        self._welcome.tasks.run(
            "step-project-opening", open_project, path, self.services.catalogue, self._copies()
        )

    def next_update(self, path: Path, new_source: Path) -> None:
        """Reopen a project with next month's file and go to the Qualité step."""
        self._opening = "next-update"
        self._welcome.tasks.run(
            "step-project-opening",
            open_next_update,
            path,
            new_source,
            self.services.catalogue,
            now=now(),
        )

    @property
    def _welcome(self) -> StepPage:
        return self.wizard.pages[0]

    def _copies(self) -> Path:
        profile = self.services.profile
        folder = profile.cache if profile is not None else Path(tempfile.gettempdir())
        return folder / "sources"

    @Slot(object)
    def _on_opening_succeeded(self, result: object) -> None:
        opening, self._opening = self._opening, None
        if opening is None or not isinstance(result, OpenedProject):
            return
        fill_state(self.wizard.state, result)
        self.declined = False
        # a next update embeds the new file: the next save writes the project afresh
        self.last = result.saved if opening == "open" else None
        self._remember(result.saved)
        self.opened.emit(result)
        self.walk_to(result.step)

    def walk_to(self, step_key: str) -> None:
        """Go forward from the first step to ``step_key``, letting each page finish its work."""
        self._target = step_key
        self._walk_elapsed = 0
        if self.wizard.currentId() != 0:
            self.wizard.restart()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        wizard = self.wizard
        page = wizard.currentPage()
        self._walk_elapsed += WALK_TICK_MS
        key = getattr(page, "step_key", "")
        if self._target is None or key == self._target:
            self._stop_walk(key)
            return
        if not page.isComplete():
            if self._walk_elapsed > WALK_TIMEOUT_MS:
                self._stop_walk(key)
            return
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:  # the page refused: let the agent see why
            self._stop_walk(key)

    def _stop_walk(self, key: str) -> None:
        self._timer.stop()
        self._target = None
        log.info("project walk stopped on %s", key)
        self.walked.emit(key)
