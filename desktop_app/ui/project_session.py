"""The wizard's project: autosaved after every step, reopened on the step it reached.

``ProjectSession`` listens to the wizard's ``state_changed``: the first time a file has been
chosen it starts a draft in the profile (``core/project/drafts.py``, no question asked), then
saves it in the background after each step; saves never overlap. « Enregistrer sous… »
moves it where the agent chooses. A session that did not end (crash, kill) is offered for
resuming at the next start. Opening a
project (or preparing its next update) rebuilds its Preparation in the background, with the
check and the scan of the steps it had gone past (``core/project/restoring.py``); the state
then holds all a page shows, and the wizard goes straight to the project's step. It goes
through the steps before it (one per turn of the event loop, so the window keeps answering)
so that « Précédent » works as if the agent had come by hand, but no page works again: each
shows the state. It stops earlier on a step that needs the agent (problems not accepted
yet, a new personal-data finding).
"""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.core import clock
from desktop_app.core.clock import timestamp
from desktop_app.core.errors import AppError
from desktop_app.core.project.drafts import Drafts, draft_name
from desktop_app.core.project.opening import fill_state
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.restoring import (
    RestoredProject,
    restore_next_update,
    restore_project,
)
from desktop_app.core.project.saving import SavedProject, save_project, snapshot_of
from desktop_app.core.project.storage import EXTENSION
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.preferences import RecentProject
from desktop_app.ui.widgets.drafts_panel import DraftsPanel

if TYPE_CHECKING:
    from desktop_app.ui.state import WizardState
    from desktop_app.ui.wizard import PublicationWizard

log = logging.getLogger(__name__)

SUFFIX = EXTENSION
# What the agent is told when the project's copy of their file stands in for it.
SOURCE_NOTICES = {
    "changed": "project-source-changed",
    "unreadable": "project-source-locked",
    "missing": "project-source-missing",
    "not-a-file": "project-source-missing",
}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def project_name(title: str, fallback: str) -> str:
    """A file name for the project, from the dataset's title (what Windows allows)."""
    cleaned = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .") or fallback
    return f"{cleaned[:80].strip()}{SUFFIX}"


class ProjectSession(QObject):
    """Autosave and resume for one wizard.

    Signals:
        saved(object): the SavedProject just written.
        opened(object): the OpenedProject put into the state (the wizard goes to its step).
        walked(str): the wizard went to the project's step, or stopped earlier on a step
            that needs the agent: this step's key.
    """

    saved = Signal(object)
    opened = Signal(object)
    walked = Signal(str)

    def __init__(self, wizard: PublicationWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.services = wizard.services
        self.last: SavedProject | None = None
        self._pending = False
        self._left_draft: Path | None = None
        profile = self.services.profile
        # Without a profile (tests, screenshots) nothing of the agent's is written.
        self.drafts = None if profile is None else Drafts(profile.root)
        self._forget_old_drafts()
        self._saver = self.services.new_runner()
        self._saver.succeeded.connect(self._on_saver_succeeded)
        self._saver.failed.connect(self._on_saver_failed)
        self._saver.cancelled.connect(self._on_saver_finished)
        self._opening: str | None = None
        self._target: str | None = None
        self._notice: tuple[str, str] | None = None  # said on arrival: the file changed…
        self._stepper = QTimer(self)  # one page per turn of the event loop, never a wait
        self._stepper.setSingleShot(True)
        self._stepper.setInterval(0)
        self._stepper.timeout.connect(self._on_stepper_timeout)
        wizard.state_changed.connect(self._on_wizard_state_changed)
        welcome = self._welcome
        welcome.runner.succeeded.connect(self._on_opening_succeeded)
        self.drafts_panel: DraftsPanel | None = None
        if self.drafts is not None:  # Accueil lists them, in a widget of their own
            self.drafts_panel = DraftsPanel(self.services.texts)
            welcome.body.addWidget(self.drafts_panel)
            self.drafts_panel.resume_requested.connect(self.open)
            self.drafts_panel.delete_requested.connect(self._on_drafts_panel_delete_requested)
            self.refresh_drafts()
        wizard.currentIdChanged.connect(self._on_wizard_current_id_changed)
        if isinstance(welcome, WelcomePage):
            welcome.project_chosen.connect(self.open)
            welcome.next_update_chosen.connect(self.next_update)

    @property
    def busy(self) -> bool:
        """Whether a save is running or the wizard is going to a project's step."""
        return self._saver.busy or self._target is not None

    # --- autosave -------------------------------------------------------------------------

    def save(self, state: WizardState) -> bool:
        """Save the state to its project, a new draft the first time; False if not saved.

        No question is asked: every session (the example too) is kept as a draft of the
        profile until the agent chooses a place with « Enregistrer sous… ».
        """
        snapshot = snapshot_of(state)
        if snapshot is None:
            return False  # nothing chosen yet: nothing to keep
        if self.drafts is not None and state.source_path is not None:
            self._name_draft(state, self.drafts, state.source_path)
        if state.project_path is None:
            return False
        if self._saver.busy:
            self._pending = True
            return True
        self._saver.start(save_project, snapshot, state.project_path, self.last, now=timestamp())
        return True

    def kept_message(self) -> str:
        """What the agent keeps if the window closes now, in their words."""
        state, texts = self.wizard.state, self.services.texts
        path = state.project_path
        if path is not None and path.exists() and self.drafts and self.drafts.holds(path):
            return texts.of("quit-kept-draft", name=path.name.removesuffix(SUFFIX))
        if state.source_path == self.services.sample_file:
            return texts("quit-kept-sample")
        if state.project_path is not None and state.project_path.exists():
            path = state.project_path
            return texts.of("quit-kept-project", name=path.name, folder=str(path.parent))
        return texts("quit-kept-nothing")

    def _name_draft(self, state: WizardState, drafts: Drafts, source: Path) -> None:
        """Start the draft, or rename it once the schema is chosen (file and schema name it)."""
        schema = state.schema.name if state.schema is not None else None
        current = state.project_path
        if current is not None:
            if not drafts.holds(current) or draft_name(source.name, schema) in current.name:
                return
            self._left_draft = current  # deleted once written under its new name
            self.last = None
        state.project_path = drafts.new_path(source.name, schema)
        drafts.mark_session(state.project_path)

    def save_as(self) -> bool:
        """« Enregistrer sous… »: the agent chooses where the project lives from now on."""
        state = self.wizard.state
        if snapshot_of(state) is None:
            return False
        title = state.metadata.title if state.metadata is not None else ""
        fallback = state.source_path.stem if state.source_path is not None else "projet"
        suggested = self.services.documents / project_name(title, fallback)
        chosen = self.services.dialogs.ask_project_file(self.wizard, suggested)
        if chosen is None:
            return False
        draft = state.project_path
        state.project_path = chosen
        self.last = None  # written afresh at its new place
        if self.drafts is not None:
            self.drafts.mark_session(chosen)
            if draft is not None and self.drafts.holds(draft):
                self._left_draft = draft  # deleted once the project is written
        return self.save(state)

    def refresh_drafts(self) -> None:
        """Show the drafts on Accueil as they are on disk."""
        if self.drafts_panel is not None and self.drafts is not None:
            self.drafts_panel.show_drafts(self.drafts.listed())

    def _delete_draft(self, path: Path) -> None:
        """Remove a draft, and its line among the recent projects."""
        if self.drafts is not None:
            self.drafts.delete(path)
        if self.services.preferences is not None:
            self.services.preferences.forget_project(path)

    @Slot(object)
    def _on_drafts_panel_delete_requested(self, path: object) -> None:
        if self.drafts is not None and isinstance(path, Path):
            if path == self.wizard.state.project_path:
                self.wizard.state.project_path = None  # written again as a new draft
                self.last = None
            self._delete_draft(path)
        self.refresh_drafts()

    @Slot(int)
    def _on_wizard_current_id_changed(self, number: int) -> None:
        if number == 0:
            # Back on Accueil, whatever comes next (another project, a new publication,
            # the example) replaces the state: the work on the steps is saved first.
            self._keep_pending_work()
            self.refresh_drafts()

    def end(self) -> None:
        """The wizard closed normally: the next start has nothing to offer to resume."""
        self._stepper.stop()
        self._target = None
        if self.drafts is not None:
            self.drafts.end_session()

    def offer_resume(self) -> bool:
        """After a crash or a kill, offer to resume the draft of the session that did not end."""
        if self.drafts is None:
            return False
        unfinished = self.drafts.unfinished()
        if unfinished is None:
            return False
        self.drafts.end_session()  # asked once: declined, it stays among the drafts
        name = unfinished.name.removesuffix(SUFFIX)
        if not self.services.dialogs.confirm_resume(self.wizard, name):
            return False
        self.open(unfinished)
        return True

    def _forget_old_drafts(self) -> None:
        profile = self.services.profile
        if self.drafts is None or profile is None:
            return
        try:
            waiting = [entry.path for entry in Outbox(profile.root).entries()]
        except AppError:  # a damaged outbox: keep every draft rather than lose one it names
            return
        removed = self.drafts.remove_stale(clock.now(), keep=waiting)
        if removed:
            log.info("%d drafts untouched for 30 days removed", len(removed))

    @Slot(object)
    def _on_wizard_state_changed(self, state: object) -> None:
        self.save(self.wizard.state)

    @Slot(object)
    def _on_saver_succeeded(self, result: object) -> None:
        if isinstance(result, SavedProject):
            if result.path == self.wizard.state.project_path:
                # A save that ends after another project was opened is that other
                # project's: taken as the last one, the next save would carry its dates.
                self.last = result
            left, self._left_draft = self._left_draft, None
            if left is not None and self.drafts is not None and left != result.path:
                self._delete_draft(left)
            self._remember(result)  # a draft too: its next update starts from this list
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
        self._before_opening()
        self._welcome.tasks.run(
            "step-project-opening", restore_project, path, self.services.catalogue, self._copies()
        )

    def next_update(self, path: Path, new_source: Path) -> None:
        """Reopen a project with next month's file and go as far as it can, to Publication."""
        self._opening = "next-update"
        self._before_opening()
        self._welcome.tasks.run(
            "step-project-opening",
            restore_next_update,
            path,
            new_source,
            self.services.catalogue,
            now=timestamp(),
        )

    def _before_opening(self) -> None:
        """Keep the open project's pending work, drop the steps' work, show Accueil.

        The opening shows its progress, « Annuler » and any refusal on Accueil: asked from
        another page (« Préparer la prochaine mise à jour » on the last one), the wizard
        goes there first, or the agent would see a page standing still and no message.
        """
        self._keep_pending_work()
        self._drop_pages_work()
        if self.wizard.currentId() != 0:
            self.wizard.restart()

    def _keep_pending_work(self) -> None:
        """Save the project open now with what its pages hold since their last « Suivant ».

        Opening another project replaces the state: corrections typed on Qualité or
        decisions taken on Données personnelles, not yet validated, went with it.
        """
        written = [page.keep_pending() for page in self.wizard.pages[1:]]
        if any(written):
            self.save(self.wizard.state)

    def _drop_pages_work(self) -> None:
        """Drop the steps' work in flight, on the project open before (Accueil runs the opening).

        Its end would land on the opened project's pages: a table read for the other file,
        a scan that finds nothing, holding the wizard on the step and replacing what it shows.
        """
        for page in self.wizard.pages[1:]:
            page.drop_work()

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
        if opening is None or not isinstance(result, RestoredProject):
            return
        opened = result.opened
        self._drop_pages_work()  # work the agent started meanwhile, on the state it replaces
        check = None if result.quality is None else result.quality.index.check
        fill_state(self.wizard.state, opened, check=check, scan=result.scan)
        reopened = self.wizard.state.project_path
        if self.drafts is not None and reopened is not None:
            self.drafts.mark_session(reopened)  # a crash from now on offers it again
        # a next update embeds the new file: the next save writes the project afresh
        self.last = opened.saved if opening == "open" else None
        self._remember(opened.saved)
        self.opened.emit(opened)
        if self.wizard.currentId() != 0:
            self.wizard.restart()  # Précédent walks back the steps of this project only
        for page in self.wizard.pages:  # the opening did their work: they show it
            if isinstance(page, QualityPage) and result.quality is not None:
                page.show_check(result.quality)
            elif isinstance(page, PrivacyPage) and result.scan is not None:
                page.show_scan(result.scan)
        notice = SOURCE_NOTICES.get(opened.source_state)
        self._notice = None if notice is None else (notice, opened.project.source.name)
        self.go_to(result.target)

    def go_to(self, step_key: str) -> None:
        """Go forward from where the wizard is to ``step_key``; ``walked`` says where it stopped.

        Each page shows what the state holds (the opening did the pages' work), and its
        « Suivant » is pressed at once, one page per turn of the event loop so that the
        window repaints and answers in between (a few turns, nothing waited for). A page
        that refuses (problems the agent does not accept, a finding without a decision)
        keeps the wizard there, for the agent.
        """
        self._target = step_key
        if self.wizard.currentId() < 0:
            self.wizard.restart()
        self._stepper.start()  # the opening's own turn has shown the state already

    @Slot()
    def _on_stepper_timeout(self) -> None:
        wizard, target = self.wizard, self._target
        if target is None:
            return
        keys = [page.step_key for page in wizard.pages]
        goal = keys.index(target) if target in keys else len(keys) - 1
        before = wizard.currentId()
        if before < goal:
            wizard.next()
            if wizard.currentId() != before:
                self._stepper.start()  # the next page on the next turn
                return
        self._target = None  # arrived, or the page refused: let the agent see why
        key = keys[wizard.currentId()] if 0 <= wizard.currentId() < len(keys) else ""
        log.info("project opened on step %s (asked: %s)", key, target)
        notice, self._notice = self._notice, None
        if notice is not None:
            self._tell_source_state(*notice)
        self.walked.emit(key)

    def _tell_source_state(self, code: str, name: str) -> None:
        """Say that the project's own copy stands in for the agent's file, and why."""
        page = self.wizard.currentPage()
        if isinstance(page, StepPage):
            texts = self.services.texts
            page.tasks.show()
            page.tasks.banner.show_message(
                code, texts.of(code, name=name), level="info", retry=False
            )
