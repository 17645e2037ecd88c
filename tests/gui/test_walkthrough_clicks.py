"""The agent's effort, counted: the sample from Accueil to a dataset on a real udata server.

Every action goes through a real click or key press on the widget a person would use, and
is counted; each question a dialog asks counts as one click (its answer). The targets:
at most 20 clicks for a first publication once the account exists, at most 6 for next
month's update of the saved project.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWizard
from pytestqt.qtbot import QtBot

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.credentials import CredentialStore
from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.publication import PublicationStep, connect
from desktop_app.paths import AgentFolders
from desktop_app.ui.home import ProjectHome
from desktop_app.ui.pages.done_page import DonePage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.publication_page import PublicationPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.publishing import PublishingServices
from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs
from tests.gui.fake_datagouv import RecordingDesktop
from tests.udata_server import Udata
from tests.unit.publication.memory_keyring import MemoryKeyring

WAIT_MS = 60_000
GRENOBLE = CommuneSettings(name="Grenoble", siret="21380185500015", insee="38185")
FIRST_PUBLICATION_MOST = 20
MONTHLY_UPDATE_MOST = 6


@dataclass
class Hands:
    """The agent's mouse and keyboard, counting."""

    qtbot: QtBot
    dialogs: ScriptedDialogs
    clicks: int = 0
    keys: int = 0

    def click(self, button: QAbstractButton) -> None:
        """Click a button once it can be clicked."""
        self.qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.clicks += 1

    def pick(self, view: QAbstractItemView, row: int) -> None:
        """Click a row of a list."""
        index = view.model().index(row, 0)
        view.scrollTo(index)
        place = view.visualRect(index).center()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)
        self.clicks += 1

    def answered(self) -> int:
        """Questions asked by dialogs so far (each answered with one click)."""
        return len(self.dialogs.asked)

    @property
    def total(self) -> int:
        """Clicks, counting the dialogs' answers."""
        return self.clicks + self.answered()


def _services(tmp_path: Path, udata: Udata, dialogs: ScriptedDialogs) -> Services:
    profile = AgentFolders(tmp_path / "profile")
    profile.root.mkdir()
    preferences = Preferences(profile.root)
    texts = Texts("fr")
    store = CredentialStore(backend=MemoryKeyring(), environ={})
    store.check_and_keep(udata.base_url, udata.api_key, connect)  # the account exists
    return Services(
        texts=texts,
        dialogs=dialogs,
        templates=MappingTemplates(tmp_path / "mappings"),
        commune=GRENOBLE,
        desktop=RecordingDesktop(),
        publishing=PublishingServices(
            platforms=(udata.base_url,),
            work_folder=tmp_path / "publication",
            credentials=store,
        ),
        profile=profile,
        preferences=preferences,
        home=ProjectHome(texts, preferences, Outbox(profile.root)),
    )


def _next(hands: Hands, wizard: PublicationWizard) -> None:
    page = wizard.currentPage()
    hands.qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    number = wizard.currentId()
    hands.click(wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() > number, f"the wizard stayed on {page.objectName()}"


def _publish(hands: Hands, wizard: PublicationWizard) -> None:
    page = wizard.currentPage()
    assert isinstance(page, PublicationPage)
    hands.qtbot.waitUntil(page.form.publish_button.isEnabled, timeout=WAIT_MS)
    hands.click(page.form.publish_button)
    hands.qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    _next(hands, wizard)
    assert isinstance(wizard.currentPage(), DonePage)
    publication = wizard.state.publication
    assert publication is not None
    assert publication.step is PublicationStep.CHECKED


@pytest.mark.integration
def test_clicks_for_a_first_publication_then_a_monthly_update(
    qtbot: QtBot, tmp_path: Path, udata: Udata
) -> None:
    dialogs = ScriptedDialogs()
    hands = Hands(qtbot, dialogs)
    services = _services(tmp_path, udata, dialogs)
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()

    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    hands.click(welcome.example_button)
    _next(hands, wizard)  # Fichier
    schema_page = wizard.page_for(SchemaPage)
    assert isinstance(schema_page, SchemaPage)
    qtbot.waitUntil(lambda: schema_page.choices is not None, timeout=WAIT_MS)
    hands.pick(schema_page.view, schema_page.model.row_of("scdl/deliberations"))
    _next(hands, wizard)  # Schéma
    _next(hands, wizard)  # Correspondance
    _next(hands, wizard)  # Qualité (its three problems: going on is asked, and answered)
    privacy = wizard.currentPage()
    assert isinstance(privacy, PrivacyPage)
    hands.click(privacy.suggested_button)
    _next(hands, wizard)  # Données personnelles
    _next(hands, wizard)  # Description et licence
    _publish(hands, wizard)
    first = (hands.total, hands.keys)
    assert wizard.state.publication is not None
    dataset = wizard.state.publication.dataset_id
    project = wizard.state.project_path
    assert project is not None  # the session was kept as a draft, no question asked

    # Next month: the same register with the new month's rows.
    new_file = Path(shutil.copy(services.sample_file, tmp_path / "deliberations-mars.xlsx"))
    dialogs.files.append(new_file)
    hands = Hands(qtbot, dialogs)
    asked_before = len(dialogs.asked)
    wizard.done(0)
    again = PublicationWizard(services)
    qtbot.addWidget(again)
    again.show()
    welcome = again.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    hands.pick(welcome.recent_list, 0)
    with qtbot.waitSignal(again.project.walked, timeout=WAIT_MS):
        hands.click(welcome.next_update_button)
        hands.clicks += 1  # the new file, chosen in the file dialog
    _publish(hands, again)
    monthly = (hands.total - asked_before, hands.keys)
    assert again.state.publication is not None
    assert again.state.publication.dataset_id == dataset  # the same dataset, updated

    print(f"first publication: {first[0]} clicks, {first[1]} keys")  # noqa: T201
    print(f"monthly update: {monthly[0]} clicks, {monthly[1]} keys")  # noqa: T201
    assert first[0] <= FIRST_PUBLICATION_MOST
    assert monthly[0] <= MONTHLY_UPDATE_MOST
    assert first[1] == 0
    assert monthly[1] == 0
