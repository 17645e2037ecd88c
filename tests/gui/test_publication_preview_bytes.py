"""The Publication preview counts and checks the file sent, read back from its very bytes.

Here the bytes differ from the corrected table the Qualité step checked: a privacy decision
removes the rows of two natural persons, one of which the agent had typed a faulty amount
into. The preview must say what the file holds (20 rows, one problem), not what the table
held (22 rows, two problems).
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.preparation.edits import CellEdit, EditHistory
from desktop_app.core.preparation.published import data_rows
from desktop_app.core.preparation.quality import check_quality
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.schemas.parse import parse_table_schema
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.core.validation.engine import validate_csv
from desktop_app.ui.state import WizardState
from tests.builders import write_csv
from tests.gui.fake_datagouv import FakeDataGouv
from tests.gui.test_publication_page import _page, _preview, _services

BODIES = [
    ("Comité des fêtes", "39050553500018"),
    ("ASSOCIATION GYMNASTIQUE VOLONTAIRE", "75057489900019"),
    ("SARL Boulangerie Martin", "78012958100010"),
    ("TENNIS CLUB", "82069177200017"),
    ("Collège Jean Moulin", "77567618200626"),
]
PERSONS = "Bénéficiaire/person_name/cells"


def _decided_state(tmp_path: Path) -> WizardState:
    rows = [["Bénéficiaire", "SIRET", "Montant"]]
    rows += [[body, siret, str(100 + n)] for n, (body, siret) in enumerate(BODIES * 4)]
    rows.insert(4, ["M. Jean Dupont", "", "300"])  # data row 3 (0-based): a person
    rows.insert(12, ["DUPONT Marie", "42081852800028", "450"])  # data row 11: a person
    table = read_table(write_csv(tmp_path / "aides.csv", rows))
    fields = [
        {"name": "Bénéficiaire"},
        {"name": "SIRET"},
        {"name": "Montant", "type": "integer"},
    ]
    schema = parse_table_schema({"fields": fields}, name="aides", version="1")
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    edits = (
        EditHistory()
        .added(CellEdit("Montant", 2, "100", "cent euros"))  # kept: a problem sent
        .added(CellEdit("Montant", 5, "300", "trois cents"))  # the person's row: removed
    )
    state = WizardState(
        source_path=table.source.path,
        table=table,
        schema=schema,
        prepared=prepared,
        edits=edits,
        reached="publication",
    )
    quality = check_quality(prepared, edits, progress=NO_PROGRESS, cancel=CancelToken())
    state.check = quality.index.check  # what Qualité saw: both faulty amounts, 22 rows
    assert (state.check.rows, state.check.error_count) == (22, 2)
    finding = next(f for f in state.preparation().scan.findings if f.key == PERSONS)
    assert Remedy.REMOVE_ROWS in finding.remedies
    state.privacy = [PrivacyDecision(PERSONS, "Bénéficiaire", "person_name", Remedy.REMOVE_ROWS)]
    return state


def test_the_preview_counts_and_checks_the_bytes_sent(qtbot: QtBot, tmp_path: Path) -> None:
    services = _services(FakeDataGouv(), tmp_path)
    state = _decided_state(tmp_path)
    sent = state.preparation().publishable_bytes
    assert b"trois cents" not in sent  # the removed row went with its amount
    assert b"cent euros" in sent
    on_disk = tmp_path / "envoye.csv"
    on_disk.write_bytes(sent)
    assert state.schema is not None
    check = validate_csv(on_disk, state.schema)
    assert (data_rows(sent), check.error_count) == (20, 1)

    page = _page(qtbot, services, state)  # the read back runs on its own runner

    assert page.published is not None
    assert page.published.size == len(sent)
    assert page.published.rows == 20
    assert page.published.check is not None
    assert page.published.check.error_count == check.error_count == 1
    preview = _preview(page)
    assert preview["Fichier"] == "aides.csv — 20 lignes, CSV UTF-8"
    assert preview["Lignes"] == "20 lignes publiées sur 22 lignes du tableau d'origine"
    assert preview["Conformité"].startswith("1 problème restant dans 1 ligne")


def test_an_undecided_finding_is_said_where_the_counts_would_be(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = _services(FakeDataGouv(), tmp_path)
    state = _decided_state(tmp_path)
    state.privacy = []  # the decision was taken back: no file can be written

    preview = _preview(_page(qtbot, services, state))

    assert "Conformité" not in preview
    assert "données personnelles" in preview["Lignes"]
    assert preview["Fichier"] == "aides.csv — CSV UTF-8 (lignes en cours de comptage…)"
