"""Steps 0–3 alone, with fake services and inline work: what each page writes in the state."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.sources import read_table
from desktop_app.ui.models.mapping_model import COLUMN, CONFIDENCE, REQUIRED, SAMPLE
from desktop_app.ui.pages.file_page import FilePage
from desktop_app.ui.pages.mapping_page import MappingPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.services import SAMPLE_COMMUNE, Services
from desktop_app.ui.state import WizardState
from tests.builders import write_xlsx
from tests.gui.conftest import InlineServices, settle

ROWS = [
    ["Registre des délibérations", None, None, None],
    ["N° de délibération", "Date de la séance", "Thème", "Objet"],
    ["2024-001", "15/03/2024", "Finances", "Budget primitif"],
    ["2024-002", "15/03/2024", "Voirie", "Réfection de la rue"],
]


@pytest.fixture
def sample_table(inline_services: InlineServices):  # type: ignore[no-untyped-def]
    return read_table(inline_services.sample_file)


def test_welcome_lists_what_the_home_sources_give_and_opens_the_example(
    qtbot: QtBot, inline_services: Services
) -> None:
    state = WizardState()
    page = WelcomePage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()

    assert page.recent_list.item(0).text() == "Délibérations 2023 — publié le 3 mars 2024"
    assert page.outbox_list.item(0).text() == "Rien en attente."
    assert not page.outbox_list.isEnabled()
    assert "Aucun compte" in page.account_label.text()
    assert page.example_button.accessibleName() == "Essayer avec un exemple"

    page.start_example()
    assert state.source_path == inline_services.sample_file
    assert state.commune == SAMPLE_COMMUNE


def test_on_a_small_screen_the_welcome_page_scrolls_instead_of_crushing_its_lists(
    qtbot: QtBot, inline_services: Services
) -> None:
    """1366×768 at 125 % leaves the page about 780×400: the desk's lists were 2 pixels high."""
    page = WelcomePage(WizardState(), inline_services)
    qtbot.addWidget(page)
    page.setFixedSize(780, 400)
    page.show()
    page.initializePage()
    settle(qtbot)

    desk = page.desk_panel
    for listing in (desk.datasets_list, desk.obligations_list, page.recent_list):
        assert listing.height() >= listing.minimumSizeHint().height()
    for button in (desk.update_button, page.open_button):
        assert button.height() >= button.sizeHint().height()
    assert page.home_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away


def test_file_page_reads_the_state_file_and_writes_the_table(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "delib.xlsx", {"2024": ROWS})
    state = WizardState(source_path=path)
    page = FilePage(state, inline_services)
    qtbot.addWidget(page)
    assert not page.isComplete()

    page.initializePage()
    settle(qtbot)

    assert page.isComplete()
    assert page.panel.header_spin.value() == 2
    assert "ligne 2" in page.panel.header_found.text()
    assert page.validatePage()
    assert state.table is page.panel.table
    assert state.table is not None
    assert state.table.row_count == 2
    assert state.sheet == "2024"
    assert state.header_row == 2


def test_file_page_keeps_later_answers_when_the_table_did_not_change(
    qtbot: QtBot, inline_services: Services, sample_table: object
) -> None:
    state = WizardState(table=sample_table, without_schema=True)  # type: ignore[arg-type]
    page = FilePage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()

    assert page.validatePage()
    assert state.without_schema

    with qtbot.waitSignal(page.panel.table_loaded, timeout=10_000):
        page.panel.header_spin.setValue(5)
    settle(qtbot)
    assert page.validatePage()
    assert state.schema_chosen is False  # a new header row: the later steps start again
    assert state.header_row == 5


def test_schema_page_suggests_first_then_searches_the_catalogue(
    qtbot: QtBot, inline_services: Services, sample_table: object, qtmodeltester: ModelTester
) -> None:
    state = WizardState(table=sample_table)  # type: ignore[arg-type]
    page = SchemaPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    model = page.model
    qtmodeltester.check(model)
    assert model.row_at(0).name == "scdl/deliberations"
    assert model.row_at(0).suggested
    assert model.data(model.index(0, 1)) == "5 colonnes sur 7 reconnues"
    assert str(model.data(model.index(0, 0))).startswith("★ Délibérations")
    assert not page.isComplete()

    page.search.setText("subvention")
    assert model.row_at(0).name == "scdl/subventions"
    assert all(not model.row_at(row).suggested for row in range(model.rowCount()))

    page.search.clear()
    page.select_schema("scdl/deliberations")
    settle(qtbot)
    assert page.isComplete()
    assert "Délibérations" in page.description.text()
    assert page.validatePage()
    assert state.schema is not None
    assert state.schema.name == "scdl/deliberations"


def test_schema_page_allows_publishing_without_a_schema(
    qtbot: QtBot, inline_services: Services, sample_table: object
) -> None:
    state = WizardState(table=sample_table)  # type: ignore[arg-type]
    page = SchemaPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    page.without.setChecked(True)

    assert page.isComplete()
    assert not page.view.isEnabled()
    assert page.validatePage()
    assert state.without_schema
    assert state.schema is None


def _schema_state(services: Services, table: object) -> WizardState:
    schema = services.catalogue.get("scdl/deliberations")
    return WizardState(commune=SAMPLE_COMMUNE, table=table, schema=schema)  # type: ignore[arg-type]


def test_mapping_page_shows_the_suggestion_and_changes_a_column(
    qtbot: QtBot, inline_services: Services, sample_table: object, qtmodeltester: ModelTester
) -> None:
    state = _schema_state(inline_services, sample_table)
    page = MappingPage(state, inline_services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)

    model = page.model
    qtmodeltester.check(model)
    rows = {model.field_name(row): row for row in range(model.rowCount())}
    date_row = rows["DELIB_DATE"]
    assert model.data(model.index(date_row, 0)) == "Date d'adoption de la délibération"
    assert str(model.data(model.index(date_row, 0), Qt.ItemDataRole.ToolTipRole)).startswith(
        "DELIB_DATE"
    )
    assert model.data(model.index(date_row, COLUMN)) == "Date de la séance"
    assert model.data(model.index(date_row, REQUIRED)) == "oui"
    # one date of the sample does not exist (31/09/2024): the others make the column sure
    assert int(str(model.data(model.index(date_row, CONFIDENCE))).rstrip(" %")) >= 90
    assert str(model.data(model.index(date_row, SAMPLE))).startswith("2024-")
    assert model.data(model.index(rows["COLL_NOM"], COLUMN)) == (
        "Valeur fixe : Saint-Nizier-du-Moucherotte"
    )
    assert page.combos["COLL_NOM"].currentText() == "Commune : Saint-Nizier-du-Moucherotte"
    assert page.isComplete()
    assert page.missing_label.text() == ""  # every required field has its column

    page.combos["DELIB_MATIERE_CODE"].setCurrentIndex(
        page.combos["DELIB_MATIERE_CODE"].findData("Matière")
    )
    settle(qtbot)
    assert page.prepared is not None
    assert page.prepared.mapping.for_field("DELIB_MATIERE_CODE").column == "Matière"
    assert page.prepared.mapping.for_field("DELIB_MATIERE_NOM").column is None
    assert page.origin_label.text().startswith("Correspondance modifiée")
    assert "Nom de matière" in page.missing_label.text()  # said by its title, not its code

    assert page.validatePage()
    assert state.prepared is page.prepared
    assert state.mapping is page.prepared.mapping


def test_saved_mapping_applies_itself_next_time(
    qtbot: QtBot, inline_services: Services, sample_table: object
) -> None:
    first = MappingPage(_schema_state(inline_services, sample_table), inline_services)
    qtbot.addWidget(first)
    first.initializePage()
    settle(qtbot)
    first.choose_column("DELIB_MATIERE_CODE", "Résultat du vote")
    settle(qtbot)
    assert first.validatePage()
    settle(qtbot)

    state = _schema_state(inline_services, read_table(inline_services.sample_file))
    second = MappingPage(state, inline_services)
    qtbot.addWidget(second)
    second.initializePage()
    settle(qtbot)

    assert second.origin == "saved"
    assert second.prepared is not None
    assert second.prepared.mapping.for_field("DELIB_MATIERE_CODE").column == "Résultat du vote"
    assert "enregistrée la dernière fois" in second.origin_label.text()
    assert second.view.indexWidget(second.model.index(0, COLUMN)) is second.combos["COLL_NOM"]


def test_file_page_says_a_part_taken_back_last_month_took_nothing_back_this_time(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    from desktop_app.core.project.opening import fill_state, open_next_update
    from desktop_app.core.project.storage import ProjectFile
    from desktop_app.core.schemas import SchemaCatalogue
    from desktop_app.core.tasks import CancelToken
    from desktop_app.paths import resources_dir
    from tests.unit.project.test_next_update import _march_project, _month

    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    path = _march_project(tmp_path, catalogue)
    file = ProjectFile(path)
    saved = file.load()
    file.save(
        dataclasses.replace(saved, source=dataclasses.replace(saved.source, include=((9, 9),)))
    )
    april = _month(tmp_path / "avril.xlsx", [
        ["2024-012", dt.datetime(2024, 4, 8), "Voirie", "Urbanisme", "8.3", "Mme Trois"],
    ])  # fmt: skip
    opened = open_next_update(
        path, april, catalogue, now="2026-12-07T10:00:00+01:00",
        progress=lambda fraction, step: None, cancel=CancelToken(),
    )  # fmt: skip
    state = WizardState()
    fill_state(state, opened)
    page = FilePage(state, inline_services)
    qtbot.addWidget(page)
    page.show()

    page.initializePage()

    notices = page.panel.notices_list
    said = [notices.item(row).text() for row in range(notices.count())]
    start = "La partie reprise comme données la dernière fois (lignes de la feuille : 9)"
    assert any(text.startswith(start) for text in said), said
    assert notices.isVisible()
    assert page.validatePage()
    assert state.include == ()
