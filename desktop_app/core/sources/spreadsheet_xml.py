"""The "XML Spreadsheet 2003" format that older accounting software still exports as .xls.

It is one XML file: `Workbook / Worksheet[@Name] / Table / Row / Cell / Data[@Type]`, where a
row or a cell may say its own position (`ss:Index`, 1-based) after skipped empty ones, and a
cell may be merged across and down. It is read with the standard library's XML parser,
hardened by defusedxml against entity tricks, and turned into the same grid as any workbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from desktop_app.core.errors import SourceError
from desktop_app.core.sources.grid import Grid, Merge
from desktop_app.core.sources.model import SheetInfo
from desktop_app.core.sources.workbook import MAX_CELLS, choose_sheet, grid_from_rows
from desktop_app.core.tasks import CancelToken, ProgressFn

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_X = "{urn:schemas-microsoft-com:office:excel}"


@dataclass(frozen=True)
class XmlSheet:
    """One worksheet's cells as values, row by row, and its merged cells."""

    rows: list[list[Any]]
    merges: tuple[Merge, ...]
    hidden: bool


@dataclass(frozen=True)
class XmlWorkbookRead:
    """The grid of the chosen worksheet, and what the workbook holds."""

    grid: Grid
    sheets: tuple[SheetInfo, ...]
    sheet: str


def read_spreadsheet_xml(
    path: Path, *, sheet: str | None, progress: ProgressFn, cancel: CancelToken
) -> XmlWorkbookRead:
    """Read one worksheet of an XML Spreadsheet 2003 file.

    Raises:
        SourceError: the file is damaged, too large, or has no such sheet.
    """
    # Imported here: every reading would pay for it, few files are in this format.
    from defusedxml import ElementTree as SafeXml
    from defusedxml.common import DefusedXmlException

    progress(0.05, "opening")
    try:
        root = SafeXml.parse(str(path)).getroot()
    except PermissionError:
        raise SourceError("file-locked", file=path.name) from None
    except (ParseError, DefusedXmlException):
        raise SourceError("corrupt-file", file=path.name) from None
    except OSError:
        raise SourceError("file-unreadable", file=path.name) from None
    progress(0.5, "reading")
    sheets: dict[str, XmlSheet] = {}
    for worksheet in root.iter(f"{_SS}Worksheet"):
        cancel.raise_if_cancelled()
        name = worksheet.get(f"{_SS}Name") or f"Feuille {len(sheets) + 1}"
        sheets[name] = _sheet(worksheet)
    infos = [
        SheetInfo(name, len(s.rows), max((len(r) for r in s.rows), default=0), s.hidden)
        for name, s in sheets.items()
    ]
    if not infos:
        raise SourceError("no-table", file=path.name)
    chosen = choose_sheet(infos, sheet, path)
    info = next(item for item in infos if item.name == chosen)
    if info.rows * info.columns > MAX_CELLS:
        raise SourceError("too-large", file=path.name, rows=info.rows, columns=info.columns)
    progress(0.7, "converting")
    picked = sheets[chosen]
    grid = grid_from_rows(picked.rows, picked.merges, cancel)
    return XmlWorkbookRead(grid, tuple(infos), chosen)


def _sheet(worksheet: Element) -> XmlSheet:
    rows: list[list[Any]] = []
    merges: list[Merge] = []
    table = worksheet.find(f"{_SS}Table")
    for row in table.iter(f"{_SS}Row") if table is not None else ():
        r = _index(row, len(rows) + 1) - 1
        while len(rows) <= r:
            rows.append([])
        cells = rows[r]
        for cell in row.iter(f"{_SS}Cell"):
            c = _index(cell, len(cells) + 1) - 1
            while len(cells) <= c:
                cells.append("")
            data = cell.find(f"{_SS}Data")
            cells[c] = "" if data is None else _value(data)
            across = _count(cell.get(f"{_SS}MergeAcross"))
            down = _count(cell.get(f"{_SS}MergeDown"))
            if across or down:
                merges.append(Merge(r, c, r + down, c + across))
            cells.extend([""] * across)
    options = worksheet.find(f"{_X}WorksheetOptions")
    visible = None if options is None else options.find(f"{_X}Visible")
    # "SheetHidden" or "SheetVeryHidden": lists of choices, kept out of the agent's way.
    hidden = visible is not None and "Hidden" in (visible.text or "")
    return XmlSheet(rows, tuple(merges), hidden)


def _index(element: Element, default: int) -> int:
    written = _count(element.get(f"{_SS}Index"))
    return written if written >= default else default


def _count(value: str | None) -> int:
    try:
        return max(int(str(value)), 0)
    except ValueError:
        return 0


def _value(data: Element) -> Any:
    """A cell's value by its declared type; rich text (bold, colours) reads as plain text."""
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type", "String")
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "DateTime":
        try:
            return dt.datetime.fromisoformat(text.strip()[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() == "1"
    return text
