"""What calamine does not tell about a workbook: ODS merged cells and uncomputed formulas."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

from defusedxml import ElementTree as SafeXml

from desktop_app.core.sources.grid import Merge

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# A formula whose cell has no computed value: "<f>…</f></c>", "<f>…</f><v/></c>", "<f …/></c>".
_UNCOMPUTED = re.compile(rb"(?:</f>|<f [^>]*/>)\s*(?:<v\s*/>|<v></v>)?\s*</c>")


def ods_merges(path: Path, sheet: str) -> tuple[Merge, ...]:
    """Merged cells of one sheet of an ODS file, read from its content.xml."""
    merges: list[Merge] = []
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        row = -1
        column = 0
        inside = False
        for event, element in SafeXml.iterparse(content, events=("start", "end")):
            tag = element.tag
            if tag == f"{_TABLE}table":
                if event == "start":
                    inside = element.get(f"{_TABLE}name") == sheet
                    row = -1
                elif inside:
                    break
                continue
            if not inside:
                if event == "end":
                    element.clear()
                continue
            if tag == f"{_TABLE}table-row" and event == "start":
                row += 1
                column = 0
            elif tag == f"{_TABLE}table-row" and event == "end":
                row += int(element.get(f"{_TABLE}number-rows-repeated", "1")) - 1
                element.clear()
            elif tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell") and event == "end":
                rows_spanned = int(element.get(f"{_TABLE}number-rows-spanned", "1"))
                columns_spanned = int(element.get(f"{_TABLE}number-columns-spanned", "1"))
                if rows_spanned > 1 or columns_spanned > 1:
                    merges.append(
                        Merge(row, column, row + rows_spanned - 1, column + columns_spanned - 1)
                    )
                column += int(element.get(f"{_TABLE}number-columns-repeated", "1"))
    return tuple(merges)


def xlsx_uncomputed_formulas(path: Path, sheet: str) -> int:
    """How many formulas of an XLSX sheet have no computed value saved with them.

    Files written by programs rather than by Excel often hold formulas that were never
    computed: their cells read as empty until the file is opened and saved in Excel.
    """
    with zipfile.ZipFile(path) as archive:
        part = _sheet_part(archive, sheet)
        if part is None:
            return 0
        count = 0
        tail = b""
        with archive.open(part) as stream:
            while block := stream.read(1 << 20):
                window = tail + block
                cut = window.rfind(b"</c>") + 4
                if cut < 4:
                    tail = window
                    continue
                if b"</f>" in window or b"<f " in window:
                    count += len(_UNCOMPUTED.findall(window, 0, cut))
                tail = window[cut:]
        return count


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    workbook = SafeXml.fromstring(archive.read("xl/workbook.xml"))
    relations = SafeXml.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in relations.iter(f"{_PKG_REL}Relationship")
    }
    for element in workbook.iter(f"{_MAIN}sheet"):
        if element.get("name") == sheet:
            target = str(targets.get(element.get(f"{_REL}id"), ""))
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None
