"""Data published « sans schéma » goes through the Publication step like any other.

Without a schema there is no schema-shaped copy (``prepared`` stays None): the table is
published as read, with the whole-column privacy decisions applied. The step must still
count what will be sent and let the agent publish it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.sources import read_table
from desktop_app.ui.state import WizardState
from tests.builders import write_csv
from tests.gui.conftest import settle
from tests.gui.fake_datagouv import FakeDataGouv
from tests.gui.test_publication_page import GRENOBLE, _page, _preview, _services

PLACES = [
    ("Hôtel de Ville", "1 place de la Mairie", "04 76 00 00 01"),
    ("Gymnase des Écureuils", "12 rue des Sports", "04 76 00 00 02"),
    ("Salle des fêtes", "3 chemin du Moulin", "04 76 00 00 03"),
    ("Piscine municipale", "8 avenue du Lac", "04 76 00 00 04"),
]
PHONES = "Téléphone/phone/column"


def _state_without_schema(tmp_path: Path) -> WizardState:
    rows = [["Lieu", "Adresse", "Téléphone"], *[list(place) for place in PLACES * 3]]
    table = read_table(write_csv(tmp_path / "defibrillateurs.csv", rows))
    state = WizardState(
        commune=GRENOBLE,
        source_path=table.source.path,
        table=table,
        without_schema=True,
        reached="description",
    )
    findings = {finding.key for finding in state.preparation().scan.findings}
    assert PHONES in findings
    state.privacy = [
        PrivacyDecision(key, key.split("/")[0], key.split("/")[1], Remedy.REMOVE_COLUMN)
        for key in sorted(findings)
    ]
    return state


def test_data_without_a_schema_is_counted_and_can_be_published(
    qtbot: QtBot, tmp_path: Path
) -> None:
    server = FakeDataGouv()
    services = _services(server, tmp_path)
    state = _state_without_schema(tmp_path)
    page = _page(qtbot, services, state)

    preview = _preview(page)
    assert preview["Lignes"] == "12 lignes publiées sur 12 lignes du tableau d'origine"
    assert preview["Schéma"] == "—"
    assert page.form.publish_button.isEnabled()

    page.form.publish_button.click()
    settle(qtbot)

    assert page.isComplete()
    [(_, content)] = server.uploads
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    assert rows[0][0] == "Lieu"
    assert "Téléphone" not in rows[0]  # the agent's decision applied to what is sent
    assert len(rows) == 13
