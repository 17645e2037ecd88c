"""The first start sets up the commune; nothing goes out with a placeholder for it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.metadata.checks import blocking, check_metadata
from desktop_app.core.metadata.prefill import prefill_metadata
from desktop_app.core.metadata.vocabulary import COMMUNE_PLACEHOLDER
from desktop_app.paths import AgentFolders, resources_dir
from desktop_app.texts import render
from desktop_app.ui.pages.description_page import DescriptionPage
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.settings_dialog import AppSettings, SettingsDialog
from desktop_app.ui.state import WizardState
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import InlineServices, ScriptedDialogs, settle


def _profiled(services: InlineServices, tmp_path: Path) -> InlineServices:
    services.profile = AgentFolders(tmp_path / "profile")
    services.profile.root.mkdir()
    services.preferences = Preferences(services.profile.root)
    return services


def test_the_first_start_opens_the_commune_settings(
    qtbot: QtBot, inline_services: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _profiled(inline_services, tmp_path)
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)

    assert wizard.offer_commune_setup()
    settle(qtbot)

    assert [asked for asked, _ in dialogs.asked] == ["settings"]
    (_, shown) = dialogs.asked[0]
    assert isinstance(shown, AppSettings)
    assert shown.communes is not None  # the offline list is there to search


def test_a_chosen_commune_opens_no_settings(
    qtbot: QtBot, inline_services: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _profiled(inline_services, tmp_path)
    services.commune = CommuneSettings(name="Vif", insee="38545")
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)

    assert not wizard.offer_commune_setup()
    assert dialogs.asked == []


def test_a_commune_found_by_postcode_brings_its_siren_and_population(
    qtbot: QtBot, inline_services: InlineServices
) -> None:
    communes = CommuneDirectory.load(resources_dir() / "reference")
    dialog = SettingsDialog(
        inline_services.texts, AppSettings(CommuneSettings(), communes=communes)
    )
    qtbot.addWidget(dialog)

    found = dialog.search_communes("38250")
    nizier = next(c for c in found if c.insee == "38433")
    dialog.choose(nizier)

    assert sum("38250" in commune.postcodes for commune in found) >= 2  # found by postcode
    assert nizier.siren == "213804339"
    assert nizier.population is not None
    assert nizier.population > 500
    assert dialog.siret.text() == "213804339"  # the agent adds the town hall's 5 digits
    assert dialog.siret_note.isVisibleTo(dialog)
    assert "SIREN 213804339" in dialog.chosen.text()
    assert "habitants" in dialog.chosen.text()
    settings = dialog.settings()
    assert (settings.commune.name, settings.commune.insee, settings.commune.department) == (
        "Saint-Nizier-du-Moucherotte",
        "38433",
        "38",
    )


def test_a_placeholder_for_the_commune_never_goes_out(inline_services: InlineServices) -> None:
    schema = inline_services.catalogue.get("scdl/subventions")
    described = prefill_metadata(
        lambda code, params: render(code, params), CommuneIdentity(), schema
    )

    assert COMMUNE_PLACEHOLDER in described.title
    assert "?" not in described.title
    refused = {problem.code for problem in blocking(check_metadata(described))}
    assert {"metadata-title-placeholder", "metadata-description-placeholder"} <= refused


def test_without_dates_the_period_is_left_empty_and_said(
    qtbot: QtBot, inline_services: InlineServices
) -> None:
    state = WizardState(commune=CommuneIdentity(name="Vif", insee="38545"))
    state.without_schema = True
    page = DescriptionPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    form = page.form
    assert not form.coverage_known.isChecked()
    assert "laissée vide" in form.coverage_note.text()
    form.coverage_known.setChecked(True)  # given by hand: it starts from today, not 2000
    assert form.start.date().year() >= 2025
