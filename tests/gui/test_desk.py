"""The desk on the Accueil page: kept state offline, refresh, reminders, one-click fixes."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.desk.obligations import ObligationStatus
from desktop_app.core.desk.snapshot import DeskCache
from desktop_app.core.sources import read_table
from desktop_app.paths import AgentFolders
from desktop_app.ui.desk_shots import sample_snapshot, save_desk_pictures
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.state import WANTED_SCHEMA, WizardState
from desktop_app.workers.desk import DeskReading
from tests.gui.conftest import InlineServices, ScriptedDialogs, settle
from tests.gui.fake_datagouv import FakeDataGouv, RecordingDesktop, fake_publishing


def _welcome(
    qtbot: QtBot, services: InlineServices, tmp_path: Path, server: FakeDataGouv
) -> WelcomePage:
    services.profile = AgentFolders(tmp_path / "profile")
    services.publishing = fake_publishing(server, tmp_path / "work")
    services.commune = CommuneSettings(name="Saint-Nizier", organization="org-1")
    page = WelcomePage(WizardState(), services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    return page


def _keep(tmp_path: Path, days_ago: int) -> None:
    cache = DeskCache(tmp_path / "profile")
    cache.snapshots["demo"] = sample_snapshot(refreshed_days_ago=days_ago)
    cache.save()


def test_offline_the_kept_state_is_shown_with_its_date_and_reminders(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    _keep(tmp_path, days_ago=23)
    kept = DeskCache.load(tmp_path / "profile").snapshots["demo"]
    server = FakeDataGouv()
    server.offline = True
    page = _welcome(qtbot, inline_services, tmp_path, server)
    panel = page.desk_panel
    kept_day = sample_snapshot(23).refreshed_at[:10].split("-")
    assert panel.status_label.text() == (
        "Pas de connexion à data.gouv.fr : voici l'état relevé le "
        f"{kept_day[2]}/{kept_day[1]}/{kept_day[0]}."
    )
    assert panel.reminder_texts() == [
        "Budget primitif : dernière mise à jour il y a 14 mois — annuelle attendue",
        "Délibérations du conseil municipal : dernière mise à jour il y a 3 mois — "
        "mensuelle attendue",
    ]
    assert panel.datasets_list.count() == 4
    first = panel.chosen_dataset()
    assert first is not None
    assert first.title == "Budget primitif"  # late ones first
    assert DeskCache.load(tmp_path / "profile").snapshots["demo"] == kept  # not overwritten


def test_refresh_reads_the_organisations_datasets_and_keeps_them(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    server = FakeDataGouv()
    server.add_dataset("Subventions 2025", "org-1", "scdl/subventions")
    server.add_dataset("Budget d'une autre commune", "org-2", "scdl/budget")
    page = _welcome(qtbot, inline_services, tmp_path, server)
    panel = page.desk_panel
    assert panel.status_label.text().startswith("État relevé sur data.gouv.fr le ")
    assert panel.datasets_list.count() == 1
    kept = DeskCache.load(tmp_path / "profile").snapshots["demo"]
    assert [d.title for d in kept.datasets] == ["Subventions 2025"]
    statuses = {line.obligation.id: line.status for line in panel.desk.obligations}  # type: ignore[union-attr]
    assert statuses["subventions"] is ObligationStatus.PUBLISHED
    assert statuses["budget"] is ObligationStatus.NEVER


def test_without_a_key_the_desk_says_where_to_add_it(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    inline_services.profile = AgentFolders(tmp_path / "profile")
    inline_services.publishing = fake_publishing(FakeDataGouv(), tmp_path / "work", key=None)
    page = WelcomePage(WizardState(), inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    assert page.desk_panel.status_label.text().startswith("Aucune clé d'API n'est enregistrée")
    assert page.desk_panel.datasets_list.count() == 1  # "Aucun jeu de données…"
    assert page.desk_panel.chosen_dataset() is None
    assert not page.desk_panel.update_button.isEnabled()


def test_publish_for_an_obligation_starts_with_its_schema_chosen(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    _keep(tmp_path, days_ago=0)
    server = FakeDataGouv()
    server.offline = True
    page = _welcome(qtbot, inline_services, tmp_path, server)
    panel = page.desk_panel
    rows = [panel.obligations_list.item(r) for r in range(panel.obligations_list.count())]
    markets = next(
        r for r, item in enumerate(rows) if "Marchés publics" in str(item.data(0x0B))
    )  # AccessibleTextRole
    panel.obligations_list.setCurrentRow(markets)
    assert panel.publish_button.text() == "Pu&blier"
    panel.publish_button.click()
    assert page.state.extras[WANTED_SCHEMA] == "139bercy/format-commande-publique"
    assert page.state.publication is None

    # The Schéma step then comes with that schema chosen, whatever the file suggests.
    state = WizardState(table=read_table(inline_services.sample_file))
    state.extras[WANTED_SCHEMA] = "scdl/subventions"
    schema_page = SchemaPage(state, inline_services)
    qtbot.addWidget(schema_page)
    schema_page.initializePage()
    settle(qtbot)
    assert schema_page.isComplete()
    assert schema_page.validatePage()
    assert state.schema is not None
    assert state.schema.name == "scdl/subventions"


def test_update_without_a_project_starts_the_wizard_in_update_mode_on_that_dataset(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    _keep(tmp_path, days_ago=0)
    server = FakeDataGouv()
    server.offline = True
    page = _welcome(qtbot, inline_services, tmp_path, server)
    page.desk_panel.reminder_labels[1].linkActivated.emit("deliberations")  # late
    publication = page.state.publication
    assert publication is not None
    assert publication.mode == "update"
    assert publication.dataset_id == "deliberations"
    assert publication.platform == "demo"
    assert page.state.extras[WANTED_SCHEMA] == "scdl/deliberations"
    # A published obligation offers to update its dataset, never a second one.
    panel = page.desk_panel
    rows = [panel.obligations_list.item(r) for r in range(panel.obligations_list.count())]
    subsidies = next(r for r, item in enumerate(rows) if "Subventions" in str(item.data(0x0B)))
    panel.obligations_list.setCurrentRow(subsidies)
    assert panel.publish_button.text() == "Mettre à &jour"
    panel.publish_button.click()
    assert page.state.publication is not None
    assert page.state.publication.dataset_id == "subventions"


def test_update_with_a_saved_project_prepares_its_next_update(
    qtbot: QtBot, inline_services: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _keep(tmp_path, days_ago=0)
    server = FakeDataGouv()
    server.offline = True
    page = _welcome(qtbot, inline_services, tmp_path, server)
    reading = page.desk.reading
    assert reading is not None
    project = tmp_path / "Délibérations.datamairie"
    page.desk.show(
        DeskReading(
            reading.snapshot,
            reading.obligations,
            reading.population,
            reading.refreshed,
            reading.problem,
            {"deliberations": project},
        )
    )
    new_file = tmp_path / "deliberations-decembre.xlsx"
    dialogs.files.append(new_file)
    with qtbot.waitSignal(page.next_update_chosen) as chosen:
        page.desk_panel.reminder_labels[1].linkActivated.emit("deliberations")
    assert chosen.args == [project, new_file]


def test_the_population_decides_what_applies_and_is_kept(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    _keep(tmp_path, days_ago=0)
    server = FakeDataGouv()
    server.offline = True
    page = _welcome(qtbot, inline_services, tmp_path, server)
    panel = page.desk_panel
    panel.population_spin.setValue(800)
    panel.population_spin.editingFinished.emit()
    settle(qtbot)
    statuses = {line.obligation.id: line.status for line in panel.desk.obligations}  # type: ignore[union-attr]
    assert statuses["deliberations"] is ObligationStatus.NOT_APPLICABLE
    document = json.loads((tmp_path / "profile" / "desk.json").read_text(encoding="utf-8"))
    assert document["population"] == 800


def test_the_page_link_opens_in_the_browser(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    _keep(tmp_path, days_ago=0)
    server = FakeDataGouv()
    server.offline = True
    desktop = RecordingDesktop()
    inline_services.desktop = desktop
    page = _welcome(qtbot, inline_services, tmp_path, server)
    page.desk_panel.page_button.click()
    assert desktop.links == ["https://demo.data.gouv.fr/datasets/budget/"]


def test_the_guide_pictures_are_drawn(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop_app.ui.texts import Texts

    written = save_desk_pictures(tmp_path, Texts("fr"))
    assert [path.name for path in written] == [
        "desk-late.png",
        "desk-offline.png",
        "desk-no-key.png",
    ]
    assert all(path.stat().st_size > 10_000 for path in written)
