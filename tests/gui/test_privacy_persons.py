"""The Données personnelles step on a column of beneficiaries where a few are natural persons."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.remedies import NATURAL_PERSON
from desktop_app.core.schemas.parse import parse_table_schema
from desktop_app.core.sources import read_table
from desktop_app.ui.models.privacy_model import DECISION
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.state import WizardState
from tests.builders import write_csv
from tests.gui.conftest import InlineServices, settle

BODIES = [
    ("Comité des fêtes", "39050553500018"),
    ("ASSOCIATION GYMNASTIQUE VOLONTAIRE", "75057489900019"),
    ("SARL Boulangerie Martin", "78012958100010"),
    ("TENNIS CLUB", "82069177200017"),
    ("Collège Jean Moulin", "77567618200626"),
]
KEY = "Bénéficiaire/person_name/cells"


def _state(tmp_path: Path, name: str = "aides.csv") -> WizardState:
    rows = [["Bénéficiaire", "SIRET", "Montant"]]
    rows += [[body, siret, str(100 + n)] for n, (body, siret) in enumerate(BODIES * 4)]
    rows.insert(4, ["M. Jean Dupont", "", "300"])
    rows.insert(12, ["DUPONT Marie", "42081852800028", "450"])
    path = write_csv(tmp_path / name, rows)
    table = read_table(path)
    schema = parse_table_schema(
        {"fields": [{"name": name} for name in ("Bénéficiaire", "SIRET", "Montant")]},
        name="aides",
        version="1",
    )
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    return WizardState(source_path=path, table=table, schema=schema, prepared=prepared)


def test_the_advised_choices_anonymise_only_the_persons_cells(
    qtbot: QtBot,
    inline_services: InlineServices,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    state = _state(tmp_path)
    page = PrivacyPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    assert page.scan is not None
    assert [finding.key for finding in page.scan.findings] == [KEY]
    qtmodeltester.check(page.preview_model)

    page.select(0)
    listed = [page.panel.cells.item(i).text() for i in range(page.panel.cells.count())]
    assert listed == ["Ligne 5 : M. J*** D*****", "Ligne 13 : D***** M****"]
    page.panel.cells.setCurrentRow(1)  # the agent checks the second one in the table below
    assert (page.preview.currentIndex().row(), page.preview.currentIndex().column()) == (11, 0)
    assert page.preview.currentIndex().data() == "DUPONT Marie"

    page.take_suggested()
    assert page.isComplete()
    assert page.validatePage()
    assert [decision.remedy for decision in state.privacy] == [Remedy.ANONYMISE_ROWS]
    assert state.prepared is not None
    publishable = state.preparation().publishable
    assert publishable is not None
    published = publishable.frame
    before = state.prepared.frame
    assert published["Bénéficiaire"].iloc[[3, 11]].tolist() == [NATURAL_PERSON] * 2
    assert published["SIRET"].iloc[11] == ""
    others = [row for row in range(len(before)) if row not in (3, 11)]
    assert published.iloc[others].equals(before.iloc[others])
    assert published["Montant"].tolist() == before["Montant"].tolist()


def test_a_new_file_starts_without_the_decisions_of_another(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    state = _state(tmp_path)
    taken = PrivacyDecision(KEY, "Bénéficiaire", "person_name", Remedy.KEEP, "organisations")
    state.privacy = [taken]
    state.forget_table()  # the agent opens another file, as "Nouvelle publication" does
    fresh = _state(tmp_path, "autre.csv")
    state.table, state.schema, state.prepared = fresh.table, fresh.schema, fresh.prepared

    page = PrivacyPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    assert state.privacy == []
    assert not page.isComplete()
    assert page.model.data(page.model.index(0, DECISION)) == "À décider"


def test_the_projects_own_decisions_are_reused_and_shown_as_such(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    state = _state(tmp_path)
    taken = PrivacyDecision(
        KEY, "Bénéficiaire", "person_name", Remedy.REMOVE_ROWS, decided_at=datetime(2026, 11, 5)
    )
    state.privacy = [taken]
    state.privacy_reused = {KEY}  # as opening the project for its next update sets them

    page = PrivacyPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    assert page.isComplete()
    shown = page.model.data(page.model.index(0, DECISION))
    assert shown == "Retirer ces lignes (décision reprise de ce projet)"
    page.select(0)
    page.panel.choose(Remedy.ANONYMISE_ROWS)  # decided again: no longer a reused decision
    assert not str(page.model.data(page.model.index(0, DECISION))).endswith("projet)")
