"""Tables as agents lay them out by hand, and what a person reading them would take as data.

Each case is a real file written by the test; the expectations are what a person sees: the
row of labels, the column names, the rows kept (by their first cell), and what is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.sources import read_table
from tests.builders import SheetSpec, write_csv, write_ods, write_xlsx


@dataclass(frozen=True)
class Case:
    name: str
    rows: list[list[Any]]
    header_row: int | None
    columns: list[str]
    kept: list[str]
    excluded: list[tuple[str, int]] = field(default_factory=list)
    merges: tuple[str, ...] = ()
    kind: str = "csv"


CASES = [
    Case(
        "words that open a total are data when the row holds other words",
        [
            ["Fournisseur", "Objet", "Montant"],
            ["Total Energies", "Carburant", "1 200"],
            ["Ensemble vocal Arpège", "Chorale", "300"],
            ["Somme Immobilier", "Loyer", "900"],
            ["Dupont", "Cumul emploi-retraite", "20"],
            ["Total", "", "2 420"],
        ],
        1,
        ["Fournisseur", "Objet", "Montant"],
        ["Total Energies", "Ensemble vocal Arpège", "Somme Immobilier", "Dupont"],
        [("total", 6)],
    ),
    Case(
        "a category named Total inside the data",
        [["Catégorie", "Type", "Nombre"], ["Écoles", "Total", "12"], ["Écoles", "Partiel", "3"]],
        1,
        ["Catégorie", "Type", "Nombre"],
        ["Écoles", "Écoles"],
    ),
    Case(
        "subtotals wherever their label stands",
        [
            ["N°", "Date", "Bénéficiaire", "Objet", "Montant"],
            ["1", "15/03/2024", "Asso A", "Fonct.", "1 200,00"],
            ["2", "16/03/2024", "Asso B", "Fonct.", "300,00"],
            ["", "", "", "Sous-total", "1 500,00"],
            ["3", "17/04/2024", "Asso C", "Invest.", "2 000"],
            ["", "S/Total 60", "", "", "2 000"],
            ["", "", "", "Total", "3 500,00"],
        ],
        1,
        ["N°", "Date", "Bénéficiaire", "Objet", "Montant"],
        ["1", "2", "3"],
        [("total", 4), ("total", 6)],
    ),
    Case(
        "headings between the data rows of a budget",
        [
            ["Chapitre", "Libellé", "2023", "2024"],
            ["FONCTIONNEMENT"],
            ["011", "Charges générales", "1 100", "1 200"],
            ["012", "Personnel", "5 100", "5 300"],
            [],
            ["INVESTISSEMENT"],
            ["20", "Immobilisations incorporelles", "200", "300"],
            ["21", "Immobilisations corporelles", "800", "700"],
        ],
        1,
        ["Chapitre", "Libellé", "2023", "2024"],
        ["011", "012", "20", "21"],
        [("section", 2), ("blank", 5), ("section", 6)],
    ),
    Case(
        "an odd value after a blank row does not end the table",
        [
            ["Bénéficiaire", "Objet", "Montant"],
            ["Asso A", "Fonct", "1 200"],
            ["Asso B", "Fonct", "300"],
            [],
            ["Asso D", "Projet", "en attente"],
            ["Asso E", "Projet", "700"],
        ],
        1,
        ["Bénéficiaire", "Objet", "Montant"],
        ["Asso A", "Asso B", "Asso D", "Asso E"],
        [("blank", 4)],
    ),
    Case(
        "lines describing the file above the labels",
        [
            ["Commune :", "Villeneuve"],
            ["Édité le :", "15/03/2024"],
            [],
            ["Nom", "Prénom", "Service", "Téléphone"],
            ["DUPONT", "Jean", "Voirie", "01 02 03 04 05"],
            ["MARTIN", "Anne", "État civil", "01 02 03 04 06"],
        ],
        4,
        ["Nom", "Prénom", "Service", "Téléphone"],
        ["DUPONT", "MARTIN"],
        [("title", 1)],
    ),
    Case(
        "a two-part title above a narrow table",
        [
            ["Commune de Villeneuve", "", "Année 2024"],
            ["Nom", "Prénom", "Fonction"],
            ["Dupont", "Jean", "Maire"],
            ["Martin", "Anne", "Adjointe"],
        ],
        2,
        ["Nom", "Prénom", "Fonction"],
        ["Dupont", "Martin"],
        [("title", 1)],
    ),
    Case(
        "two-row header in a CSV, sub-labels repeated under each group",
        [
            ["Bénéficiaire", "Subvention 2023", "", "Subvention 2024", ""],
            ["", "Demandé", "Accordé", "Demandé", "Accordé"],
            ["Asso A", "1 000", "800", "1 200", "1 000"],
            ["Asso B", "500", "500", "600", "600"],
        ],
        1,
        [
            "Bénéficiaire",
            "Subvention 2023 – Demandé",
            "Subvention 2023 – Accordé",
            "Subvention 2024 – Demandé",
            "Subvention 2024 – Accordé",
        ],
        ["Asso A", "Asso B"],
    ),
    Case(
        "a data row under a label with an empty neighbour is not a second header",
        [
            ["Service", "Agent", "", "Heures"],
            ["Voirie", "Dupont", "Jean", ""],
            ["Voirie", "Martin", "Paul", "35"],
        ],
        1,
        ["Service", "Agent", "Colonne C", "Heures"],
        ["Voirie", "Voirie"],
    ),
    Case(
        "a merged label over two columns of text data",
        [
            ["Nom", "Adresse", None, "Commune"],
            ["Dupont", "12 bis", "rue des Lilas", "Villeneuve"],
            ["Martin", "3", "place de la Mairie", "Villeneuve"],
        ],
        1,
        ["Nom", "Adresse", "Adresse (2)", "Commune"],
        ["Dupont", "Martin"],
        merges=("B1:C1",),
        kind="xlsx",
    ),
    Case(
        "a note merged across the width under the table",
        [
            ["Équipement", "Lieu", "Capacité"],
            ["Gymnase", "Centre", 200],
            ["Piscine", "Nord", 150],
            [],
            ["* capacité maximale en personnes", None, None],
        ],
        1,
        ["Équipement", "Lieu", "Capacité"],
        ["Gymnase", "Piscine"],
        [("blank", 4), ("note", 5)],
        merges=("A5:C5",),
        kind="xlsx",
    ),
    Case(
        "an empty merged box below the table",
        [
            ["Nom", "Prénom", "Fonction"],
            ["Dupont", "Jean", "Maire"],
            ["Martin", "Anne", "Adjointe"],
        ],
        1,
        ["Nom", "Prénom", "Fonction"],
        ["Dupont", "Martin"],
        merges=("A10:C12",),
        kind="xlsx",
    ),
    Case(
        "a titled second table stacked below a short one",
        [
            ["Bénéficiaire", "Objet", "Montant"],
            ["Asso A", "Fonct", "1 200"],
            ["Asso B", "Fonct", "300"],
            [],
            [],
            ["Récapitulatif par objet"],
            ["Objet", "Montant"],
            ["Fonct", "1 500"],
        ],
        1,
        ["Bénéficiaire", "Objet", "Montant"],
        ["Asso A", "Asso B"],
        [("blank", 4), ("second-table", 6)],
    ),
    Case(
        "a second table of words after two blank rows",
        [
            ["Nom", "Prénom", "Fonction"],
            ["Dupont", "Jean", "Maire"],
            ["Martin", "Anne", "Adjointe"],
            [],
            [],
            ["Commission", "Président", "Rapporteur"],
            ["Finances", "Dupont", "Martin"],
        ],
        1,
        ["Nom", "Prénom", "Fonction"],
        ["Dupont", "Martin"],
        [("blank", 4), ("second-table", 6)],
    ),
    Case(
        "the last data row with a single cell stays",
        [
            ["Bénéficiaire", "Objet", "Montant"],
            ["Asso A", "Fonct", "1 200"],
            ["Asso B", "Fonct", "300"],
            ["Asso C", "", ""],
        ],
        1,
        ["Bénéficiaire", "Objet", "Montant"],
        ["Asso A", "Asso B", "Asso C"],
    ),
    Case(
        "a single-column list under a title",
        [["Liste des prénoms donnés en 2024"], [], ["Prénom"], ["Louise"], ["Gabriel"], ["Jade"]],
        3,
        ["Prénom"],
        ["Louise", "Gabriel", "Jade"],
        [("title", 1)],
    ),
    Case(
        "capital labels with a digit over capital data",
        [
            ["NOM", "PRENOM", "ADRESSE 1", "VILLE"],
            ["DUPONT", "JEAN", "12 RUE DES LILAS", "PARIS"],
            ["MARTIN", "ANNE", "3 PLACE DE LA MAIRIE", "LYON"],
        ],
        1,
        ["NOM", "PRENOM", "ADRESSE 1", "VILLE"],
        ["DUPONT", "MARTIN"],
    ),
    Case(
        "a line of units under the labels",
        [
            ["Libellé", "Montant", "Évolution"],
            ["", "€", "%"],
            ["Eau", "1 000", "11"],
            ["Gaz", "500", "-17"],
        ],
        1,
        ["Libellé", "Montant (€)", "Évolution (%)"],
        ["Eau", "Gaz"],
        [("units", 2)],
    ),
    Case(
        "the labels written again after a page break",
        [
            ["Nom", "Service"],
            ["Dupont", "Voirie"],
            ["Martin", "Écoles"],
            [],
            ["Nom", "Service"],
            ["Durand", "Voirie"],
            ["Petit", "Écoles"],
        ],
        1,
        ["Nom", "Service"],
        ["Dupont", "Martin", "Durand", "Petit"],
        [("blank", 4), ("repeated-header", 5)],
    ),
    Case(
        "the table starts at column C under titles",
        [
            [],
            [None, None, "Commune de Villeneuve"],
            [None, None, "Marchés publics 2024"],
            [],
            [None, None, "N°", "Objet", "Titulaire", "Montant HT"],
            [None, None, 1, "Voirie", "Colas", 120000],
            [None, None, 2, "Éclairage", "Citéos", 45000],
            [None, None, None, "Sous-total travaux", None, 165000],
            [None, None, 3, "Assurance", "SMACL", 8000],
        ],
        5,
        ["N°", "Objet", "Titulaire", "Montant HT"],
        ["1", "2", "3"],
        [("title", 2), ("total", 8)],
        kind="ods",
    ),
    Case(
        "dates as column labels of a planning",
        [
            ["Salle", "01/03/2024", "02/03/2024"],
            ["Salle des fêtes", "Mariage", ""],
            ["Gymnase", "Basket", "Judo"],
        ],
        1,
        ["Salle", "01/03/2024", "02/03/2024"],
        ["Salle des fêtes", "Gymnase"],
    ),
]


def _write(case: Case, directory: Path) -> Path:
    if case.kind == "xlsx":
        return write_xlsx(directory / "t.xlsx", {"F": SheetSpec(case.rows, case.merges)})
    if case.kind == "ods":
        return write_ods(directory / "t.ods", {"F": SheetSpec(case.rows, case.merges)})
    return write_csv(directory / "t.csv", case.rows, encoding="cp1252")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_layout(case: Case, tmp_path: Path) -> None:
    table = read_table(_write(case, tmp_path))

    assert table.source.header_row == case.header_row
    assert table.column_names == case.columns
    assert table.text[0].tolist() == case.kept
    assert [(item.reason, item.first_row) for item in table.excluded] == case.excluded


def test_consecutive_totals_are_reported_together(tmp_path: Path) -> None:
    rows = [["Compte", "Montant"], ["6061", "1 000"], ["S/Total 60", "1 000"], ["TOTAL", "1 000"]]
    table = read_table(write_csv(tmp_path / "t.csv", rows))

    assert [(e.reason, e.first_row, e.last_row) for e in table.excluded] == [("total", 3, 4)]


# The label column of a total, written in the ways that change how it is scanned: long
# texts, a cell on two lines, characters beyond Latin-1, a label indented with spaces.
LABEL_COLUMNS = {
    "long texts": "Subvention de fonctionnement versée à l'association pour l'année",
    "a cell on two lines": "Club de\nfootball",
    "characters beyond Latin-1": "Œuvre d’entraide – 12 €",
    "short words": "Asso",
}


@pytest.mark.parametrize("label", list(LABEL_COLUMNS.values()), ids=list(LABEL_COLUMNS))
def test_totals_are_found_however_the_label_column_is_written(label: str, tmp_path: Path) -> None:
    rows = [["Bénéficiaire", "Objet", "Montant"]]
    rows += [[f"{label} {n}", "Fonct.", f"{n} 000"] for n in range(1, 40)]
    rows += [["Sous-total", "", "780 000"], ["Totaux", "", "780 000"]]
    rows += [[f"{label} 40", "Invest.", "40 000"], ["  TOTAL général", "", "820 000"]]
    rows += [["Total Energies", "Carburant", "1 200"]]

    table = read_table(write_csv(tmp_path / "t.csv", rows, encoding="utf-8"))

    excluded = [(e.reason, e.first_row, e.last_row) for e in table.excluded]
    assert excluded == [("total", 41, 42), ("total", 44, 44)]
    assert table.row_count == 41
    assert table.text[0].tolist()[-2:] == [f"{label} 40", "Total Energies"]


def test_a_total_after_cells_holding_only_spaces_is_still_a_total(tmp_path: Path) -> None:
    # A label is the row's first filled cell: cells of spaces before it (a non-breaking one
    # too) are blank, while a number before it makes the row data.
    rows = [["N°", "Libellé", "Montant"], ["1", "Achat", "10"], ["2", "Total", "5"]]
    rows += [["\u00a0", "Sous-total", "15"], ["3", "Vente", "4"], ["  ", "Total", "19"]]

    table = read_table(write_csv(tmp_path / "t.csv", rows, encoding="utf-8"))

    assert table.text[1].tolist() == ["Achat", "Total", "Vente"]
    assert [(e.reason, e.first_row) for e in table.excluded] == [("total", 4), ("total", 6)]
