"""Long masked examples (addresses) never push the agent's decision out of the findings table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas.parse import parse_table_schema
from desktop_app.core.sources import read_table
from desktop_app.ui.models.privacy_model import DECISION, EXAMPLES
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.screen_fit import layout_faults
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


BODIES = [
    ("Comité des fêtes", "39050553500018"),
    ("ASSOCIATION GYMNASTIQUE VOLONTAIRE", "75057489900019"),
    ("SARL Boulangerie Martin", "78012958100010"),
    ("Collège Jean Moulin", "77567618200626"),
]


def _subsidies(tmp_path: Path, services: InlineServices) -> WizardState:
    """A subsidies export: bodies with their SIRET, and two persons among them."""
    rows = [["Bénéficiaire", "SIRET", "Objet", "Montant"]]
    rows += [[name, siret, "Fonctionnement", "500"] for name, siret in BODIES * 6]
    rows.insert(3, ["M. Jean Dupont", "", "Aide au permis", "300"])
    rows.insert(9, ["Durand", "", "Aide au ravalement", "200"])
    path = write_csv(tmp_path / "subventions.csv", rows)
    table = read_table(path)
    schema = services.catalogue.get("scdl/subventions")
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    return WizardState(source_path=path, table=table, schema=schema, prepared=prepared)


def test_on_a_small_screen_the_reasons_are_whole_and_the_columns_are_the_agent_s(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    page = PrivacyPage(_subsidies(tmp_path, inline_services), inline_services)
    qtbot.addWidget(page)
    page.resize(1010, 540)  # the page's room in the window on a 1366×768 screen
    page.show()
    page.initializePage()
    settle(qtbot)
    finding = page.scan.finding("nomBeneficiaire/person_name/cells") if page.scan else None
    assert finding is not None
    reasons = page.panel.reasons.text()
    assert len(reasons.splitlines()) >= 3  # long reasons, as on real files
    assert "« SIRET »" in reasons  # the field named by the agent's column, not its code
    assert "idBeneficiaire" not in reasons

    assert not [fault for fault in layout_faults(page) if fault.startswith("text cut")]
    header = page.preview_model.headerData
    titles = [
        header(column, Qt.Orientation.Horizontal)
        for column in range(page.preview_model.columnCount())
    ]
    assert "Bénéficiaire" in titles
    assert "Nom de l'attribuant" in titles  # a field without a column: the schema's title
    assert "nomBeneficiaire" not in titles
    preview = page.preview.horizontalHeader()
    for column in range(preview.count()):  # each title whole (or its column at the maximum)
        assert preview.sectionSize(column) >= min(preview.sectionSizeHint(column), 240)
    beneficiary = titles.index("Bénéficiaire")
    tip = header(beneficiary, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Bénéficiaire (nomBeneficiaire)"


def test_at_125_percent_a_long_decision_leaves_the_examples_in_sight(
    qtbot: QtBot, inline_services: InlineServices
) -> None:
    """« Remplacer ces passages par … » once chosen must not squeeze the masked examples out."""
    table = read_table(inline_services.sample_file)
    schema = inline_services.catalogue.get("scdl/deliberations")
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    state = WizardState(
        source_path=inline_services.sample_file, table=table, schema=schema, prepared=prepared
    )
    page = PrivacyPage(state, inline_services)
    qtbot.addWidget(page)
    page.resize(780, 460)  # the page's room in the window on a 1366×768 screen at 125 %
    page.show()
    page.initializePage()
    settle(qtbot)
    page.take_suggested()
    settle(qtbot)

    header = page.table.horizontalHeader()
    room = page.table.viewport().width()
    assert header.sectionSize(EXAMPLES) >= room // 5
    right = header.sectionViewportPosition(DECISION) + header.sectionSize(DECISION)
    assert right <= room
