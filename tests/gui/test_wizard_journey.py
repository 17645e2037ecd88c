"""The whole wizard with the real workers: from Accueil to Qualité on the bundled sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from desktop_app.core.errors import SourceError
from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.qt_words import install_qt_words
from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.step_list import CURRENT, DONE, SKIPPED, TODO
from desktop_app.ui.widgets.task_panel import TaskPanel
from desktop_app.ui.wizard import PublicationWizard
from desktop_app.workers.runner import TaskRunner
from tests.gui.conftest import ScriptedDialogs

WAIT_MS = 20_000


def _wizard(qtbot: QtBot, tmp_path: Path) -> PublicationWizard:
    services = Services(
        texts=Texts("fr"),
        dialogs=ScriptedDialogs(),
        templates=MappingTemplates(tmp_path / "mappings"),
    )
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_when_ready(qtbot: QtBot, wizard: PublicationWizard) -> None:
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    wizard.next()


def test_from_welcome_to_quality_with_the_sample(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path)
    saved: list[object] = []
    wizard.state_changed.connect(saved.append)
    assert wizard.currentId() == 0
    assert wizard.steps.state_of(0) == CURRENT

    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    welcome.example_button.click()
    assert wizard.currentId() == 1
    _next_when_ready(qtbot, wizard)
    assert wizard.state.table is not None
    assert wizard.state.table.row_count == 20

    schema_page = wizard.page_for(SchemaPage)
    assert isinstance(schema_page, SchemaPage)
    qtbot.waitUntil(lambda: schema_page.choices is not None, timeout=WAIT_MS)
    schema_page.select_schema("scdl/deliberations")
    _next_when_ready(qtbot, wizard)
    assert wizard.state.schema is not None
    assert wizard.currentId() == 3

    _next_when_ready(qtbot, wizard)
    assert wizard.state.prepared is not None
    assert wizard.state.prepared.mapping.for_field("COLL_NOM").constant == (
        "Saint-Nizier-du-Moucherotte"
    )
    assert wizard.currentId() == 4
    quality = wizard.page_for(QualityPage)
    qtbot.waitUntil(quality.isComplete, timeout=WAIT_MS)
    assert isinstance(quality, QualityPage)
    assert quality.result is not None
    assert quality.result.index.count > 0
    assert [wizard.steps.state_of(n) for n in (3, 4, 5)] == [DONE, CURRENT, TODO]

    wizard.next()
    assert wizard.state.check is quality.result.index.check
    assert len(saved) == 5  # every step's answer was handed to the autosave
    assert all(item is wizard.state for item in saved)

    wizard.back()
    wizard.back()
    assert wizard.currentId() == 3
    assert wizard.steps.state_of(3) == CURRENT
    wizard.done(0)


def test_without_a_schema_the_mapping_and_quality_steps_are_skipped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, tmp_path)
    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    welcome.start_example()
    _next_when_ready(qtbot, wizard)
    schema_page = wizard.page_for(SchemaPage)
    assert isinstance(schema_page, SchemaPage)
    qtbot.waitUntil(lambda: schema_page.choices is not None, timeout=WAIT_MS)

    schema_page.without.setChecked(True)
    wizard.next()

    assert wizard.currentId() == 5
    assert wizard.currentPage().title() == "Données personnelles"
    # Nothing was mapped or checked: those steps are not ticked as if they had been.
    assert [wizard.steps.state_of(n) for n in (2, 3, 4, 5)] == [DONE, SKIPPED, SKIPPED, CURRENT]
    lines = [label.text() for label in wizard.steps.findChildren(QLabel)]
    assert "–  4. Qualité (sans objet)" in lines
    wizard.done(0)


def _refuse(*, progress: ProgressFn, cancel: CancelToken) -> None:
    raise SourceError("file-empty", file="vide.csv")


def test_task_panel_shows_failures_with_details_and_retries(qtbot: QtBot) -> None:
    runner = TaskRunner()
    panel = TaskPanel(Texts("fr"), runner)
    qtbot.addWidget(panel)
    panel.show()

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS):
        panel.run("step-validating", _refuse)
    banner = panel.banner
    assert banner.current_code == "file-empty"
    assert "vide.csv" in banner.text
    assert banner.details == "file-empty (file = vide.csv)"
    shown = [banner.details_shown]
    banner.toggle_details()
    shown.append(banner.details_shown)
    assert shown == [False, True]

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS):
        banner.retry_requested.emit()
    assert banner.current_code == "file-empty"
    assert not panel.progress.isVisible()
    runner.shutdown()


def test_qt_own_buttons_read_in_french(qtbot: QtBot, qapp: QApplication) -> None:
    translators = install_qt_words(qapp, "fr")
    try:
        assert translators
        wizard = QWizard()
        qtbot.addWidget(wizard)
        assert "Suivant" in wizard.buttonText(QWizard.WizardButton.NextButton)
        assert "Précédent" in wizard.buttonText(QWizard.WizardButton.BackButton)
        assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Annuler"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
