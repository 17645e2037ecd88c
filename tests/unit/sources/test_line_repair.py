"""Comma-separated exports left out of shape: `;;` at every line's end, unquoted commas.

The files are written by the test as a French-locale spreadsheet re-saves them.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.sources import read_table

TITLES = "nomAttribuant,idAttribuant,dateConvention,nomBeneficiaire,objet,montant,nature"
LINES = [
    "CD Vendée,22850001300658,2017-09-08,Association Marie Brisson,"
    "Travaux de réhabilitation de l'EHPAD,24 975,00,aide en numéraire",
    "CD Vendée,22850001300658,2017-09-08,Club sportif,Achat de matériel pour la saison,"
    "1200,aide en numéraire",
    "CD Vendée,22850001300658,2017-10-02,Comité des fêtes,Fête de la musique, "
    "concerts et animations,3 500,50,aide en numéraire",
    "CD Vendée,22850001300658,2017-10-02,Amicale laïque,Classe de découverte en montagne,"
    "800,aide en numéraire",
]


def _write(path: Path, lines: list[str], ending: str) -> Path:
    path.write_bytes("".join(line + ending for line in lines).encode("cp1252"))
    return path


def test_trailing_semicolons_hide_no_comma_separator(tmp_path: Path) -> None:
    lines = [TITLES, LINES[1], LINES[3]]
    path = _write(tmp_path / "conventions.csv", lines, ";;\r\n")

    table = read_table(path)

    assert table.source.separator == ","
    assert table.source.header_row == 1
    assert table.column_names == TITLES.split(",")
    assert table.row_count == 2
    assert table.cell_text(1, 6) == "aide en numéraire"
    notices = {notice.code: dict(notice.params) for notice in table.notices}
    assert notices["trailing-separators"] == {"character": ";"}
    assert "fields-joined" not in notices


def test_unquoted_decimal_commas_and_commas_in_text_are_joined(tmp_path: Path) -> None:
    path = _write(tmp_path / "conventions.csv", [TITLES, *LINES], ";;\r\n")

    table = read_table(path)

    assert table.column_names == TITLES.split(",")
    assert table.row_count == 4
    assert table.text[5].tolist() == ["24 975,00", "1200", "3 500,50", "800"]
    assert table.cell_text(2, 4) == "Fête de la musique, concerts et animations"
    assert table.text[6].tolist() == ["aide en numéraire"] * 4
    notices = {notice.code: dict(notice.params) for notice in table.notices}
    assert notices["fields-joined"] == {"count": 2, "lines": [2, 4]}


def test_a_regular_semicolon_file_with_empty_last_columns_is_untouched(tmp_path: Path) -> None:
    lines = ["Nom;Service;Note;Remarque", "Dupont;Voirie;;", "Martin;Écoles;12,5;"]
    path = _write(tmp_path / "agents.csv", lines, "\r\n")

    table = read_table(path)

    assert table.source.separator == ";"
    assert table.column_names == ["Nom", "Service", "Note", "Remarque"]
    assert table.cell_text(1, 2) == "12,5"
    assert {notice.code for notice in table.notices}.isdisjoint(
        {"trailing-separators", "fields-joined"}
    )
