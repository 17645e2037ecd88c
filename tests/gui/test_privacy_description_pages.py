"""Steps 5 and 6 alone, with fake services and inline work: what each page writes in the state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.preparation.edits import CellEdit
from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.privacy.free_text import REDACTED
from desktop_app.core.privacy.model import Category
from desktop_app.core.sources import read_table
from desktop_app.ui.models.privacy_model import CATEGORY, DECISION, EXAMPLES
from desktop_app.ui.pages.description_page import DescriptionPage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.state import WizardState
from tests.gui.conftest import InlineServices, settle

SAMPLE_COMMUNE = CommuneSettings(
    name="Saint-Nizier-du-Moucherotte", siret="21380453700016", insee="38453"
)


@pytest.fixture
def sample_state(inline_services: InlineServices) -> WizardState:
    """The bundled sample, mapped to scdl/deliberations as the wizard would."""
    table = read_table(inline_services.sample_file)
    schema = inline_services.catalogue.get("scdl/deliberations")
    mapping = suggest_mapping(table, schema)
    prepared = prepare_table(table, schema, mapping)
    return WizardState(
        commune=SAMPLE_COMMUNE,
        source_path=inline_services.sample_file,
        table=table,
        schema=schema,
        mapping=mapping,
        prepared=prepared,
    )


def test_privacy_page_waits_for_a_decision_on_each_finding(
    qtbot: QtBot,
    inline_services: InlineServices,
    sample_state: WizardState,
    qtmodeltester: ModelTester,
) -> None:
    page = PrivacyPage(sample_state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    assert page.scan is not None
    kinds = {finding.category for finding in page.scan.findings}
    assert kinds == {Category.EMAIL, Category.PERSON_NAME}
    qtmodeltester.check(page.model)
    assert not page.isComplete()
    assert "2 repérages sur 2" in page.summary.text()
    email = next(i for i, f in enumerate(page.scan.findings) if f.category is Category.EMAIL)
    assert page.model.data(page.model.index(email, EXAMPLES)) == "b******.l******@example.org"
    assert "une cellule" in page.model.data(page.model.index(email, CATEGORY))
    assert page.model.data(page.model.index(email, DECISION)) == "À décider"

    page.select(email)
    assert [page.panel.cells.item(i).text() for i in range(page.panel.cells.count())] == [
        "Ligne 15 : b******.l******@example.org"
    ]
    page.panel.choose(Remedy.REDACT_TEXT)
    assert page.model.data(page.model.index(email, DECISION)).startswith("Remplacer")
    name = 1 - email
    page.select(name)
    page.panel.choose(Remedy.KEEP)  # keeping needs a reason
    assert not page.isComplete()
    page.panel.choose(Remedy.KEEP, "Le pétitionnaire a donné son accord par écrit")
    assert page.isComplete()

    assert page.validatePage()
    decisions = {d.category: d for d in sample_state.privacy}
    assert decisions["email"].remedy is Remedy.REDACT_TEXT
    assert decisions["person_name"].justification.startswith("Le pétitionnaire")
    assert all(d.decided_by == inline_services.agent for d in sample_state.privacy)
    assert all(d.decided_at is not None for d in sample_state.privacy)
    assert sample_state.privacy_scan is page.scan

    assert sample_state.prepared is not None
    published = sample_state.preparation().publishable
    assert published is not None
    objet = published.frame["DELIB_OBJET"].tolist()
    assert REDACTED in objet[10]
    assert "Lefèvre" in objet[10]
    assert "example.org" not in objet[10]
    assert "example.org" in sample_state.prepared.frame["DELIB_OBJET"].iloc[10]  # untouched


def test_privacy_page_takes_the_advised_choices_and_keeps_them_when_coming_back(
    qtbot: QtBot, inline_services: InlineServices, sample_state: WizardState
) -> None:
    page = PrivacyPage(sample_state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    page.take_suggested()
    assert page.isComplete()
    assert page.validatePage()
    assert {d.remedy for d in sample_state.privacy} == {Remedy.REDACT_TEXT}

    assert sample_state.prepared is not None
    before = str(sample_state.prepared.frame["DELIB_OBJET"].iat[0])
    typed = "Vote du budget, écrire à jean.dupont@example.org"
    sample_state.edits = sample_state.edits.added(CellEdit("DELIB_OBJET", 2, before, typed))
    page.initializePage()  # the data changed: scanned again, fitting decisions kept
    settle(qtbot)
    assert page.scan is not None
    email = next(f for f in page.scan.findings if f.category is Category.EMAIL)
    assert email.rows == (0, 10)
    assert page.isComplete()


def test_privacy_page_says_when_nothing_personal_was_found(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    from tests.builders import write_csv

    path = write_csv(tmp_path / "salles.csv", [["Salle", "Places"], ["Salle des fêtes", "120"]])
    state = WizardState(source_path=path, table=read_table(path), without_schema=True)
    page = PrivacyPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    assert page.isComplete()
    assert "Aucune donnée personnelle" in page.summary.text()
    assert page.validatePage()
    assert state.privacy == []


def test_description_page_prefills_checks_and_writes_the_metadata(
    qtbot: QtBot, inline_services: InlineServices, sample_state: WizardState
) -> None:
    page = DescriptionPage(sample_state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    form = page.form
    assert form.title.text() == "Délibérations du conseil municipal de Saint-Nizier-du-Moucherotte"
    assert len(form.description.toPlainText()) >= 100
    assert "38453" in form.zone.text()
    assert page.metadata.temporal_coverage is not None
    assert page.metadata.temporal_coverage.start == date(2024, 1, 22)
    assert page.metadata.temporal_coverage.end == date(2024, 12, 16)
    assert page.metadata.zones == ("fr:commune:38453",)
    assert form.licences.checkedId() == 0  # Licence Ouverte first, recommended
    assert inline_services.communes is not None  # read once, for the zone check
    assert page.isComplete()
    # The defaults reach data.gouv.fr's full quality score: the schema's usual frequency is
    # suggested (not "Inconnue"), and the file sent gets a description.
    assert page.metadata.frequency == "monthly"
    assert not form.problems["frequency"].isVisibleTo(form)
    assert page.score.score is not None
    assert page.score.score.points == 9
    assert page.score.missing_texts() == []
    form.frequency.setCurrentIndex(form.frequency.findData("unknown"))
    assert form.problems["frequency"].isVisibleTo(form)
    assert page.score.score.points == 7
    assert page.score.missing_texts() == [
        "Il manque : la fréquence de mise à jour.",
        "Il manque : une mise à jour à temps pour la fréquence annoncée.",
    ]
    form.coverage_known.setChecked(False)
    form.description.setPlainText("Trop court.")
    assert page.score.score.points == 5
    page.score.lines[0].linkActivated.emit("temporal_coverage")  # « Compléter »
    assert form.coverage_known.isChecked()
    assert form.start.hasFocus() or form.start.isEnabled()
    assert page.score.score.points == 6

    form.title.setText("   ")
    assert not page.isComplete()
    assert "titre" in form.problems["title"].text()
    form.title.setText("Délibérations 2024")
    form.keywords.setText("Conseil municipal, x")
    assert not page.isComplete()
    assert "« x »" in form.problems["keywords"].text()
    form.keywords.setText("Conseil municipal, Délibérations")
    form.frequency.setCurrentIndex(form.frequency.findData("monthly"))
    form.licences.button(1).click()
    assert not form.problems["frequency"].isVisibleTo(form)
    assert page.isComplete()

    assert page.validatePage()
    metadata = sample_state.metadata
    assert metadata is not None
    assert metadata.title == "Délibérations 2024"
    assert metadata.keywords == ("conseil-municipal", "deliberations")
    assert metadata.frequency == "monthly"
    assert metadata.licence == "odc-odbl"

    again = DescriptionPage(sample_state, inline_services)
    qtbot.addWidget(again)
    again.initializePage()  # coming back: the agent's words, not a new draft
    assert again.form.title.text() == "Délibérations 2024"


def test_description_page_in_english_keeps_french_words_for_data_gouv(
    qtbot: QtBot, inline_services: InlineServices, sample_state: WizardState
) -> None:
    from desktop_app.ui.texts import Texts

    inline_services.texts = Texts("en")
    page = DescriptionPage(sample_state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    assert page.form.title.text().startswith("Délibérations du conseil municipal")
    assert page.form.licences.button(0).text() == "Licence Ouverte 2.0 (recommended)"
    assert page.form.frequency.currentText() == "Monthly"  # the schema's usual rhythm


def test_the_period_is_said_to_come_from_the_agent_s_own_columns(
    qtbot: QtBot, inline_services: InlineServices, sample_state: WizardState
) -> None:
    """« Calculée à partir des dates du tableau » names the agent's columns, not field codes.

    Only the date fields that a column fills are named: the others gave no date.
    """
    page = DescriptionPage(sample_state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    note = page.form.coverage_note.text()
    assert "« Date de la séance »" in note
    assert "DELIB_DATE" not in note
    assert "PREF_DATE" not in note
