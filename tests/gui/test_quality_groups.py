"""Qualité on a real-sized subsidies export: from 2,000 red cells to a valid file in a few clicks.

The export (tests/subsidies_export.py) has five kinds of problems in 396 rows. Every click the
agent would make is a real mouse click on the page's widgets, and counted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.preparation.edits import ColumnRule
from desktop_app.core.project.model import ConformityDecision
from desktop_app.core.sources import read_table
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.services import Services
from desktop_app.ui.state import CONFORMITY, WizardState
from tests.gui.conftest import ScriptedDialogs, settle
from tests.subsidies_export import PROFILE, ROWS, subsidies_export_csv

MOST_CLICKS = 10


def export_page(qtbot: QtBot, services: Services, folder: Path) -> QualityPage:
    """The Qualité page on the export, mapped column for column, the commune's profile set."""
    table = read_table(subsidies_export_csv(folder))
    schema = services.catalogue.get("scdl/subventions")
    mapping = suggest_mapping(table, schema)
    for name in schema.field_names:
        mapping = mapping.with_column(name, name)
    prepared = prepare_table(table, schema, mapping)
    state = WizardState(
        commune=PROFILE, table=table, schema=schema, mapping=mapping, prepared=prepared
    )
    page = QualityPage(state, services)
    page.resize(1366, 700)
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    settle(qtbot)
    return page


class Clicks:
    """The agent's mouse: clicks buttons and list rows, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def button(self, button: QPushButton) -> None:
        assert button.isVisible()
        assert button.isEnabled()
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(self.qtbot)

    def row(self, listing: QListWidget, number: int) -> None:
        rectangle = listing.visualItemRect(listing.item(number))
        self.count += 1
        self.qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rectangle.center())
        settle(self.qtbot)


def test_the_export_becomes_valid_in_at_most_ten_clicks(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page = export_page(qtbot, inline_services, tmp_path)
    assert page.result is not None
    first = page.result
    assert first.index.count > 1500  # ~2,000 problems: 5 kinds in 396 rows
    assert len(first.groups) <= 8
    assert "0\u202f% des lignes sont conformes" in page.ui.share_label.text()
    headings = [page.ui.groups.item(n).text() for n in range(page.ui.groups.count())]
    assert any("396 cellules — idAttribuant — numéro abîmé par Excel" in h for h in headings)
    assert page.ui.groups.item(0).toolTip()  # the schema's field name
    mouse = Clicks(qtbot)

    mouse.button(page.ui.fix_button)  # the sure rewrites: dates, percentages

    assert page.result is not None
    kinds = {(g.field, g.kind) for g in page.result.groups}
    assert ("datesPeriodeVersement", "finding-pattern") not in kinds
    assert ("pourcentageSubvention", "finding-maximum") not in kinds
    while page.result.index.count and mouse.count < 2 * MOST_CLICKS:
        mouse.row(page.ui.groups, 0)
        panel = page.ui.group_panel
        assert panel.buttons, f"no remedy offered for {page.ui.groups.item(0).text()}"
        assert panel.preview.rowCount() > 0  # before → after, on real cells
        mouse.button(panel.buttons[0])

    assert page.result is not None
    assert page.result.index.count == 0, [page.ui.groups.item(0).text()]
    assert mouse.count <= MOST_CLICKS, mouse.count
    print(f"valid in {mouse.count} clicks")  # noqa: T201 - the figure for the closing note
    assert "100\u202f% des lignes sont conformes" in page.ui.share_label.text()
    assert "avant vos corrections : 0\u202f%" in page.ui.share_label.text()
    assert page.validatePage()
    assert isinstance(page.services.dialogs, ScriptedDialogs)
    assert "not-conforming" not in [kind for kind, _ in page.services.dialogs.asked]
    # Each fix is one rule in the project, replayed next month; no cell is recorded twice.
    history = page.history
    assert all(isinstance(edit, ColumnRule) for edit in history.edits)
    assert {edit.field for edit in history.edits} >= {
        "datesPeriodeVersement",
        "idAttribuant",
        "nomAttribuant",
        "idBeneficiaire",
    }
    assert len(history.active) <= MOST_CLICKS


def test_each_fix_is_one_undoable_step(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page = export_page(qtbot, inline_services, tmp_path)
    date = list(page.model._prepared.frame.columns).index("datesPeriodeVersement")  # type: ignore[union-attr]
    before = page.model.text(1, date)

    page.apply_fixes()
    settle(qtbot)

    assert page.model.text(1, date) == "2022-02-02"
    assert before == "02/02/2022"
    assert page.history.position == 2
    page.undo_stack.undo()
    assert page.model.text(1, date) == before
    assert page.history.position == 0
    page.undo_stack.redo()
    assert page.model.text(1, date) == "2022-02-02"
    assert page.history.position == 2


def test_spreadsheet_tools_find_replace_fill_down_and_paste(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page = export_page(qtbot, inline_services, tmp_path)
    assert isinstance(page.services.dialogs, ScriptedDialogs)
    page.services.dialogs.replacements.append(("objet", "Soutien", "Aide"))
    objet = list(page.model._prepared.frame.columns).index("objet")  # type: ignore[union-attr]

    page.ui.find_button.click()
    settle(qtbot)

    assert page.model.text(5, objet).startswith("Aide au fonctionnement")
    rule = page.history.active[-1]
    assert isinstance(rule, ColumnRule)
    assert rule.replacements["Soutien au fonctionnement de l'association"].startswith("Aide")
    selection = page.ui.table.selectionModel()
    page.ui.table.clearSelection()
    for row in (0, 1, 2):
        index = page.rows_filter.mapFromSource(page.model.index(row, objet))
        selection.select(index, selection.SelectionFlag.Select)
    page.correct(0, "objet", "Subvention de fonctionnement")
    page.ui.fill_down_button.click()
    assert [page.model.text(r, objet) for r in (0, 1, 2)] == ["Subvention de fonctionnement"] * 3
    page.paste("Aide A\nAide B\n")
    assert [page.model.text(r, objet) for r in (0, 1)] == ["Aide A", "Aide B"]
    page.undo_stack.undo()  # the paste, as one step
    assert page.model.text(1, objet) == "Subvention de fonctionnement"


def test_the_gate_asks_with_problems_left_and_remembers_for_this_data(
    qtbot: QtBot, inline_services: Services, tmp_path: Path
) -> None:
    page = export_page(qtbot, inline_services, tmp_path)
    dialogs = page.services.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    assert page.result is not None
    count = page.result.index.count

    dialogs.not_conforming.append(False)  # « Revenir corriger »
    assert not page.validatePage()
    asked = [what for kind, what in dialogs.asked if kind == "not-conforming"]
    assert f"{count:,}".replace(",", "\u202f") in str(asked[0])
    assert f"{ROWS} lignes sur {ROWS}" in str(asked[0])
    assert CONFORMITY not in page.state.extras

    dialogs.not_conforming.append(True)  # « Continuer sans conformité »
    assert page.validatePage()
    decision = page.state.extras[CONFORMITY]
    assert isinstance(decision, ConformityDecision)
    assert decision.problems == count
    assert decision.fingerprint == page.result.fingerprint
    assert page.validatePage()  # same data: not asked again
    assert len([k for k, _ in dialogs.asked if k == "not-conforming"]) == 2

    page.apply_fixes()  # other data, fewer problems: asked again
    settle(qtbot)
    dialogs.not_conforming.append(False)
    assert not page.validatePage()
    assert len([k for k, _ in dialogs.asked if k == "not-conforming"]) == 3
