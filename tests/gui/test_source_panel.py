"""Step 1 on screen: open a file, see the table found, correct the sheet or header row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.ui.pages.source_panel import SourcePanel
from desktop_app.ui.services import Services
from tests.builders import write_xlsx
from tests.gui.conftest import ScriptedDialogs

ROWS = [
    ["Mairie de Vif — équipements", None, None],
    [None, None, None],
    ["Nom", "Ouverture", "Places"],
    ["Salle des fêtes", dt.datetime(1990, 5, 1), 200],
    ["Gymnase", dt.datetime(2001, 9, 3), 150],
    ["Total", None, 350],
]


def _panel(qtbot: QtBot, services: Services) -> SourcePanel:
    panel = SourcePanel(services)
    qtbot.addWidget(panel)
    return panel


def _open(qtbot: QtBot, panel: SourcePanel, path: Path, **options: object) -> None:
    with qtbot.waitSignal(panel.table_loaded, timeout=10_000):
        panel.open_file(path, **options)  # type: ignore[arg-type]


def test_opening_a_workbook_shows_the_table_found(
    qtbot: QtBot, services: Services, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    path = write_xlsx(tmp_path / "equipements.xlsx", {"Équipements": ROWS, "Notes": [["x"]]})
    panel = _panel(qtbot, services)

    _open(qtbot, panel, path)

    model = panel.preview_model
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Places"
    assert model.headerData(0, Qt.Orientation.Vertical) == "4"
    assert model.data(model.index(1, 1)) == "03/09/2001"
    tooltip = model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Feuille « Équipements », ligne 5, colonne C"
    assert panel.sheet_combo.count() == 2
    assert panel.sheet_combo.currentData() == "Équipements"
    assert panel.header_spin.value() == 3
    excluded = panel.excluded_list.lines
    assert excluded[0].startswith("Ligne 1 : titre ou texte au-dessus du tableau")
    assert excluded[-1].startswith("Ligne 6 : ligne de total")
    assert "2 lignes de données, 3 colonnes" in panel.summary.text()
    assert panel.rows_found.text() == "2 lignes de données sur 6 lignes de la feuille"
    assert not panel.banner.isVisible()


def test_changing_the_header_row_reads_again(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "equipements.xlsx", {"Équipements": ROWS})
    panel = _panel(qtbot, services)
    _open(qtbot, panel, path)

    with qtbot.waitSignal(panel.table_loaded, timeout=10_000) as blocker:
        panel.header_spin.setValue(4)

    table = blocker.args[0]
    assert table.source.header_row == 4
    assert panel.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Salle des fêtes"


def test_choosing_another_sheet_reads_it(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "classeur.xlsx",
        {"2024": ROWS, "2023": [["Nom", "Places"], ["Stade", 500], ["Piscine", 80]]},
    )
    panel = _panel(qtbot, services)
    _open(qtbot, panel, path)

    with qtbot.waitSignal(panel.table_loaded, timeout=10_000) as blocker:
        panel.sheet_combo.setCurrentIndex(panel.sheet_combo.findData("2023"))

    assert blocker.args[0].source.sheet == "2023"
    assert panel.preview_model.rowCount(QModelIndex()) == 2


def test_unreadable_file_shows_a_banner_and_retry_works(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"")
    panel = _panel(qtbot, services)
    panel.show()

    with qtbot.waitSignal(panel._runner.failed, timeout=10_000):
        panel.open_file(path)

    assert panel.banner.isVisible()
    assert panel.banner.current_code == "file-empty"
    assert "export.csv" in panel.banner.text
    assert "Traceback" not in panel.banner.text

    path.write_text("Nom;Places\nSalle;200\n", encoding="utf-8")
    with qtbot.waitSignal(panel.table_loaded, timeout=10_000):
        panel.banner.retry_requested.emit()
    assert not panel.banner.isVisible()
    assert panel.preview_model.rowCount() == 1


def test_choose_file_button_uses_the_dialog_service(
    qtbot: QtBot, services: Services, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "equipements.xlsx", {"Équipements": ROWS})
    dialogs.files.append(path)
    panel = _panel(qtbot, services)

    with qtbot.waitSignal(panel.table_loaded, timeout=10_000):
        qtbot.mouseClick(panel.drop_zone._button, Qt.MouseButton.LeftButton)

    assert panel.table is not None
    assert panel.table.source.path == path


def test_a_part_set_aside_is_taken_in_and_left_out_again_in_one_click(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    rows = [
        *ROWS,
        [],
        [],
        ["Récapitulatif par type"],
        ["Type", "Nombre"],
        ["Salles", 2],
    ]
    path = write_xlsx(tmp_path / "equipements.xlsx", {"Équipements": rows})
    panel = _panel(qtbot, services)
    _open(qtbot, panel, path)
    assert panel.excluded_list.lines[-1].startswith("Lignes 9 à 11 : un autre tableau")
    assert [b.text() for b in panel.excluded_list.buttons] == ["&Inclure", "&Inclure"]

    with qtbot.waitSignal(panel.table_loaded, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.excluded_list.buttons[-1], Qt.MouseButton.LeftButton)
    table = blocker.args[0]
    assert table.source.include == ((9, 11),)
    assert table.row_count == 5
    assert panel.rows_found.text() == "5 lignes de données sur 11 lignes de la feuille"
    assert panel.excluded_list.lines[-1].endswith("repris comme données")
    assert [b.text() for b in panel.excluded_list.buttons] == ["&Inclure", "Laisser de &côté"]

    with qtbot.waitSignal(panel.table_loaded, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.excluded_list.buttons[-1], Qt.MouseButton.LeftButton)
    assert blocker.args[0].source.include == ()
    assert blocker.args[0].row_count == 2
