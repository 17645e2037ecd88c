"""Files that office software calls "Excel" but that are a web page or XML Spreadsheet 2003.

Web applications and older accounting software export these and name them `.xls`; Excel
opens them as sheets, and so must DataMairie. Each file is written here by the test, as
those programs write them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.errors import SourceError
from desktop_app.core.sources import read_table

HTML_EXPORT = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style>td {{ mso-number-format: "\\@"; }}</style><title>Export</title></head>
<body>
<table border="1"><tr><td>Menu</td><td>Accueil</td></tr></table>
<table border="1">
<tr><td colspan="4"><b>Subventions versées en 2018</b></td></tr>
<tr><td colspan="4">&nbsp;</td></tr>
<tr><th>Bénéficiaire</th><th>Objet</th><th>Date de décision</th><th>Montant</th></tr>
{rows}
<tr><td>Total</td><td></td><td></td><td>{total}</td></tr>
</table></body></html>
"""


def _html_rows(count: int) -> str:
    return "\n".join(
        f"<tr><td>Association n&deg;{n}</td><td>Fonctionnement<br>annuel</td>"
        f"<td>15/03/2018</td><td>{n} 000,50</td></tr>"
        for n in range(1, count + 1)
    )


def test_web_page_saved_as_xls_is_read_as_its_largest_table(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    text = HTML_EXPORT.format(rows=_html_rows(12), total="78 006,00")
    path.write_bytes(text.encode("cp1252"))

    table = read_table(path)

    assert table.source.format == "html"
    assert [sheet.name for sheet in table.source.sheets] == ["Tableau 1", "Tableau 2"]
    assert table.source.sheet == "Tableau 2"
    assert table.source.header_row == 3
    assert table.column_names == ["Bénéficiaire", "Objet", "Date de décision", "Montant"]
    assert table.row_count == 12
    assert table.cell_text(0, 0) == "Association n°1"
    assert table.cell_text(0, 1) == "Fonctionnement\nannuel"
    assert table.cell_text(11, 3) == "12 000,50"
    reasons = [(item.reason, item.first_row, item.last_row) for item in table.excluded]
    assert reasons == [("title", 1, 1), ("total", 16, 16)]
    assert "mislabelled-file" in [notice.code for notice in table.notices]


def test_web_page_with_row_spans_and_stacked_blocks(tmp_path: Path) -> None:
    header = "<tr><td>Bénéficiaire</td><td>Objet</td><td>Montant</td></tr>"
    rows = [
        header,
        '<tr><td rowspan="2">Club A</td><td>Fonct.</td><td>100</td></tr>',
        "<tr><td>Invest.</td><td>200</td></tr>",
        "<tr><td></td><td></td><td></td></tr>",
        header,
        "<tr><td>Club B</td><td>Fonct.</td><td>300</td></tr>",
    ]
    path = tmp_path / "export.xls"
    path.write_text(f"<table>{''.join(rows)}</table>", encoding="utf-8")

    table = read_table(path)

    assert table.column_names == ["Bénéficiaire", "Objet", "Montant"]
    assert table.text[0].tolist() == ["Club A", "Club A", "Club B"]
    assert [(item.reason, item.first_row) for item in table.excluded] == [
        ("blank", 4),
        ("repeated-header", 5),
    ]


SPREADSHEET_XML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="Listes">
  <Table><Row><Cell><Data ss:Type="String">Oui</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">Non</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="Mandats 2023">
  <Table ss:ExpandedColumnCount="5">
   <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">Mandats émis</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">N° mandat</Data></Cell>
    <Cell><Data ss:Type="String">Date</Data></Cell>
    <Cell><Data ss:Type="String">Tiers</Data></Cell>
    <Cell><Data ss:Type="String">SIRET</Data></Cell>
    <Cell><Data ss:Type="String">Montant</Data></Cell>
   </Row>
{rows}
  </Table>
 </Worksheet>
</Workbook>
"""


def _xml_rows(count: int) -> str:
    return "\n".join(
        f'<Row><Cell><Data ss:Type="Number">{n}</Data></Cell>'
        f'<Cell><Data ss:Type="DateTime">2023-0{n % 9 + 1}-15T00:00:00.000</Data></Cell>'
        f'<Cell><Data ss:Type="String"><html:B>Fournisseur</html:B> {n}</Data></Cell>'
        + ("" if n % 3 else '<Cell ss:Index="5">')
        + (f'<Cell><Data ss:Type="String">2130000400{n:04d}</Data></Cell><Cell>' if n % 3 else "")
        + f'<Data ss:Type="Number">{n * 10.5}</Data></Cell></Row>'
        for n in range(1, count + 1)
    )


def test_xml_spreadsheet_2003_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "mandats.xls"
    path.write_text(SPREADSHEET_XML.format(rows=_xml_rows(9)), encoding="utf-8")

    table = read_table(path)

    assert table.source.format == "xml"
    assert [(s.name, s.hidden) for s in table.source.sheets] == [
        ("Listes", True),
        ("Mandats 2023", False),
    ]
    assert table.source.sheet == "Mandats 2023"
    assert table.source.header_row == 3
    assert table.column_names == ["N° mandat", "Date", "Tiers", "SIRET", "Montant"]
    assert table.row_count == 9
    assert table.cell_value(0, 0) == 1
    assert table.cell_value(0, 1) == dt.datetime(2023, 2, 15)
    assert table.cell_text(0, 2) == "Fournisseur 1"
    assert table.cell_text(0, 3) == "21300004000001"
    assert table.cell_text(2, 3) == ""
    assert table.cell_text(2, 4) == "31,5"
    assert [(item.reason, item.first_row) for item in table.excluded] == [("title", 1)]


def test_xml_spreadsheet_sheet_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "mandats.xml"
    path.write_text(SPREADSHEET_XML.format(rows=_xml_rows(3)), encoding="utf-8")

    assert read_table(path, sheet="Listes").row_count == 1
    with pytest.raises(SourceError) as caught:
        read_table(path, sheet="Budget")
    assert caught.value.code == "sheet-not-found"


def test_damaged_xml_spreadsheet_is_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "mandats.xls"
    path.write_text(SPREADSHEET_XML.format(rows=_xml_rows(3))[:900], encoding="utf-8")

    with pytest.raises(SourceError) as caught:
        read_table(path)
    assert caught.value.code == "corrupt-file"
