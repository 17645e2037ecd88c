"""Long masked examples (addresses) never push the agent's decision out of the findings table."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas.parse import parse_table_schema
from desktop_app.core.sources import read_table
from desktop_app.ui.models.privacy_model import DECISION
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.state import WizardState
from tests.builders import write_csv
from tests.gui.conftest import InlineServices, settle

STREETS = ["rue de la République", "avenue du Général de Gaulle", "place de l'Église"]


def _state(tmp_path: Path) -> WizardState:
    rows = [["Lieu", "Adresse", "Téléphone"]]
    for n in range(30):
        street = STREETS[n % 3]
        rows.append(
            [f"Lieu {n}", f"{n + 1} {street}, 34000 Montpellier", f"04 67 {n + 10:02d} 21 60"]
        )
    path = write_csv(tmp_path / "lieux.csv", rows)
    table = read_table(path)
    schema = parse_table_schema(
        {"fields": [{"name": name} for name in rows[0]]}, name="lieux", version="1"
    )
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    return WizardState(source_path=path, table=table, schema=schema, prepared=prepared)


def test_the_decision_column_stays_within_the_table(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    page = PrivacyPage(_state(tmp_path), inline_services)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.initializePage()
    settle(qtbot)
    assert page.model.rowCount() >= 1
    header = page.table.horizontalHeader()
    right = header.sectionViewportPosition(DECISION) + header.sectionSize(DECISION)
    assert right <= page.table.viewport().width()
    assert header.sectionSize(DECISION) >= header.sectionSizeHint(DECISION)
