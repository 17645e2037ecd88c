"""One table written as stacked blocks, and CSV lines pasted into one column, read whole.

Every workbook is written by the test in the formats agents keep (XLS, XLSX, ODS); the
expectations are what a person reading the sheet takes in: every block's rows, the titles,
what tells the blocks apart as a last column, and what is left out, row by row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.sources import read_table
from tests.builders import write_ods, write_xls, write_xlsx

Writer = Callable[[Path, list[list[Any]]], Path]
TITLES = ["Bénéficiaire", "Objet", "Date de décision", "Montant"]


def _xls(path: Path, rows: list[list[Any]]) -> Path:
    return write_xls(path.with_suffix(".xls"), {"Feuil1": rows})


def _xlsx(path: Path, rows: list[list[Any]]) -> Path:
    return write_xlsx(path.with_suffix(".xlsx"), {"Feuil1": rows})


def _ods(path: Path, rows: list[list[Any]]) -> Path:
    return write_ods(path.with_suffix(".ods"), {"Feuil1": rows})


WRITERS = [pytest.param(w, id=w.__name__.strip("_")) for w in (_xls, _xlsx, _ods)]


def _block(kind: str, count: int, *, total: bool = True) -> list[list[Any]]:
    rows: list[list[Any]] = [
        [f"{kind} {n}", "Fonctionnement", "15/03/2018", 100 * n] for n in range(1, count + 1)
    ]
    if total:
        rows.append(["Total", None, None, sum(100 * n for n in range(1, count + 1))])
    return rows


def _reasons(table: Any) -> list[tuple[str, int, int]]:
    return [(item.reason, item.first_row, item.last_row) for item in table.excluded]


@pytest.mark.parametrize("write", WRITERS)
def test_blocks_under_their_own_title_lines_are_one_table(tmp_path: Path, write: Writer) -> None:
    rows: list[list[Any]] = [["Subventions versées en 2018"], []]
    for kind, count in (("Associations sportives", 3), ("Associations culturelles", 2)):
        rows += [[kind], TITLES, *_block(kind.split()[1], count), []]
    rows += [["Écoles"], TITLES, *_block("École", 4)]
    path = write(tmp_path / "subventions", rows)

    table = read_table(path)

    assert table.source.header_row == 4
    assert table.column_names == [*TITLES, "Bloc"]
    assert table.row_count == 9
    assert table.text[4].tolist() == (
        ["Associations sportives"] * 3 + ["Associations culturelles"] * 2 + ["Écoles"] * 4
    )
    assert table.text[0].tolist()[3:5] == ["culturelles 1", "culturelles 2"]
    assert _reasons(table) == [
        ("title", 1, 3),
        ("total", 8, 8),
        ("blank", 9, 9),
        ("section", 10, 10),
        ("repeated-header", 11, 11),
        ("total", 14, 14),
        ("blank", 15, 15),
        ("section", 16, 16),
        ("repeated-header", 17, 17),
        ("total", 22, 22),
    ]
    assert [n.code for n in table.notices if n.code == "stacked-blocks"] == ["stacked-blocks"]


@pytest.mark.parametrize("write", WRITERS)
def test_the_changing_part_of_repeated_titles_names_the_blocks(
    tmp_path: Path, write: Writer
) -> None:
    def titles(bracket: str) -> list[str]:
        return ["Attributaire", "Objet du marché", f"Montant - tranche de {bracket}", "Date"]

    rows: list[list[Any]] = [["LISTE DES MARCHÉS NOTIFIÉS EN 2009"], []]
    brackets = ("20 000 € à 49 999,99 €", "50 000 € à 89 999,99 €", "90 000 € et plus")
    for number, bracket in enumerate(brackets):
        rows += [titles(bracket)]
        rows += [[f"Entreprise {number}{n}", "Travaux", "lot 1", "12/05/2009"] for n in range(3)]
        rows += [[]]
    path = write(tmp_path / "marches", rows[:-1])

    table = read_table(path)

    assert table.source.header_row == 3
    assert table.column_names == ["Attributaire", "Objet du marché", "Montant", "Date", "Tranche"]
    assert table.row_count == 9
    assert table.text[4].tolist()[::3] == [f"tranche de {b}" for b in brackets]
    assert [r for r in _reasons(table) if r[0] != "blank"] == [
        ("title", 1, 1),
        ("repeated-header", 8, 8),
        ("repeated-header", 13, 13),
    ]


@pytest.mark.parametrize("write", WRITERS)
def test_a_name_in_the_first_row_of_each_block(tmp_path: Path, write: Writer) -> None:
    rows: list[list[Any]] = [TITLES, ["Sport"], *_block("Club", 2), []]
    rows += [TITLES, ["Culture"], *_block("Chorale", 3, total=False)]
    path = write(tmp_path / "blocs", rows)

    table = read_table(path)

    assert table.source.header_row == 1
    assert table.column_names == [*TITLES, "Bloc"]
    assert table.text[4].tolist() == ["Sport"] * 2 + ["Culture"] * 3
    assert _reasons(table) == [
        ("section", 2, 2),
        ("total", 5, 5),
        ("blank", 6, 6),
        ("repeated-header", 7, 7),
        ("section", 8, 8),
    ]


def test_identical_blocks_add_no_column_and_a_different_table_stays_apart(
    tmp_path: Path,
) -> None:
    rows: list[list[Any]] = [TITLES, *_block("Club", 2), [], TITLES, *_block("Chorale", 3)]
    rows += [[], [], ["Récapitulatif"], ["Objet", "Nombre", "Total"], ["Fonctionnement", 5, 1500]]
    path = write_xlsx(tmp_path / "blocs.xlsx", {"Feuil1": rows})

    table = read_table(path)

    assert table.column_names == TITLES
    assert table.row_count == 5
    assert _reasons(table) == [
        ("total", 4, 4),
        ("blank", 5, 5),
        ("repeated-header", 6, 6),
        ("total", 10, 10),
        ("blank", 11, 12),
        ("second-table", 13, 15),
    ]


def _election_lines() -> list[str]:
    lines = ["N° Election;Election;Code Commune;Bureau;Inscrits;Candidat;Nombre de Voix"]
    for n in range(40):
        election = "Municipales, second tour" if n % 4 == 0 else "Européennes"
        lines.append(f"277;{election};34172;{n % 7 + 1:02d};955;Liste {n};{n * 3}")
    return lines


@pytest.mark.parametrize("write", WRITERS)
def test_csv_lines_pasted_into_one_column_are_split(tmp_path: Path, write: Writer) -> None:
    # The spreadsheet cut some lines at their comma when the text was pasted.
    rows: list[list[Any]] = [line.split(",", 1) for line in _election_lines()]
    path = write(tmp_path / "elections", rows)

    table = read_table(path)

    assert table.source.header_row == 1
    assert table.column_names == _election_lines()[0].split(";")
    assert table.row_count == 40
    assert table.text[1].tolist()[:2] == ["Municipales, second tour", "Européennes"]
    assert table.text[3].tolist()[:2] == ["01", "02"]
    notices = {n.code: dict(n.params) for n in table.notices}
    assert notices["pasted-lines-split"] == {"separator": ";"}


def test_a_one_column_list_with_commas_is_not_split(tmp_path: Path) -> None:
    rows = [["Adresse"], *([f"{n}, rue de la Mairie, Vif"] for n in range(1, 30))]
    path = write_xlsx(tmp_path / "adresses.xlsx", {"Feuil1": rows})

    table = read_table(path)

    assert table.column_names == ["Adresse"]
    assert table.row_count == 29
