"""Qualité names a field with no column of the agent's by its title, as Correspondance does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.sources import read_table
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from tests.gui.conftest import settle


def _page(qtbot: QtBot, services: Services, folder: Path) -> QualityPage:
    """Subsidies with only two columns: every other required field has no column at all."""
    source = folder / "subventions.csv"
    source.write_text(
        "Bénéficiaire;Montant\nClub de foot;1200\nComité des fêtes;800\n", encoding="utf-8"
    )
    table = read_table(source)
    schema = services.catalogue.get("scdl/subventions")
    mapping = suggest_mapping(table, schema)
    for name in schema.field_names:
        mapping = mapping.with_column(name, None)
    mapping = mapping.with_column("nomBeneficiaire", "Bénéficiaire")
    mapping = mapping.with_column("montant", "Montant")
    prepared = prepare_table(table, schema, mapping)
    state = WizardState(table=table, schema=schema, mapping=mapping, prepared=prepared)
    page = QualityPage(state, services)
    page.resize(1366, 700)
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    settle(qtbot)
    return page


def test_fields_without_a_column_are_named_by_their_title(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page = _page(qtbot, inline_services, tmp_path)
    assert page.result is not None
    headings = [page.ui.groups.item(n).text() for n in range(page.ui.groups.count())]
    missing = [h for h in headings if "nomAttribuant" in h]
    assert missing, headings
    assert "Nom de l'attribuant (nomAttribuant)" in missing[0]
    assert page.labels()["nomBeneficiaire"] == "Bénéficiaire"  # the agent's own column first

    model = page.model
    columns = [model.field_name(n) for n in range(model.columnCount())]
    header = model.headerData(
        columns.index("nomAttribuant"), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Nom de l'attribuant"
    assert (
        model.headerData(
            columns.index("montant"), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        == "Montant"
    )


def test_the_explanations_name_the_column_as_the_agent_knows_it(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    """A group's explanation and a cell's problem say « Nom de l'attribuant », not a code."""
    page = _page(qtbot, inline_services, tmp_path)
    _open_group(qtbot, page, "nomAttribuant")

    panel = page.ui.group_panel
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "« Nom de l'attribuant »" in shown
    assert "« nomAttribuant »" not in shown
    cell = " ".join(label.text() for label in page.ui.findChildren(QLabel))
    assert "« nomAttribuant »" not in cell


def test_a_required_field_without_a_column_sends_the_agent_to_correspondance(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    """Thousands of empty cells of a field no column fills are not fixed by double-clicks."""
    page = _page(qtbot, inline_services, tmp_path)
    _open_group(qtbot, page, "dateConvention")

    note = page.ui.group_panel.note.text()
    assert "Correspondance" in note
    assert "« Date de la convention de subvention »" in note
    assert "double-clic" not in note


def test_on_a_narrow_page_the_tool_buttons_keep_their_whole_text(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    """At 125 % on a 1366×768 screen « Corriger automatiquement » was cut to « rriger autom »."""
    page = _page(qtbot, inline_services, tmp_path)
    page.setFixedSize(780, 480)  # the page's room in the window at 125 %, no more
    settle(qtbot)

    ui = page.ui
    buttons = [ui.fix_button, ui.recheck_button, ui.export_button, ui.undo_button]
    buttons += [ui.redo_button, ui.find_button, ui.fill_down_button]
    cut = [b.text() for b in buttons if b.width() < b.sizeHint().width()]
    assert cut == []
    assert all(b.isVisible() for b in buttons)
    page.setFixedSize(1366, 700)  # room again: one row
    settle(qtbot)
    assert ui.fix_button.y() == ui.fill_down_button.y()


def _open_group(qtbot: QtBot, page: QualityPage, field: str) -> None:
    """Open, as the agent double-clicks it, the first group of problems naming ``field``."""
    groups = page.ui.groups
    number = next(n for n in range(groups.count()) if field in groups.item(n).text())
    item = groups.item(number)
    groups.setCurrentItem(item)
    groups.itemActivated.emit(item)
    settle(qtbot)
