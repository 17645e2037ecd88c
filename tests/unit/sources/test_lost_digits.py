"""Numbers Excel rounded into scientific notation are pointed out as soon as the file is read."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.mapping.conversion import convert_column
from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.sources import read_table
from desktop_app.texts import render
from tests.builders import write_csv


def test_reading_says_which_column_lost_its_digits(tmp_path: Path) -> None:
    rows = [
        ["Bénéficiaire", "SIRET", "Montant", "Salle"],
        ["Club A", "2,43E+13", "1000000000", "3E4"],
        ["Club B", "43955400000000", "2500", "3E5"],
        ["Club C", "21380455200015", "1200", "B12"],
    ]
    table = read_table(write_csv(tmp_path / "subventions.csv", rows))

    found = [notice for notice in table.notices if notice.code == "column-lost-digits"]

    assert [(n.params["column"], n.params["count"]) for n in found] == [("SIRET", 2)]
    words = render(found[0].code, found[0].params)
    assert "« SIRET »" in words
    assert "2 nombres" in words
    assert "format Texte" in words


def test_a_copied_back_number_is_found_among_many_that_are_not(tmp_path: Path) -> None:
    # Thousands of numbers with no E and no seven zeros at their end (dates, amounts, SIRETs
    # with zeros inside): the column is let go at once, but one rounded number is still found.
    rows = [["Date", "SIRET", "Montant"]]
    rows += [[f"{1 + n % 28:02d}/03/2024", f"2138045{n:07d}", f"{n},50"] for n in range(3000)]
    rows.append(["01/04/2024", "43955400000000", "12"])
    table = read_table(write_csv(tmp_path / "subventions.csv", rows))

    found = [notice for notice in table.notices if notice.code == "column-lost-digits"]

    assert [(n.params["column"], n.params["count"]) for n in found] == [("SIRET", 1)]


def test_mapping_refuses_a_siret_copied_back_from_its_rounded_display() -> None:
    field = SchemaField(name="idBeneficiaire", type="string", title="SIRET du bénéficiaire")

    conversion = convert_column(pd.Series(["43955400000000", "21380455200015"]), None, field)

    assert conversion.output.tolist() == ["43955400000000", "21380455200015"]
    assert list(conversion.failure_reasons) == ["siret-scientific-notation"]


# The same column written in the ways that change how it is scanned: long texts, a cell on
# two lines, characters beyond Latin-1, nothing but short codes.
NEIGHBOURS = {
    "long texts": "Subvention versée en deux fois, la seconde après le bilan de l'année",
    "a cell on two lines": "Reçu le\n12/03/2024",
    "characters beyond Latin-1": "Œuvre d’entraide – 12 €",
    "short codes": "B12",
}


@pytest.mark.parametrize("neighbour", list(NEIGHBOURS.values()), ids=list(NEIGHBOURS))
def test_rounded_numbers_are_found_however_their_column_is_written(
    neighbour: str, tmp_path: Path
) -> None:
    damaged = [" 2,43E+13", "43955400000000  ", "-2.4306E+13", " " * 11 + "2,43E+13"]
    spared = ["4,3E+05", "2,43E+13 env.", " " * 12 + "2,43E+13", "1000000000", "3E4"]
    rows = [["Référence", "Montant"]]
    rows += [[neighbour, str(n)] for n in range(60)]
    rows += [[value, "1"] for value in [*damaged, *spared]]

    table = read_table(write_csv(tmp_path / "t.csv", rows))

    found = [notice for notice in table.notices if notice.code == "column-lost-digits"]
    assert [(n.params["column"], n.params["count"]) for n in found] == [("Référence", 4)]
    assert found[0].params["value"] == " 2,43E+13"


def test_a_rounded_number_among_words_holding_e_is_found(tmp_path: Path) -> None:
    # Words full of "e" (Saint-Étienne, Service) are let go at once, since nothing damaged
    # can be written without a digit right before its E; these numbers have one.
    rows = [["Commune", "Service"]]
    rows += [["Saint-Étienne", "Service des sports"] for _ in range(50)]
    rows += [["2,43E+13", "Service"], ["Saint-Étienne", " 2,\u0664\u0663E+13"]]

    table = read_table(write_csv(tmp_path / "t.csv", rows))

    found = [notice for notice in table.notices if notice.code == "column-lost-digits"]
    assert [(n.params["column"], n.params["count"]) for n in found] == [
        ("Commune", 1),
        ("Service", 1),
    ]
