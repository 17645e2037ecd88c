"""The Publication step alone, against data.gouv.fr in memory, with inline work."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.commune.settings import CommuneSettings, load_commune
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.publication import PublicationError, PublicationStep
from desktop_app.core.sources import read_table
from desktop_app.paths import AgentFolders
from desktop_app.ui.pages.publication_page import PublicationPage
from desktop_app.ui.publication_plan import dataset_metadata
from desktop_app.ui.publishing import OutboxQueue
from desktop_app.ui.state import WizardState
from desktop_app.ui.texts import Texts
from desktop_app.workers.publication import PUBLISHED, PublicationOutcome
from tests.builders import write_xlsx
from tests.gui.conftest import InlineServices, ScriptedDialogs, settle
from tests.gui.fake_datagouv import (
    GOOD_KEY,
    FakeClient,
    FakeDataGouv,
    RecordingDesktop,
    fake_publishing,
)

ROWS = [
    ["N° de délibération", "Date de la séance", "Objet"],
    ["2024-001", "15/03/2024", "Budget primitif"],
    ["2024-002", "12/04/2024", "Réfection de la voirie"],
    ["2024-003", "12/04/2024", "Tarifs de la cantine"],
]
GRENOBLE = CommuneIdentity(name="Grenoble", siret="21380185500015", insee="38185")


@pytest.fixture
def server() -> FakeDataGouv:
    return FakeDataGouv()


def _services(server: FakeDataGouv, tmp_path: Path, key: str | None = GOOD_KEY) -> InlineServices:
    return InlineServices(
        texts=Texts("fr"),
        dialogs=ScriptedDialogs(),
        publishing=fake_publishing(server, tmp_path / "out", key),
        desktop=RecordingDesktop(),
    )


def _state(tmp_path: Path, services: InlineServices) -> WizardState:
    table = read_table(write_xlsx(tmp_path / "delib.xlsx", {"2024": ROWS}))
    schema = services.catalogue.get("scdl/deliberations")
    mapping = suggest_mapping(table, schema)
    mapping = mapping.with_constant("COLL_NOM", GRENOBLE.name).with_constant(
        "COLL_SIRET", GRENOBLE.siret
    )
    prepared = prepare_table(table, schema, mapping)
    return WizardState(
        commune=GRENOBLE, table=table, schema=schema, mapping=mapping, prepared=prepared
    )


def _page(qtbot: QtBot, services: InlineServices, state: WizardState) -> PublicationPage:
    page = PublicationPage(state, services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    return page


def _preview(page: PublicationPage) -> dict[str, str]:
    table = page.form.preview
    lines: dict[str, str] = {}
    for row in range(table.rowCount()):
        label, value = table.item(row, 0), table.item(row, 1)
        assert label is not None
        assert value is not None
        lines[label.text()] = value.text()
    return lines


def test_the_preview_shows_what_will_be_sent(
    qtbot: QtBot, qtmodeltester: ModelTester, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path)
    page = _page(qtbot, services, _state(tmp_path, services))

    assert "Agent Test" in page.form.account_label.text()
    assert page.form.organization_combo.count() == 2
    preview = _preview(page)
    assert preview["Plateforme"].startswith("Démonstration")
    assert preview["Organisation"] == "Commune A"
    assert preview["Opération"] == "création d'un nouveau jeu de données"
    assert preview["Visibilité"] == "public"
    assert preview["Fichier"] == "deliberations.csv — 3 lignes, CSV UTF-8"
    assert "Grenoble" in preview["Titre"]
    assert preview["Licence"].startswith("Licence Ouverte")
    assert preview["Couverture géographique"] == "Grenoble (code INSEE 38185)"
    assert preview["Schéma"].startswith("scdl/deliberations")
    assert re.fullmatch(r"du \d\d/\d\d/\d{4} au \d\d/\d\d/\d{4}", preview["Période couverte"])
    assert page.form.publish_button.isEnabled()
    assert not page.isComplete()
    assert not page.form.later_button.isVisible()  # no outbox given: not offered
    qtmodeltester.check(page.form.preview.model())

    page.form.draft_check.setChecked(True)
    assert _preview(page)["Visibilité"] == "privé (brouillon)"
    assert page.form.publish_button.text() == "&Envoyer le brouillon"


def test_publishing_a_new_dataset_ticks_every_step(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path)
    state = _state(tmp_path, services)
    page = _page(qtbot, services, state)

    page.form.publish_button.click()
    settle(qtbot)

    assert state.publication is not None
    assert state.publication.step is PublicationStep.CHECKED
    assert page.isComplete()
    assert page.validatePage()
    assert len(page.form.steps_done()) == 5
    assert page.tasks.banner.current_code == "pub-done"
    [dataset] = server.datasets.values()
    assert dataset["private"] is False
    assert dataset["organization"] == {"id": "org-1"}
    assert dataset["resources"][0]["schema"]["name"] == "scdl/deliberations"
    [(name, content)] = server.uploads
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    assert name == "deliberations.csv"
    assert rows[0][:2] == ["COLL_NOM", "COLL_SIRET"]
    assert len(rows) == 4
    outcome = state.extras[PUBLISHED]
    assert isinstance(outcome, PublicationOutcome)
    assert outcome.rows == 3


def test_a_draft_stays_private(qtbot: QtBot, server: FakeDataGouv, tmp_path: Path) -> None:
    services = _services(server, tmp_path)
    state = _state(tmp_path, services)
    page = _page(qtbot, services, state)
    page.form.draft_check.setChecked(True)

    page.publish()
    settle(qtbot)

    [dataset] = server.datasets.values()
    assert dataset["private"] is True
    assert state.publication is not None
    assert state.publication.draft
    assert "replace_dataset" not in server.calls
    assert page.isComplete()
    assert page.form.steps_list.count() == 3


def test_an_update_replaces_the_file_of_a_dataset_with_the_same_schema(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    earlier = server.add_dataset("Délibérations 2023", "org-1", "scdl/deliberations")
    server.add_dataset("Subventions 2023", "org-1", "scdl/subventions")
    services = _services(server, tmp_path)
    state = _state(tmp_path, services)
    page = _page(qtbot, services, state)

    page.form.update_radio.setChecked(True)
    settle(qtbot)
    assert [
        page.form.dataset_combo.itemText(n) for n in range(page.form.dataset_combo.count())
    ] == ["Délibérations 2023"]
    assert "remplacement du fichier de « Délibérations 2023 »" in _preview(page)["Opération"]
    page.publish()
    settle(qtbot)

    assert len(server.datasets) == 2  # nothing created
    assert server.datasets[earlier]["title"] == "Délibérations 2023"  # its address is kept
    [resource] = server.datasets[earlier]["resources"]
    assert resource["checksum"]["value"] != "old"  # its file was replaced, not added to
    assert len(server.uploads) == 1
    assert state.publication is not None
    assert state.publication.mode == "update"
    assert page.isComplete()


def test_an_expired_key_reopens_the_account_dialog(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    server.refuse_key = True
    services = _services(server, tmp_path)
    page = _page(qtbot, services, _state(tmp_path, services))

    assert page.tasks.banner.current_code == "publication-key-invalid"
    assert "expiré" in page.tasks.banner.text
    assert page.account_dialog is not None
    assert page.account_dialog.isVisible()
    assert page.account_dialog.notice.current_code == "account-expired"
    assert not page.form.publish_button.isEnabled()


def test_the_account_dialog_checks_the_key_then_keeps_it(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path, key=None)
    page = _page(qtbot, services, _state(tmp_path, services))
    dialog = page.account_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.key_edit.echoMode() is QLineEdit.EchoMode.Password

    dialog.link_button.click()
    assert services.desktop.links == ["https://demo.data.gouv.fr/admin/me/profile"]  # type: ignore[attr-defined]

    dialog.key_edit.setText("une-cle-fausse")
    dialog.check_button.click()
    settle(qtbot)
    assert dialog.tasks.banner.current_code == "credentials-key-refused"
    assert "une-cle-fausse" not in dialog.tasks.banner.text + dialog.tasks.banner.details
    assert services.publishing.store().key("demo") is None

    dialog.key_edit.setText(GOOD_KEY)
    dialog.check_button.click()
    settle(qtbot)
    assert not dialog.isVisible()
    assert dialog.key_edit.text() == ""
    assert services.publishing.store().key("demo") == (GOOD_KEY, "keyring")
    assert "Agent Test" in page.form.account_label.text()
    assert page.form.publish_button.isEnabled()


def test_offline_the_project_waits_in_the_outbox(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    server.offline = True
    services = _services(server, tmp_path)
    services.publishing.publish_later = OutboxQueue(tmp_path / "profile")
    state = _state(tmp_path, services)
    state.project_path = tmp_path / "deliberations.datamairie"
    page = _page(qtbot, services, state)
    banner = page.tasks.banner
    assert banner.current_code == "account-offline"
    # one full sentence: no connection, nothing sent, what to do; the code only in the details
    assert banner.text.startswith("Pas de connexion à data.gouv.fr")
    assert "« Publier plus tard »" in banner.text
    assert banner.text.endswith(".")
    assert "publication-unreachable" not in banner.text
    assert "publication-unreachable" in banner.details
    assert not banner.details_shown
    assert not page.form.later_button.isHidden()

    written: list[bool] = []
    page.state_written.connect(lambda: written.append(True))
    page.form.later_button.click()

    assert written == [True]  # the project is saved with these choices first
    assert page.tasks.banner.current_code == "pub-later-done"
    [entry] = Outbox(tmp_path / "profile").entries()
    assert entry.path == state.project_path.resolve()
    assert state.publication is not None
    assert state.publication.platform == "demo"
    assert not page.isComplete()


def test_an_interrupted_publication_resumes_without_a_second_dataset(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path)
    state = _state(tmp_path, services)
    page = _page(qtbot, services, state)
    real_upload = FakeClient.upload_call
    FakeClient.upload_call = _offline_upload  # type: ignore[method-assign]
    try:
        page.publish()
        settle(qtbot)
    finally:
        FakeClient.upload_call = real_upload  # type: ignore[method-assign]
    assert page.tasks.banner.current_code == "publication-unreachable"
    assert state.publication is not None
    interrupted = state.publication
    assert interrupted.step is PublicationStep.DATASET_CREATED
    assert len(page.form.steps_done()) == 1

    page.tasks.banner.retry_requested.emit()  # « Réessayer »
    settle(qtbot)

    assert len(server.datasets) == 1
    resumed = state.publication
    assert resumed is not None
    assert resumed.dataset_id == interrupted.dataset_id
    assert resumed.step is PublicationStep.CHECKED
    assert page.isComplete()


def _offline_upload(self: FakeClient, *args: object, **kwargs: object) -> dict[str, object]:
    raise PublicationError("publication-unreachable")


def test_the_preview_agrees_with_feminine_nouns(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path)
    state = _state(tmp_path, services)
    described = dataset_metadata(state)
    state.metadata = dataclasses.replace(described, temporal_coverage=None, zones=())

    preview = _preview(_page(qtbot, services, state))

    assert preview["Période couverte"] == "aucune"
    assert preview["Couverture géographique"] == "aucune"


def test_the_account_dialog_opens_once_not_on_each_arrival(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path, key=None)
    page = _page(qtbot, services, _state(tmp_path, services))
    first = page.account_dialog
    assert first is not None
    assert first.isVisible()
    first.reject()

    page.initializePage()  # the agent went back, then came here again
    settle(qtbot)

    assert page.account_dialog is first
    assert not first.isVisible()
    page.form.account_button.click()  # it opens when the agent asks for it
    assert page.account_dialog is not None
    assert page.account_dialog.isVisible()


def test_offline_the_key_check_says_so_in_a_full_sentence(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path, key=None)
    page = _page(qtbot, services, _state(tmp_path, services))
    dialog = page.account_dialog
    assert dialog is not None
    server.offline = True

    dialog.key_edit.setText(GOOD_KEY)
    dialog.check_button.click()
    settle(qtbot)

    banner = dialog.tasks.banner
    assert banner.current_code == "account-key-offline"
    assert banner.text.startswith("Pas de connexion à data.gouv.fr pour l'instant")
    assert "n'est donc pas enregistrée" in banner.text
    assert "publication-" not in banner.text
    assert "publication-unreachable" in banner.details
    assert services.publishing.store().key("demo") is None


def test_without_a_browser_the_key_page_address_is_shown_to_copy(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path, key=None)
    services.desktop.browser = False  # type: ignore[attr-defined]
    page = _page(qtbot, services, _state(tmp_path, services))
    dialog = page.account_dialog
    assert dialog is not None
    assert not dialog.link_box.isVisible()

    dialog.link_button.click()

    assert dialog.link_box.isVisible()
    assert dialog.link_text.text() == "https://demo.data.gouv.fr/admin/me/profile"
    assert dialog.link_text.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.link_text.text()


def test_the_storage_sentence_names_this_computer_s_keyring(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path, key=None)
    page = _page(qtbot, services, _state(tmp_path, services))
    dialog = page.account_dialog
    assert dialog is not None
    intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
    # a keyring of the session (not Windows'): the dialog must not speak of Windows
    assert "trousseau sécurisé de votre session" in intro
    assert "Windows" not in intro


def test_the_organisation_chosen_here_becomes_the_commune_s(
    qtbot: QtBot, server: FakeDataGouv, tmp_path: Path
) -> None:
    services = _services(server, tmp_path)
    services.profile = AgentFolders(tmp_path / "profile")
    services.commune = CommuneSettings(name="Grenoble", insee="38185")
    page = _page(qtbot, services, _state(tmp_path, services))
    assert page.choices().organization == "org-1"  # the first, nothing known yet

    page.form.organization_combo.setCurrentIndex(1)
    page.form.publish_button.click()
    settle(qtbot)

    saved = load_commune(services.profile)
    assert saved is not None
    assert (saved.organization, saved.organization_name) == ("org-2", "Commune B")
    assert (saved.name, saved.insee) == ("Grenoble", "38185")
    next_time = _page(qtbot, services, _state(tmp_path, services))
    assert next_time.choices().organization == "org-2"  # chosen once, offered first after
