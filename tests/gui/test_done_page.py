"""The Terminé step alone: what it says after a publication, a draft, or nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.project.model import ConformityDecision
from desktop_app.core.publication import PublicationResult, PublicationState, PublicationStep
from desktop_app.ui.pages.done_page import DonePage
from desktop_app.ui.services import Services
from desktop_app.ui.state import CONFORMITY, WizardState
from desktop_app.ui.texts import Texts
from desktop_app.workers.publication import PUBLISHED, PublicationOutcome
from tests.gui.conftest import ScriptedDialogs
from tests.gui.fake_datagouv import RecordingDesktop

PAGE = "https://demo.data.gouv.fr/datasets/deliberations-de-vif/"


def _services() -> Services:
    return Services(
        texts=Texts("fr"),
        dialogs=ScriptedDialogs(),
        desktop=RecordingDesktop(),
    )


def _published(state: WizardState, *, draft: bool = False, platform: str = "demo") -> None:
    step = PublicationStep.RESOURCE_DESCRIBED if draft else PublicationStep.CHECKED
    publication = PublicationState(
        platform=platform, draft=draft, dataset_id="d1", dataset_page=PAGE, step=step
    )
    state.publication = publication
    state.extras[PUBLISHED] = PublicationOutcome(
        PublicationResult(publication, (step,)), "deliberations.csv", 20
    )


def _page(qtbot: QtBot, services: Services, state: WizardState) -> DonePage:
    page = DonePage(state, services)
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    return page


def _summary(page: DonePage) -> str:
    return " | ".join(
        label.text() for label in page.summary_box.findChildren(type(page.headline)) if label.text()
    )


def test_after_publishing_the_page_links_to_the_dataset(qtbot: QtBot) -> None:
    services = _services()
    state = WizardState(schema=services.catalogue.get("scdl/deliberations"))
    _published(state)
    page = _page(qtbot, services, state)

    assert page.headline.text().startswith("Vos données sont publiées")
    assert PAGE in page.link_label.text()
    page.link_label.linkActivated.emit(PAGE)
    assert services.desktop.links == [PAGE]  # type: ignore[attr-defined]
    summary = _summary(page)
    assert "deliberations.csv — 20 lignes" in summary
    assert "Licence Ouverte" in summary
    assert "Délibérations" in summary  # the schema's title
    assert "chaque nuit" in page.badge_label.text()


def test_prepare_the_next_update_of_a_saved_project(qtbot: QtBot, tmp_path: Path) -> None:
    state = WizardState(project_path=tmp_path / "deliberations.datamairie")
    _published(state)
    page = _page(qtbot, _services(), state)

    assert page.next_button.isVisible()
    with qtbot.waitSignal(page.next_update_requested) as asked:
        page.next_button.click()
    assert asked.args == [state.project_path]
    assert "sans schéma" in page.badge_label.text()


def test_without_a_saved_project_there_is_no_next_update(qtbot: QtBot) -> None:
    state = WizardState()
    _published(state)
    page = _page(qtbot, _services(), state)
    assert not page.next_button.isVisible()  # the example is not saved as a project


def test_when_nothing_was_published_it_says_so(qtbot: QtBot) -> None:
    page = _page(qtbot, _services(), WizardState())

    assert not page.next_button.isVisible()
    assert page.headline.text().startswith("Rien n'a été publié")
    assert not page.link_label.isVisible()
    assert not page.summary_box.isVisible()


def test_a_draft_says_it_is_private(qtbot: QtBot) -> None:
    state = WizardState()
    _published(state, draft=True)
    page = _page(qtbot, _services(), state)

    assert "privé" in page.headline.text()
    assert page.link_label.isVisible()


def test_the_page_names_the_platform_the_data_went_to(qtbot: QtBot) -> None:
    services = _services()
    demo = WizardState()
    _published(demo)
    page = _page(qtbot, services, demo)
    told = page.headline.text()
    assert "plateforme de démonstration" in told
    assert "rien n'est visible sur data.gouv.fr" in told
    assert "sur la plateforme de démonstration" in page.link_label.text()

    real = WizardState()
    _published(real, platform="www")
    real_page = _page(qtbot, services, real)
    assert real_page.headline.text() == "Vos données sont publiées sur data.gouv.fr."
    local = WizardState()
    _published(local, draft=True, platform="http://127.0.0.1:7000")
    local_page = _page(qtbot, services, local)
    told = local_page.headline.text()
    assert told.startswith("Le brouillon est sur 127.0.0.1:7000, privé")


def test_data_published_with_problems_is_not_promised_a_conformity_badge(qtbot: QtBot) -> None:
    """The agent went on knowingly with 3 problems: no « conforme » badge will come."""
    services = _services()
    state = WizardState(schema=services.catalogue.get("scdl/deliberations"))
    _published(state)
    state.extras[CONFORMITY] = ConformityDecision(problems=3, problem_rows=3, fingerprint="f")
    page = _page(qtbot, services, state)

    badge = page.badge_label.text()
    assert "apparaîtra" not in badge
    assert "3 problèmes" in badge
    assert "pas le badge" in badge

    state.extras.pop(CONFORMITY)
    page.initializePage()
    assert "apparaîtra" in page.badge_label.text()  # conforming data: the badge comes
