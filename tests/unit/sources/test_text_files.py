"""CSV files as communes export them: encodings, separators, quoting, line endings."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.sources import read_table
from desktop_app.core.sources.encoding import Utf8Stream, detect_encoding, read_sample
from desktop_app.core.tasks import CancelToken
from tests.builders import write_csv

ROWS = [
    ["Date", "Objet", "Montant", "Bénéficiaire"],
    ["15/03/2024", "Subvention « Fête de l'été » – 2ᵉ tranche", "1 234,50", "Comité des fêtes"],
    ["02/04/2024", "Réfection du préau de l'école", "12 000,00", "SARL Bâtiment & Cie"],
    ["30/04/2024", "Achat d'un défibrillateur", "980", "Œuvre de secours"],
]


def test_excel_windows_csv_is_read_with_its_accents(tmp_path: Path) -> None:
    rows = [[cell.replace("ᵉ", "e").replace("–", "-") for cell in row] for row in ROWS]
    path = write_csv(tmp_path / "subventions.csv", rows, encoding="cp1252")

    table = read_table(path)

    assert table.source.encoding == "cp1252"
    assert table.source.separator == ";"
    assert table.column_names == rows[0]
    assert table.text.values.tolist() == rows[1:]
    assert [notice.code for notice in table.notices] == ["legacy-encoding"]


def test_dos_code_page_850_is_told_apart_from_windows(tmp_path: Path) -> None:
    rows = [
        ["Nom de l'équipement", "Adresse"],
        ["Salle des fêtes", "Rue de l'Église"],
        ["Gymnase Émile-Zola", "Allée des Pêcheurs"],
        ["Bibliothèque", "Place du Marché"],
    ]
    path = write_csv(tmp_path / "equipements.txt", rows, encoding="cp850")

    table = read_table(path)

    assert table.source.encoding == "cp850"
    assert table.text.values.tolist() == rows[1:]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16-le")],
)
def test_unicode_files_with_or_without_byte_order_mark(
    tmp_path: Path, encoding: str, expected: str
) -> None:
    path = write_csv(tmp_path / "deliberations.csv", ROWS, encoding=encoding)

    table = read_table(path)

    assert table.source.encoding == expected
    assert table.column_names[0] == "Date"  # no stray byte-order mark in the first label
    assert table.text.values.tolist() == [list(row) for row in ROWS[1:]]


def test_lines_in_two_encodings_are_all_kept_and_reported(tmp_path: Path) -> None:
    utf8 = "Objet;Montant\r\nRéfection de la mairie;1200\r\n".encode()
    windows = "Travaux d'été à l'école;300\r\nRéparation du clocher;450\r\n".encode("cp1252")
    more_utf8 = "Fête de la musique;80\r\n".encode()
    path = tmp_path / "melange.csv"
    path.write_bytes(utf8 + windows + more_utf8)

    table = read_table(path)

    assert table.text[0].tolist() == [
        "Réfection de la mairie",
        "Travaux d'été à l'école",
        "Réparation du clocher",
        "Fête de la musique",
    ]
    mixed = [notice for notice in table.notices if notice.code == "mixed-encoding"]
    assert len(mixed) == 1
    assert mixed[0].params["lines"] == 2


def test_mixed_lines_far_down_a_large_file_are_kept(tmp_path: Path) -> None:
    head = "".join(f"Ligne {i};Montant {i}\n" for i in range(60_000)).encode()
    tail = "Dernière ligne, écrite sous Windows;5\n".encode("cp1252")
    path = tmp_path / "long.csv"
    path.write_bytes(b"Objet;Valeur\n" + head + tail)

    table = read_table(path)

    assert table.row_count == 60_001
    assert table.text.iat[-1, 0] == "Dernière ligne, écrite sous Windows"
    assert any(notice.code == "mixed-encoding" for notice in table.notices)


@pytest.mark.parametrize("separator", [";", ",", "\t", "|"])
def test_separator_is_found(tmp_path: Path, separator: str) -> None:
    rows = [["Code", "Libellé", "Montant"], ["1", "Voirie", "10,5"], ["2", "Écoles", "20,25"]]
    path = write_csv(tmp_path / "budget.csv", rows, separator=separator)

    table = read_table(path)

    assert table.source.separator == separator
    assert table.text.values.tolist() == rows[1:]


def test_quoted_fields_keep_separators_quotes_and_line_breaks(tmp_path: Path) -> None:
    rows = [
        ["N°", "Objet", "Vote"],
        ["2024-01", 'Adoption du "plan vélo"; phase 1', "Pour : 12; contre : 3"],
        ["2024-02", "Budget primitif\nvoté à l'unanimité", "Unanimité"],
        ["2024-03", "Tarifs de la cantine", "Pour : 15"],
    ]
    path = write_csv(tmp_path / "deliberations.csv", rows)

    table = read_table(path)

    assert table.text.values.tolist() == rows[1:]
    assert table.row_numbers.tolist() == [2, 3, 4]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    path = write_csv(tmp_path / "a.csv", ROWS, newline=newline)

    table = read_table(path)

    assert table.row_count == 3
    assert table.text.iat[2, 2] == "980"


def test_trailing_separators_are_not_columns(tmp_path: Path) -> None:
    lines = ["Nom;Commune;;;", "Stade;Vif;;;", "Piscine;Vif;;;", ""]
    path = tmp_path / "export.csv"
    path.write_text("\r\n".join(lines), encoding="cp1252")

    table = read_table(path)

    assert table.column_names == ["Nom", "Commune"]
    assert table.text.values.tolist() == [["Stade", "Vif"], ["Piscine", "Vif"]]
    assert not [item for item in table.excluded if item.reason == "empty-column"]


def test_lines_longer_than_the_header_are_not_lost(tmp_path: Path) -> None:
    lines = ["Nom;Montant", "Stade;10", "Piscine;20;note ajoutée à la main", "Salle;30"]
    path = tmp_path / "ragged.csv"
    path.write_text("\n".join(lines), encoding="utf-8")

    table = read_table(path)

    assert table.row_count == 3
    assert table.column_names == ["Nom", "Montant", "Colonne C"]
    assert table.text.iat[1, 2] == "note ajoutée à la main"


LINES = [f"Saint-Étienne;Subvention n°{n} « été » – {n},50 €\n" for n in range(30_000)]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda lines: "".join(lines).encode("cp1252"), id="Windows-1252"),
        pytest.param(lambda lines: "".join(lines).encode("utf-8"), id="UTF-8"),
        pytest.param(lambda lines: "".join(lines).encode("utf-16"), id="UTF-16"),
        pytest.param(
            lambda lines: b"".join(
                line.encode("utf-8" if n % 997 == 0 else "cp1252") for n, line in enumerate(lines)
            ),
            id="UTF-8 lines in a Windows-1252 file",
        ),
    ],
)
@pytest.mark.parametrize("piece", [1000, 7777, 1 << 20])
def test_the_stream_hands_every_line_over_in_utf8_however_it_is_read(
    tmp_path: Path, encode: Callable[[list[str]], bytes], piece: int
) -> None:
    # Several blocks of 256 KiB, read in pieces smaller or larger than a block.
    path = tmp_path / "export.csv"
    path.write_bytes(encode(LINES))
    with path.open("rb") as raw:
        guess = detect_encoding(read_sample(raw))
        stream = Utf8Stream(
            raw, guess, size=path.stat().st_size, progress=lambda *_: None, cancel=CancelToken()
        )
        reader = io.BufferedReader(stream, piece)
        pieces = iter(lambda: reader.read(piece), b"")
        text = b"".join(pieces).decode("utf-8")

    assert text == "".join(LINES)


def test_a_line_shorter_than_the_titles_gets_empty_cells(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Nom;Objet;Montant\nA;Voirie;1\nB;Cantine\nC;Sport;3\n", encoding="utf-8")

    table = read_table(path)

    assert table.text.to_numpy().tolist() == [
        ["A", "Voirie", "1"],
        ["B", "Cantine", ""],
        ["C", "Sport", "3"],
    ]
