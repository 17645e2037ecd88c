"""Real spreadsheet files written by the tests, shaped like those town halls keep."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import xlwt
from msoffcrypto.format.ooxml import OOXMLFile
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P

Cell = str | int | float | bool | dt.date | dt.datetime | None
# Test data is written as plain lists; the writers accept any cell and check its type.
Rows = Sequence[Any]


@dataclass
class SheetSpec:
    """A sheet to write: its rows from A1, merged ranges ("A1:C1"), and whether it is hidden."""

    rows: Rows
    merges: Sequence[str] = field(default_factory=tuple)
    hidden: bool = False


def write_xlsx(path: Path, sheets: dict[str, SheetSpec | Rows]) -> Path:
    """Write an XLSX workbook with openpyxl."""
    workbook = openpyxl.Workbook()
    for default_sheet in list(workbook.worksheets):
        workbook.remove(default_sheet)
    for name, spec in sheets.items():
        sheet_spec = spec if isinstance(spec, SheetSpec) else SheetSpec(spec)
        sheet = workbook.create_sheet(name)
        for row in sheet_spec.rows:
            sheet.append(list(row))
        for merged in sheet_spec.merges:
            sheet.merge_cells(merged)
        if sheet_spec.hidden:
            sheet.sheet_state = "hidden"
    workbook.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, Rows]) -> Path:
    """Write an old binary Excel 97-2003 workbook with xlwt."""
    workbook = xlwt.Workbook()
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for name, rows in sheets.items():
        sheet = workbook.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, dt.date):
                    sheet.write(r, c, value, date_style)
                else:
                    sheet.write(r, c, value)
    workbook.save(str(path))
    return path


def write_ods(path: Path, sheets: dict[str, SheetSpec | Rows]) -> Path:
    """Write an OpenDocument spreadsheet (LibreOffice) with odfpy, merges included."""
    document = OpenDocumentSpreadsheet()
    for name, spec in sheets.items():
        sheet_spec = spec if isinstance(spec, SheetSpec) else SheetSpec(spec)
        spans = _spans(sheet_spec.merges)
        covered = {
            (r, c)
            for (r0, c0), (rows, cols) in spans.items()
            for r in range(r0, r0 + rows)
            for c in range(c0, c0 + cols)
            if (r, c) != (r0, c0)
        }
        table = Table(name=name)
        for r, row in enumerate(sheet_spec.rows):
            table_row = TableRow()
            for c, value in enumerate(row):
                if (r, c) in covered:
                    table_row.addElement(CoveredTableCell())
                    continue
                table_row.addElement(_ods_cell(value, spans.get((r, c))))
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _ods_cell(value: Any, span: tuple[int, int] | None) -> TableCell:
    attributes: dict[str, object] = {}
    if span is not None:
        attributes["numberrowsspanned"] = span[0]
        attributes["numbercolumnsspanned"] = span[1]
    if value is None:
        return TableCell(**attributes)
    if isinstance(value, bool):
        cell = TableCell(valuetype="boolean", booleanvalue=str(value).lower(), **attributes)
    elif isinstance(value, (int, float)):
        cell = TableCell(valuetype="float", value=value, **attributes)
    elif isinstance(value, dt.date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat(), **attributes)
    else:
        cell = TableCell(valuetype="string", **attributes)
    cell.addElement(P(text=str(value)))
    return cell


def _spans(merges: Sequence[str]) -> dict[tuple[int, int], tuple[int, int]]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in merges:
        first, last = merged.split(":")
        r0, c0 = _coordinates(first)
        r1, c1 = _coordinates(last)
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
    return spans


def _coordinates(reference: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)(\d+)", reference)
    assert match is not None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)) - 1, column - 1


def write_csv(
    path: Path, rows: Rows, *, separator: str = ";", encoding: str = "utf-8", newline: str = "\r\n"
) -> Path:
    """Write a CSV the way Excel does: quoted only when needed."""
    lines = [separator.join(_csv_field(value, separator) for value in row) for row in rows]
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def _csv_field(value: Any, separator: str) -> str:
    text = "" if value is None else str(value)
    if any(char in text for char in (separator, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def set_cached_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells a computed value, as Excel does when it saves (cell → value)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for reference, value in values.items():
        sheet = re.sub(
            rf'(<c r="{reference}"[^>]*>)<f>(.*?)</f><v\s*/>',
            rf"\1<f>\2</f><v>{value}</v>",
            sheet,
        )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    _write_zip(path, parts)


def _write_zip(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def encrypt_xlsx(source: Path, target: Path, password: str) -> Path:
    """Protect a workbook with a password, as Excel's "Encrypt with Password" does."""
    encrypted = io.BytesIO()
    with source.open("rb") as plain:
        office = OOXMLFile(plain)
        office.encrypt(password, encrypted)
    target.write_bytes(encrypted.getvalue())
    return target


def fingerprint(path: Path) -> tuple[str, int]:
    """A file's SHA-256 and modification time, to prove reading left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
