"""The wizard: the order of the steps, the list at its side, and nothing else.

Pages are built from ``PAGES``, in order; each receives the shared WizardState and the
Services. A step whose page says it does not apply (``applies()``) is skipped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.description_page import DescriptionPage
from desktop_app.ui.pages.done_page import DonePage
from desktop_app.ui.pages.file_page import FilePage
from desktop_app.ui.pages.mapping_page import MappingPage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.publication_page import PublicationPage
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.project_session import ProjectSession
from desktop_app.ui.screen_fit import HOLDS_DATA, PREFERRED
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from desktop_app.ui.widgets.full_text_tips import give_full_texts
from desktop_app.ui.widgets.help_dialog import HelpDialog, read_guide
from desktop_app.ui.widgets.step_list import StepList

PAGES: tuple[type[StepPage], ...] = (
    WelcomePage,
    FilePage,
    SchemaPage,
    MappingPage,
    QualityPage,
    PrivacyPage,
    DescriptionPage,
    PublicationPage,
    DonePage,
)


class PublicationWizard(QWizard):
    """DataMairie's window: one page per step, Back always available.

    Signals:
        state_changed(object): a page wrote its answer into the WizardState (autosave hook).
    """

    state_changed = Signal(object)

    def __init__(
        self,
        services: Services,
        state: WizardState | None = None,
        pages: tuple[type[StepPage], ...] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.state = state or WizardState(commune=services.commune)
        t = services.texts
        self.setWindowTitle(t("app-title"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.pages: list[StepPage] = []
        for number, page_class in enumerate(pages):
            page = page_class(self.state, services)
            self.setPage(number, page)
            self.pages.append(page)
            page.state_written.connect(self._on_page_state_written)
        give_full_texts(self, skip=HOLDS_DATA)  # a cut list text is given whole on pointing
        self.steps = StepList(
            [t(f"wizard-{page.step_key}-step") for page in self.pages],
            t("wizard-steps"),
            skipped_word=t("wizard-step-skipped"),
        )
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.project = ProjectSession(self)  # autosave on state_changed, resume a project
        for page in self.pages:
            if isinstance(page, DonePage):
                page.next_update_requested.connect(self._on_next_update_requested)
            if isinstance(page, PublicationPage):
                page.description_field_wanted.connect(self.show_description_field)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, t("save-as"))
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        self.button(QWizard.WizardButton.CustomButton1).setVisible(False)
        self.help_dialog: HelpDialog | None = None
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setButtonText(QWizard.WizardButton.HelpButton, t("help-button"))
        self.helpRequested.connect(self._on_help_requested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_help)
        self.resize(PREFERRED)  # app.py then fits it to the agent's screen

    def offer_commune_setup(self) -> bool:
        """On the very first start, open the settings on the commune (True if opened).

        Without a commune, titles would read « … de la commune de [nom de la commune] » and
        the spatial coverage would be empty; the agent chooses it once, here, not 15 clicks
        away.
        """
        welcome = self.pages[0] if self.pages else None
        profile = self.services.profile
        if profile is None or self.services.commune.name or not isinstance(welcome, WelcomePage):
            return False
        welcome.settings_button.click()
        return True

    def page_for(self, page_class: type[StepPage]) -> StepPage:
        """The page of a given class (for tests and screenshots)."""
        return next(page for page in self.pages if isinstance(page, page_class))

    def nextId(self) -> int:
        """The next step that applies to what the agent chose (e.g. no Qualité without schema)."""
        for number in range(self.currentId() + 1, len(self.pages)):
            if self.pages[number].applies():
                return number
        return -1

    def validateCurrentPage(self) -> bool:
        """Let the page write its answer, then tell the autosave."""
        accepted = super().validateCurrentPage()
        if accepted:
            self._note_reached()
            self.state_changed.emit(self.state)
        return accepted

    def _note_reached(self) -> None:
        """Remember the furthest step validated, where a reopened project resumes."""
        following = self.nextId()
        keys = [page.step_key for page in self.pages]
        furthest = keys.index(self.state.reached) if self.state.reached in keys else -1
        if following > furthest:
            self.state.reached = keys[following]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Échap never closes the wizard: pressed once too often, it lost the agent's work."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Annuler, or the window's close box: ask first, saying what is kept."""
        if self.state.source_path is None:  # nothing chosen yet: nothing to lose
            super().reject()
            return
        if self.services.dialogs.confirm_quit(self, self.project.kept_message()):
            super().reject()

    def done(self, result: int) -> None:
        """Stop every page's background work before closing."""
        for page in self.pages:
            page.shutdown()
        self.project.end()
        super().done(result)

    def show_help(self) -> HelpDialog:
        """Open the user guide (the Aide button, or F1)."""
        services = self.services
        if self.help_dialog is None:
            guide = read_guide(services.texts.lang)
            self.help_dialog = HelpDialog(
                services.texts, services.desktop, guide, services.log_file, parent=self
            )
        self.help_dialog.show()
        return self.help_dialog

    @Slot(str)
    def show_description_field(self, name: str) -> None:
        """Go back to Description et licence, the cursor in a field (a missing quality point)."""
        while not isinstance(self.currentPage(), DescriptionPage) and self.currentId() > 0:
            self.back()
        page = self.currentPage()
        if isinstance(page, DescriptionPage):
            page.focus_field(name)

    @Slot(object)
    def _on_next_update_requested(self, project: Path) -> None:
        new_source = self.services.dialogs.ask_source_file(self)
        if new_source is not None:
            self.project.next_update(project, new_source)

    @Slot()
    def _on_page_state_written(self) -> None:
        self.state_changed.emit(self.state)  # the autosave writes the project now

    @Slot(int)
    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.project.save_as()

    @Slot()
    def _on_help_requested(self) -> None:
        self.show_help()

    @Slot(int)
    def _on_current_id_changed(self, number: int) -> None:
        if number >= 0:
            skipped = frozenset(n for n, page in enumerate(self.pages) if not page.applies())
            self.steps.set_current(number, skipped)
        # « Enregistrer sous… » once there is something to save: a file chosen, past Accueil.
        self.button(QWizard.WizardButton.CustomButton1).setVisible(number > 0)
