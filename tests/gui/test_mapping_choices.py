"""The Correspondance page asks before taking a column from another field, and marks guesses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.sources import read_table
from desktop_app.ui.models.mapping_model import CONFIDENCE, CONVERSION
from desktop_app.ui.pages.mapping_page import MappingPage
from desktop_app.ui.palette import tones
from desktop_app.ui.services import SAMPLE_COMMUNE
from desktop_app.ui.state import WizardState
from tests.builders import write_csv
from tests.gui.conftest import InlineServices, ScriptedDialogs, settle


def _page(qtbot: QtBot, services: InlineServices, path: Path, schema: str) -> MappingPage:
    state = WizardState(
        commune=SAMPLE_COMMUNE, table=read_table(path), schema=services.catalogue.get(schema)
    )
    page = MappingPage(state, services)
    qtbot.addWidget(page)
    page.initializePage()
    settle(qtbot)
    return page


def _subsidies(directory: Path) -> Path:
    rows = [
        ["Bénéficiaire", "Intitulé", "idAttribuant", "Montant", "S-PR-Numéro SIMPA"],
        *(
            [f"Club {n}", f"Saison {n}", "2,43E+13", f"{n * 100}", f"2013_{n:04d}"]
            for n in range(1, 25)
        ),
    ]
    return write_csv(directory / "subventions.csv", rows)


def _choose(page: MappingPage, field: str, column: str) -> None:
    combo = page.combos[field]
    combo.setCurrentIndex(combo.findData(column))


def test_a_column_used_elsewhere_asks_then_moves_or_serves_both(
    qtbot: QtBot, inline_services: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = _page(qtbot, inline_services, _subsidies(tmp_path), "scdl/subventions")
    assert page.prepared is not None
    assert page.prepared.mapping.for_field("objet").column == "Intitulé"

    dialogs.column_uses = [None, "both", "move"]
    _choose(page, "conditionsVersement", "Intitulé")
    settle(qtbot)
    assert dialogs.asked[-1] == ("column-use", ("Intitulé", ("Objet de la subvention",)))
    mapping = page.prepared.mapping
    assert mapping.for_field("objet").column == "Intitulé"
    assert mapping.for_field("conditionsVersement").column is None
    assert page.combos["conditionsVersement"].currentData() == ""

    _choose(page, "conditionsVersement", "Intitulé")
    settle(qtbot)
    mapping = page.prepared.mapping
    assert mapping.for_field("objet").column == "Intitulé"
    assert mapping.for_field("conditionsVersement").column == "Intitulé"

    _choose(page, "dispositifAide", "Intitulé")
    settle(qtbot)
    mapping = page.prepared.mapping
    assert mapping.for_field("dispositifAide").column == "Intitulé"
    assert mapping.for_field("objet").column is None
    assert mapping.for_field("conditionsVersement").column is None


def test_guesses_and_exact_titles_say_what_they_are(
    qtbot: QtBot, inline_services: InlineServices, tmp_path: Path
) -> None:
    page = _page(qtbot, inline_services, _subsidies(tmp_path), "scdl/subventions")
    model = page.model
    rows = {model.field_name(row): row for row in range(model.rowCount())}

    guess = model.index(rows["referenceDecision"], CONFIDENCE)
    assert str(model.data(guess)).endswith("supposition à vérifier")
    colour = model.data(guess, Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == tones(page.palette()).advice_text.lower()
    sure = model.index(rows["montant"], CONFIDENCE)
    assert str(model.data(sure)) == "100 %"
    assert model.data(sure, Qt.ItemDataRole.ForegroundRole) is None

    exact = rows["idAttribuant"]
    assert page.combos["idAttribuant"].currentData() == "idAttribuant"
    assert "étape Qualité" in str(model.data(model.index(exact, CONVERSION)))
