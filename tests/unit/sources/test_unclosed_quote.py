"""A quote that opens a cell and never closes it must not swallow the lines after it.

An export cut each request's title at 100 characters, leaving « "VVV - Séjour … » without its
closing quote. Read by the rules of CSV, that cell took in the 14 lines that followed, up to
the next quote: 14 subsidies vanished into one cell, and the file was said to hold fewer
lines than it has. Each line of the file is a whole record here: the stray quote is a
character of the text, and the notice says which line held it.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.sources import read_table

TITLES = "Annee;Nom du partenaire;N SIRET;Intitule de la demande;Montant;Financee"


def _line(number: int) -> str:
    return f"2013;Association {number};4330065410{number:04d};Projet {number};{100 * number};Oui"


def _file(path: Path) -> Path:
    lines = [TITLES, *(_line(n) for n in range(1, 6))]
    lines.append('2013;ARC 75;31799229500012;"VVV - Sejour sur le littoral aquitaa;0;Non')
    lines += [_line(n) for n in range(6, 20)]
    lines.append('2013;OASIS 18;42304179700030;VVV "Sejour a SOULAC";1500;Non')
    lines += [_line(n) for n in range(20, 25)]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def test_a_quote_never_closed_keeps_every_line_a_row(tmp_path: Path) -> None:
    table = read_table(_file(tmp_path / "subventions.csv"))

    assert table.row_count == 26  # every line after the titles, none swallowed
    names = table.text.iloc[:, 1].tolist()
    assert names[5] == "ARC 75"
    assert table.text.iloc[5, 3] == '"VVV - Sejour sur le littoral aquitaa'
    assert table.text.iloc[5, 4] == "0"
    assert names[6] == "Association 6"
    assert names[19] == "Association 19"
    assert table.text.iloc[20, 3] == 'VVV "Sejour a SOULAC"'  # quotes inside a text: kept
    assert not any("\n" in str(cell) for cell in table.text.to_numpy().ravel())
    [notice] = [n for n in table.notices if n.code == "quote-unclosed"]
    assert notice.params["lines"] == [7]  # the file's line 7 held the stray quote


def test_a_quoted_cell_on_two_lines_stays_one_cell(tmp_path: Path) -> None:
    """An address typed on two lines inside quotes is one cell, as Excel reads it."""
    lines = [
        "Nom;Adresse;Telephone",
        'Mairie;"1 place de la Mairie\n34000 Montpellier";04 67 00 00 01',
        'Ecole;"2 rue des Ecoles;batiment B\n34000 Montpellier";04 67 00 00 02',
        "Stade;3 avenue du Stade;04 67 00 00 03",
    ]
    path = tmp_path / "lieux.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))

    table = read_table(path)

    assert table.row_count == 3
    assert table.text.iloc[0, 1] == "1 place de la Mairie\n34000 Montpellier"
    assert table.text.iloc[1, 1] == "2 rue des Ecoles;batiment B\n34000 Montpellier"
    assert not [n for n in table.notices if n.code == "quote-unclosed"]
