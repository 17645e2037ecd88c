"""« Publier plus tard » works for every project, the example included: saved first, no dialog."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.app import build_services
from desktop_app.core.project.outbox import Outbox
from desktop_app.paths import AgentFolders
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.publication_page import PublicationPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.publishing import OutboxQueue
from desktop_app.ui.sample_account import sample_publishing
from desktop_app.ui.services import SAMPLE_COMMUNE
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs

WAIT_MS = 60_000


def _next(qtbot: QtBot, wizard: PublicationWizard) -> None:
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=WAIT_MS)
    wizard.next()


def test_the_example_waits_in_the_outbox(qtbot: QtBot, tmp_path: Path) -> None:
    profile = AgentFolders(tmp_path / "profile")
    dialogs = ScriptedDialogs()
    services = build_services("fr", profile)
    services.dialogs = dialogs
    services.publishing = sample_publishing(SAMPLE_COMMUNE.name)
    services.publishing.publish_later = OutboxQueue(profile.root)
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    welcome.example_button.click()
    _next(qtbot, wizard)
    schema_page = wizard.page_for(SchemaPage)
    assert isinstance(schema_page, SchemaPage)
    qtbot.waitUntil(lambda: schema_page.choices is not None, timeout=WAIT_MS)
    schema_page.select_schema("scdl/deliberations")
    for _ in range(3):  # Schéma, Correspondance, Qualité
        _next(qtbot, wizard)
    privacy = wizard.currentPage()
    assert isinstance(privacy, PrivacyPage)
    qtbot.waitUntil(lambda: privacy.scan is not None and not privacy.runner.busy, timeout=WAIT_MS)
    privacy.take_suggested()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.currentPage()
    assert isinstance(page, PublicationPage)
    qtbot.waitUntil(page.form.later_button.isEnabled, timeout=WAIT_MS)

    page.form.later_button.click()
    qtbot.waitUntil(lambda: not wizard.project.busy, timeout=WAIT_MS)

    assert page.tasks.banner.current_code == "pub-later-done"
    assert [asked for asked, _ in dialogs.asked if asked == "project"] == []  # no dialog
    [entry] = Outbox(profile.root).entries()
    assert wizard.state.project_path is not None
    assert entry.path == wizard.state.project_path.resolve()
    assert entry.path.parent == (profile.root / "drafts").resolve()
    assert entry.state == "waiting"
