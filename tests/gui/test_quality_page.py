"""Step 4 alone: the check in a worker, faulty cells, corrections with undo, fixes, export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.preparation.edits import changed_cells
from desktop_app.core.sources import read_table
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from tests.builders import write_xlsx
from tests.gui.conftest import ScriptedDialogs, settle

ROWS = [
    ["N° de délibération", "Date de la séance", "Objet"],
    ["2024-001", "15/03/2024", "Budget primitif"],
    ["2024-002", "12/04/2024", "Réfection de la voirie"],
    ["2024-003", "12/04/2024", "Tarifs de la cantine"],
]


def _page(qtbot: QtBot, services: Services, tmp_path: Path) -> tuple[QualityPage, WizardState]:
    table = read_table(write_xlsx(tmp_path / "delib.xlsx", {"2024": ROWS}))
    schema = services.catalogue.get("scdl/deliberations")
    mapping = suggest_mapping(table, schema)
    mapping = mapping.with_constant("COLL_NOM", "Vif").with_constant("COLL_SIRET", "21380453700016")
    prepared = prepare_table(table, schema, mapping)
    state = WizardState(table=table, schema=schema, mapping=mapping, prepared=prepared)
    page = QualityPage(state, services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    return page, state


def _column(page: QualityPage, name: str) -> int:
    assert page.prepared is not None
    return list(page.prepared.frame.columns).index(name)


def test_the_check_marks_faulty_cells_and_summarises_them(
    qtbot: QtBot, inline_services: Services, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    page, _ = _page(qtbot, inline_services, tmp_path)

    assert page.result is not None
    index = page.result.index
    assert index.count == index.check.error_count > 0
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.rows_filter)
    code = _column(page, "DELIB_MATIERE_CODE")
    cell = page.model.index(0, code)
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole) == page.model.faulty
    tooltip = page.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "DELIB_MATIERE_CODE" in tooltip
    assert "obligatoire" in tooltip
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert "problèmes dans 3 lignes (sur 3)" in page.ui.summary.text()
    assert page.ui.groups.count() == len(index.groups)
    # No column of the file fills the code: the chart names it by the schema's title.
    assert dict(page.ui.chart.counts)["Code de matière issu de la nomenclature ACTES"] == 3
    assert "obligatoire" in page.ui.cell_panel.text()  # the first problem is shown at once
    assert page.isComplete()


def test_editing_needs_a_new_check_and_undo_puts_the_cell_back(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page, state = _page(qtbot, inline_services, tmp_path)
    date = _column(page, "DELIB_DATE")
    first = page.model.index(0, date)
    assert page.model.data(first) == "2024-03-15"

    assert page.model.setData(first, "31/02/2024")
    assert page.model.data(first) == "31/02/2024"
    assert page.stale
    assert not page.isComplete()
    assert page.ui.stale_label.isVisibleTo(page)
    assert page.ui.undo_button.isEnabled()

    page.undo_stack.undo()
    assert page.model.data(first) == "2024-03-15"
    assert page.undo_stack.index() == 0
    assert page.isComplete()

    page.undo_stack.redo()
    page.recheck()
    settle(qtbot)
    assert page.isComplete()
    assert page.validatePage()
    assert state.prepared is not None
    assert (
        changed_cells(state.prepared.frame, state.edits.active)[(0, "DELIB_DATE")] == "31/02/2024"
    )
    result = page.result
    assert result is not None
    assert state.check is result.index.check
    problems = result.index.at(0, date)
    assert [problem.message for problem in problems] == ["finding-date-impossible"]


def test_one_click_fix_is_one_undoable_step(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page, _ = _page(qtbot, inline_services, tmp_path)
    date = _column(page, "DELIB_DATE")
    page.correct(0, "DELIB_DATE", "15/03/2024")
    page.correct(1, "DELIB_DATE", " 12/04/2024")
    page.recheck()
    settle(qtbot)
    assert page.result is not None
    assert sum(proposal.count for proposal in page.result.fixes) == 2
    assert page.ui.fix_button.isEnabled()
    assert "2 cellules" in page.ui.fix_button.text()

    page.ui.fix_button.click()
    assert page.model.text(0, date) == "2024-03-15"
    assert page.model.text(1, date) == "2024-04-12"

    page.undo_stack.undo()
    assert page.model.text(0, date) == "15/03/2024"
    assert page.model.text(1, date) == " 12/04/2024"


def test_rows_with_problems_filter(qtbot: QtBot, inline_services: Services, tmp_path: Path) -> None:
    page, _ = _page(qtbot, inline_services, tmp_path)
    page.correct(1, "DELIB_MATIERE_CODE", "1.1")
    page.correct(1, "DELIB_MATIERE_NOM", "Commande publique/Marchés publics")
    page.recheck()
    settle(qtbot)
    assert page.result is not None
    assert 1 not in page.result.index.problem_rows()

    page.ui.only_problems.setChecked(True)
    shown = [
        page.rows_filter.mapToSource(page.rows_filter.index(row, 0)).row()
        for row in range(page.rows_filter.rowCount())
    ]
    assert shown == [0, 2]
    page.ui.only_problems.setChecked(False)
    assert page.rows_filter.rowCount() == 3


def test_export_writes_every_problem_to_a_workbook(
    qtbot: QtBot, inline_services: Services, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page, _ = _page(qtbot, inline_services, tmp_path)
    target = tmp_path / "envoi" / "problemes.xlsx"
    target.parent.mkdir()
    dialogs.exports.append(target)

    page.ui.export_button.click()
    settle(qtbot)

    assert page.result is not None
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][0] == "Ligne dans votre fichier"
    assert len(lines) == page.result.index.count + 1
    assert {line[2] for line in lines[1:]} >= {"DELIB_MATIERE_CODE"}
    assert all(isinstance(line[0], int) and line[0] >= 2 for line in lines[1:])
    assert page.tasks.banner.current_code == "export-done"
