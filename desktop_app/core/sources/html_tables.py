"""Web pages saved as ".xls": the HTML tables that web applications export as "Excel".

Many web applications (and Excel itself, "Page Web") write an HTML page and name it
`.xls`; Excel opens it as a sheet. Its tables are read here with the standard library's
HTML parser, cell by cell, merged cells (colspan, rowspan) included; each table is offered
as a sheet, the largest one first chosen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.core.errors import SourceError
from desktop_app.core.sources.encoding import detect_encoding
from desktop_app.core.sources.grid import Grid, Merge
from desktop_app.core.sources.model import SheetInfo
from desktop_app.core.tasks import CancelToken, ProgressFn

_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_BLOCKS = frozenset({"p", "div", "li"})
_SKIPPED = frozenset({"script", "style", "head", "title"})
# Spans past this are typing slips or page layout, never a table's merged cells.
MAX_SPAN = 1000


@dataclass
class _Cell:
    text: list[str] = field(default_factory=list)
    columns: int = 1
    rows: int = 1


@dataclass
class _TableBuild:
    rows: list[list[_Cell]] = field(default_factory=list)
    cell: _Cell | None = None

    def start_row(self) -> None:
        self.end_cell()
        self.rows.append([])

    def start_cell(self, columns: int, rows: int) -> None:
        self.end_cell()
        if not self.rows:
            self.rows.append([])
        self.cell = _Cell([], columns, rows)
        self.rows[-1].append(self.cell)

    def end_cell(self) -> None:
        self.cell = None


class _TableCollector(HTMLParser):
    """Collects every table of the page: rows of cells with their text and spans."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_TableBuild] = []
        self._open: list[_TableBuild] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "table":
            self._open.append(_TableBuild())
            self.tables.append(self._open[-1])
        elif not self._open:
            return
        elif tag == "tr":
            self._open[-1].start_row()
        elif tag in ("td", "th"):
            spans = dict(attrs)
            self._open[-1].start_cell(_span(spans.get("colspan")), _span(spans.get("rowspan")))
        elif tag == "br" or tag in _BLOCKS:
            self._write("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(self._skipping - 1, 0)
        elif tag == "table" and self._open:
            self._open.pop().end_cell()
        elif self._open and tag in ("td", "th", "tr"):
            self._open[-1].end_cell()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._write(data)

    def _write(self, text: str) -> None:
        if self._open and self._open[-1].cell is not None:
            self._open[-1].cell.text.append(text)


def _span(value: str | None) -> int:
    try:
        return min(max(int(str(value).strip()), 1), MAX_SPAN)
    except ValueError:
        return 1


@dataclass(frozen=True)
class HtmlRead:
    """The grid of the chosen table, and the page's tables offered as sheets."""

    grid: Grid
    sheets: tuple[SheetInfo, ...]
    sheet: str
    encoding: str


def read_html_tables(
    path: Path, *, sheet: str | None, progress: ProgressFn, cancel: CancelToken
) -> HtmlRead:
    """Read the tables of a web page saved as a spreadsheet.

    Raises:
        SourceError: the page holds no table, or the chosen one does not exist.
    """
    try:
        data = path.read_bytes()
    except PermissionError:
        raise SourceError("file-locked", file=path.name) from None
    except OSError:
        raise SourceError("file-unreadable", file=path.name) from None
    encoding = _encoding(data)
    progress(0.3, "reading")
    collector = _TableCollector()
    collector.feed(data.decode(encoding, errors="replace"))
    collector.close()
    cancel.raise_if_cancelled()
    grids = [_grid(table) for table in collector.tables]
    named = [(f"Tableau {n}", g) for n, g in enumerate(grids, start=1) if g.height and g.width]
    if not named:
        raise SourceError("html-disguised", file=path.name)
    sheets = tuple(SheetInfo(name, g.height, g.width, hidden=False) for name, g in named)
    if sheet is None:
        chosen = max(named, key=lambda item: item[1].height * item[1].width)[0]
    elif sheet in dict(named):
        chosen = sheet
    else:
        raise SourceError(
            "sheet-not-found", file=path.name, sheet=sheet, sheets=[s.name for s in sheets]
        )
    progress(1.0, "converting")
    return HtmlRead(dict(named)[chosen], sheets, chosen, encoding)


def _encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        try:
            "".encode(name)
        except LookupError:
            pass
        else:
            return name
    return detect_encoding(data[: 1 << 20]).encoding


def _grid(table: _TableBuild) -> Grid:
    """Place each cell where a browser shows it, spans included."""
    placed: dict[tuple[int, int], str] = {}
    merges: list[Merge] = []
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in placed:
                c += 1
            text = _clean("".join(cell.text))
            down = min(cell.rows, len(table.rows) - r)  # a browser stops spans at the table
            for dr in range(down):
                for dc in range(cell.columns):
                    placed[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
            if down > 1 or cell.columns > 1:
                merges.append(Merge(r, c, r + down - 1, c + cell.columns - 1))
            c += cell.columns
    height = max((r for r, _ in placed), default=-1) + 1
    width = max((c for _, c in placed), default=-1) + 1
    raw = np.full((height, width), "", dtype=object)
    for (r, c), text in placed.items():
        raw[r, c] = text
    frame = pd.DataFrame(raw, dtype=object)
    return Grid(frame, None, np.arange(1, height + 1, dtype=np.int64), tuple(merges))


def _clean(text: str) -> str:
    """Spaces as a browser shows them: runs collapsed, line breaks kept where written."""
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)
