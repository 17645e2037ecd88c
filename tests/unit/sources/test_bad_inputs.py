"""Every file that cannot be read gets its own code and a clear message, and is left untouched."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import SourceError
from desktop_app.core.sources import read_table
from desktop_app.texts import render
from desktop_app.texts.render import Language
from tests.builders import encrypt_xlsx, fingerprint, write_csv, write_ods, write_xlsx
from tests.special_files import finishes_quickly

ROWS = [["Nom", "Montant"], ["Stade", 10], ["Piscine", 20]]


def _code_of(path: Path) -> str:
    with pytest.raises(SourceError) as raised:
        read_table(path)
    message = render(raised.value.code, raised.value.params)
    assert path.name in message or raised.value.code == "header-row-out-of-range"
    assert "Traceback" not in message
    return raised.value.code


def test_missing_file(tmp_path: Path) -> None:
    assert _code_of(tmp_path / "introuvable.xlsx") == "file-not-found"


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "Exports.csv"
    folder.mkdir()
    assert _code_of(folder) == "not-a-file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "export.csv"
    os.mkfifo(pipe)
    # Opening a pipe with no writer would block for ever: the refusal must come first.
    code = finishes_quickly(lambda: _code_of(pipe), pipe)
    assert code == "special-file"


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n  \r\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(content)
    assert _code_of(path) == "file-empty"


def test_separators_only_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "rien.csv"
    path.write_text(";;;\n;;;\n", encoding="utf-8")
    assert _code_of(path) == "no-table"


def test_workbook_whose_sheets_are_all_empty(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vide.xlsx", {"Feuil1": [], "Feuil2": []})
    assert _code_of(path) == "no-table"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_file_named_csv(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(SourceError) as raised:
        read_table(path)
    assert raised.value.code == "not-a-table"
    assert raised.value.params["kind"] == kind


def test_word_document_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "compte-rendu.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert _code_of(path) == "not-a-table"


def test_workbook_named_csv_is_read_for_what_it_is(tmp_path: Path) -> None:
    real = write_xlsx(tmp_path / "real.xlsx", {"Feuil1": ROWS})
    path = tmp_path / "export.csv"
    path.write_bytes(real.read_bytes())

    table = read_table(path)

    assert table.source.format == "xlsx"
    assert table.text.values.tolist() == [["Stade", "10"], ["Piscine", "20"]]
    notice = next(n for n in table.notices if n.code == "mislabelled-file")
    assert (notice.params["declared"], notice.params["actual"]) == ("csv", "xlsx")
    assert "classeur Excel" in render(notice.code, notice.params)


def test_csv_named_xlsx_is_read_as_text(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "budget.xlsx", [["Nom", "Montant"], ["Stade", "10"]])

    table = read_table(path)

    assert table.source.format == "csv"
    assert "mislabelled-file" in [notice.code for notice in table.notices]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_mislabelled_file_reads_as_a_sentence(tmp_path: Path, lang: Language) -> None:
    # The formats are named in words: glued after the name's dot they read
    # « se termine par .classeur Excel 97-2003 (.xls) », « un page web ».
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Nom</td></tr><tr><td>Stade</td></tr></table>")

    notice = next(n for n in read_table(path).notices if n.code == "mislabelled-file")
    message = render(notice.code, notice.params, lang=lang)

    for glued in (".classeur", ".Excel", "un page", "a web"):
        assert glued not in message
    assert "(.xls)" in message


def test_xml_that_is_not_a_spreadsheet_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text('<?xml version="1.0"?>\n<rss><channel><title>Mairie</title></channel></rss>')

    with pytest.raises(SourceError) as raised:
        read_table(path)

    assert (raised.value.code, raised.value.params["kind"]) == ("not-a-table", "xml")
    assert "XML" in render(raised.value.code, raised.value.params)


def test_web_page_without_a_table_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><p>Aucun résultat pour cette recherche.</p></body></html>")
    assert _code_of(path) == "html-disguised"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_workbook(tmp_path: Path, keep: float) -> None:
    rows = [["Nom", "Montant"], *[[f"Équipement {i}", i] for i in range(3000)]]
    whole = write_xlsx(tmp_path / "whole.xlsx", {"Feuil1": rows}).read_bytes()
    path = tmp_path / "coupe.xlsx"
    path.write_bytes(whole[: int(len(whole) * keep)])
    assert _code_of(path) == "corrupt-file"


def test_corrupt_part_inside_a_workbook(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"Feuil1": ROWS})
    path = tmp_path / "abime.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(name, data)
    assert _code_of(path) == "corrupt-file"


def test_password_protected_workbook(tmp_path: Path) -> None:
    plain = write_xlsx(tmp_path / "plain.xlsx", {"Feuil1": ROWS})
    path = encrypt_xlsx(plain, tmp_path / "protege.xlsx", "mairie2024")
    assert _code_of(path) == "password-protected"


def test_decompression_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (150 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    assert _code_of(path) == "decompression-bomb"


def test_password_protected_libreoffice_file(tmp_path: Path) -> None:
    plain = write_ods(tmp_path / "plain.ods", {"Feuille1": ROWS})
    path = tmp_path / "protege.ods"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "META-INF/manifest.xml":
                data = data.replace(
                    b"</manifest:manifest>",
                    b"<manifest:file-entry manifest:full-path='content.xml'>"
                    b"<manifest:encryption-data manifest:checksum-type='SHA1/1K'/>"
                    b"</manifest:file-entry></manifest:manifest>",
                )
            target.writestr(name, data)
    assert _code_of(path) == "password-protected"


def test_workbook_too_large_is_refused_before_loading(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "immense.xlsx", {"Feuil1": ROWS})
    # Rewrite the sizes the archive announces for the sheet, as a 2 GB sheet would have them:
    # the reader must decide from them alone, without unpacking anything.
    data = bytearray(path.read_bytes())
    entry = data.find(b"PK\x01\x02")
    name = b"xl/worksheets/sheet1.xml"
    while entry != -1:
        name_length = int.from_bytes(data[entry + 28 : entry + 30], "little")
        if data[entry + 46 : entry + 46 + name_length] == name:
            data[entry + 20 : entry + 24] = (40 * 1024**2).to_bytes(4, "little")
            data[entry + 24 : entry + 28] = (2000 * 1024**2).to_bytes(4, "little")
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    assert _code_of(path) == "too-large-workbook"


def test_file_locked_by_another_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows refuses to open a workbook Excel holds; root on Linux cannot be refused, so
    # this one fault is simulated at the operating system's door.
    path = write_xlsx(tmp_path / "ouvert.xlsx", {"Feuil1": ROWS})
    real_open = Path.open

    def locked_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "The process cannot access the file")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    assert _code_of(path) == "file-locked"


def test_lock_file_beside_a_workbook_open_in_excel(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "Budget.xlsx", {"Feuil1": ROWS})
    (tmp_path / "~$Budget.xlsx").write_bytes(b"\x0bAgent")

    table = read_table(path)

    assert "open-elsewhere" in [notice.code for notice in table.notices]


def test_reading_never_changes_the_source(tmp_path: Path) -> None:
    paths = [
        write_xlsx(tmp_path / "a.xlsx", {"Feuil1": ROWS}),
        write_csv(tmp_path / "b.csv", [["Nom"], ["Éva"]], encoding="cp1252"),
    ]
    before = [fingerprint(path) for path in paths]
    for path in paths:
        read_table(path)
    assert [fingerprint(path) for path in paths] == before


def _csv_with_a_long_cell(path: Path, *, quoted: bool) -> Path:
    long_cell = "x" * 200_000
    cell = f'"{long_cell};"' if quoted else long_cell
    path.write_text(f"Titre;Montant\nA;1\n{cell};2\nB;3\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("write", "row"),
    [
        pytest.param(lambda p: p.write_text("x" * 200_000 + "\n"), 1, id="one line, one field"),
        pytest.param(lambda p: _csv_with_a_long_cell(p, quoted=False), 3, id="a cell in the data"),
        pytest.param(lambda p: _csv_with_a_long_cell(p, quoted=True), 3, id="a quoted cell"),
    ],
)
def test_a_cell_longer_than_any_spreadsheets_is_refused_with_its_row(
    tmp_path: Path, write: Callable[[Path], object], row: int
) -> None:
    path = tmp_path / "export.csv"
    write(path)

    with pytest.raises(SourceError) as refused:
        read_table(path)

    assert refused.value.code == "cell-too-long"
    assert refused.value.params["row"] == row
    words = render(refused.value.code, refused.value.params)
    assert f"La ligne {row} de « export.csv »" in words
    assert "131\u202f072 caractères" in words


LONG_CELL_ROWS = [["Titre de l'export", ""], ["Objet", "Montant"], ["A", "1"], ["y" * 140_000, "2"]]


def _html_with_a_long_cell(path: Path) -> None:
    cells = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in LONG_CELL_ROWS
    )
    path.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")


def _spreadsheet_xml_with_a_long_cell(path: Path) -> None:
    rows = "".join(
        "<Row>"
        + "".join(f'<Cell><Data ss:Type="String">{cell}</Data></Cell>' for cell in row if cell)
        + "</Row>"
        for row in LONG_CELL_ROWS
    )
    path.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="Export"><Table>{rows}</Table></Worksheet></Workbook>',
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("name", "write"),
    [
        pytest.param("export.ods", lambda p: write_ods(p, {"Export": LONG_CELL_ROWS}), id="ods"),
        pytest.param("export.xls", _html_with_a_long_cell, id="web page saved as xls"),
        pytest.param("export.xls", _spreadsheet_xml_with_a_long_cell, id="spreadsheetml"),
    ],
)
def test_a_sheet_with_a_cell_longer_than_any_spreadsheets_is_refused_like_a_csv(
    tmp_path: Path, name: str, write: Callable[[Path], object]
) -> None:
    path = tmp_path / name
    write(path)

    with pytest.raises(SourceError) as refused:
        read_table(path)

    assert refused.value.code == "cell-too-long"
    assert refused.value.params["row"] == 4  # the sheet's row, under the export's title
    words = render(refused.value.code, refused.value.params)
    assert f"La ligne 4 de « {name} »" in words
    assert "131\u202f072 caractères" in words


def test_a_wide_line_of_short_cells_is_read(tmp_path: Path) -> None:
    # 2,000 columns of 80 characters: a line longer than any cell may be.
    titles = [f"Colonne {n}" for n in range(2000)]
    cells = [f"{n:080d}" for n in range(2000)]
    path = write_csv(tmp_path / "large.csv", [titles, cells, cells])

    table = read_table(path)

    assert (table.row_count, len(table.columns)) == (2, 2000)
