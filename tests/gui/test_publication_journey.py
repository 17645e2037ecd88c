"""The whole wizard with the real workers: from the bundled sample to data.gouv.fr (test udata).

The dataset is published on a real udata server (tests/udata_server.py) and read back
through its API; the run in English goes as far as the preview, without uploading.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from desktop_app.core.credentials import CredentialStore
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.core.publication import PublicationStep
from desktop_app.texts import Language
from desktop_app.ui.pages.description_page import DescriptionPage
from desktop_app.ui.pages.done_page import DonePage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.publication_page import PublicationPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.publishing import PublishingServices
from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs
from tests.gui.fake_datagouv import RecordingDesktop
from tests.udata_server import Udata
from tests.unit.publication.memory_keyring import MemoryKeyring

WAIT_MS = 60_000
# The commune the test server knows (its zone fr:commune:38185 is seeded).
GRENOBLE = CommuneIdentity(name="Grenoble", siret="21380185500015", insee="38185")


def _wizard(qtbot: QtBot, tmp_path: Path, lang: Language, platform: str) -> PublicationWizard:
    services = Services(
        texts=Texts(lang),
        dialogs=ScriptedDialogs(),
        templates=MappingTemplates(tmp_path / "mappings"),
        commune=GRENOBLE,
        desktop=RecordingDesktop(),
        publishing=PublishingServices(
            platforms=(platform,),
            work_folder=tmp_path / "publication",
            credentials=CredentialStore(backend=MemoryKeyring(), environ={}),
        ),
    )
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_when_ready(qtbot: QtBot, wizard: PublicationWizard) -> None:
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    number = wizard.currentId()
    wizard.next()
    assert wizard.currentId() > number, f"the wizard stayed on {page.objectName()}"


def _walk_to_publication(
    qtbot: QtBot, wizard: PublicationWizard, title_suffix: str = ""
) -> PublicationPage:
    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    welcome.example_button.click()
    _next_when_ready(qtbot, wizard)  # Fichier
    schema_page = wizard.page_for(SchemaPage)
    assert isinstance(schema_page, SchemaPage)
    qtbot.waitUntil(lambda: schema_page.choices is not None, timeout=WAIT_MS)
    schema_page.select_schema("scdl/deliberations")
    _next_when_ready(qtbot, wizard)  # Schéma
    _next_when_ready(qtbot, wizard)  # Correspondance
    _next_when_ready(qtbot, wizard)  # Qualité
    privacy = wizard.page_for(PrivacyPage)
    assert isinstance(privacy, PrivacyPage)
    qtbot.waitUntil(lambda: privacy.scan is not None and not privacy.runner.busy, timeout=WAIT_MS)
    assert privacy.scan is not None
    assert privacy.scan.found  # the sample has a personal-data column
    privacy.take_suggested()
    _next_when_ready(qtbot, wizard)  # Données personnelles
    description = wizard.currentPage()
    assert isinstance(description, DescriptionPage)
    qtbot.waitUntil(description.isComplete, timeout=WAIT_MS)
    if title_suffix:  # the agent types a title (unique: the test server is shared)
        description.form.title.setText(f"{description.form.title.text()} {title_suffix}")
    _next_when_ready(qtbot, wizard)  # Description et licence
    page = wizard.currentPage()
    assert isinstance(page, PublicationPage)
    # The preview's row count and conformity come from the file sent, read back meanwhile.
    qtbot.waitUntil(lambda: page.published is not None, timeout=WAIT_MS)
    return page


def _link_account(qtbot: QtBot, page: PublicationPage, key: str) -> None:
    qtbot.waitUntil(lambda: page.account_dialog is not None, timeout=WAIT_MS)
    dialog = page.account_dialog
    assert dialog is not None
    dialog.key_edit.setText(key)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: page.form.publish_button.isEnabled(), timeout=WAIT_MS)


@pytest.mark.integration
def test_from_the_sample_to_a_dataset_on_udata(qtbot: QtBot, tmp_path: Path, udata: Udata) -> None:
    wizard = _wizard(qtbot, tmp_path, "fr", udata.base_url)
    page = _walk_to_publication(qtbot, wizard, uuid.uuid4().hex[:8])
    _link_account(qtbot, page, udata.api_key)
    assert page.choices().organization == udata.organization

    page.form.publish_button.click()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert len(page.form.steps_done()) == 5
    _next_when_ready(qtbot, wizard)

    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    publication = wizard.state.publication
    assert publication is not None
    assert publication.step is PublicationStep.CHECKED
    assert publication.dataset_id is not None
    assert f"/datasets/{publication.dataset_id}/" in done.link_label.text()

    answer = requests.get(f"{udata.base_url}/api/1/datasets/{publication.dataset_id}/", timeout=30)
    dataset = answer.json()
    assert dataset["private"] is False
    assert dataset["license"] == "lov2"
    assert dataset["organization"]["id"] == udata.organization
    assert wizard.state.metadata is not None
    assert dataset["title"] == wizard.state.metadata.title
    assert dataset["title"].startswith("Délibérations du conseil municipal de Grenoble ")
    [resource] = dataset["resources"]
    assert resource["schema"]["name"] == "scdl/deliberations"
    csv_text = requests.get(resource["url"], timeout=30).content.decode("utf-8")
    lines = csv_text.splitlines()
    assert lines[0].startswith("COLL_NOM,COLL_SIRET,")
    assert len(lines) == 21  # the header and the sample's 20 rows
    assert "Grenoble" in lines[1]


def test_the_journey_in_english_up_to_the_preview(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path, "en", "demo")
    assert wizard.button(wizard.WizardButton.HelpButton).text() == "&Help"
    page = _walk_to_publication(qtbot, wizard)

    assert page.title() == "Publication"
    assert page.form.publish_button.text() == "Publ&ish"  # Alt+P is "&Platform"
    lines = {
        page.form.preview.item(row, 0).text(): page.form.preview.item(row, 1).text()  # type: ignore[union-attr]
        for row in range(page.form.preview.rowCount())
    }
    assert lines["Operation"] == "creation of a new dataset"
    assert lines["Platform"].startswith("Demonstration")
    assert lines["File"].endswith("20 rows, UTF-8 CSV")
    assert not page.form.publish_button.isEnabled()  # no account on this computer
    assert not page.isComplete()
