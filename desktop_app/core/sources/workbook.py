"""Reading XLSX, XLSM, XLSB, XLS and ODS workbooks with calamine, a fast reader in Rust."""

from __future__ import annotations

import logging
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import python_calamine as calamine

from desktop_app.core.errors import SourceError
from desktop_app.core.sources.cells import convert_column
from desktop_app.core.sources.grid import Grid, Merge
from desktop_app.core.sources.model import FileFormat, Notice, SheetInfo
from desktop_app.core.sources.workbook_parts import ods_merges, xlsx_uncomputed_formulas
from desktop_app.core.tasks import CancelToken, ProgressFn

log = logging.getLogger(__name__)

# Past this many cells (a million rows of 30 columns), a sheet no longer fits comfortably in
# an office computer's memory once read; the agent is asked to save it as CSV instead.
MAX_CELLS = 30_000_000

# Sheet names that hold instructions or drop-down lists rather than the data itself.
_SIDE_SHEET_WORDS = (
    "notice",
    "lisez",
    "lire",
    "aide",
    "mode d emploi",
    "sommaire",
    "parametre",
    "liste",
    "legende",
    "info",
    "readme",
    "instructions",
    "nomenclature",
    "menu deroulant",
)


@dataclass(frozen=True)
class WorkbookRead:
    """The grid of the chosen sheet, and what the workbook holds."""

    grid: Grid
    sheets: tuple[SheetInfo, ...]
    sheet: str
    notices: tuple[Notice, ...]


def read_workbook(
    path: Path,
    file_format: FileFormat,
    *,
    sheet: str | None,
    progress: ProgressFn,
    cancel: CancelToken,
) -> WorkbookRead:
    """Read one sheet of a workbook into a grid of texts and typed values.

    Raises:
        SourceError: the workbook is protected, damaged, too large, or has no such sheet.
    """
    progress(0.05, "opening")
    try:
        with calamine.CalamineWorkbook.from_path(str(path)) as workbook:
            loaded, infos = _load_sheets(workbook, cancel)
            chosen = choose_sheet(infos, sheet, path)
            cancel.raise_if_cancelled()
            progress(0.5, "reading")
            data = loaded.pop(chosen)
            loaded.clear()  # the other sheets were loaded only to be measured
            merges = _merges(path, file_format, chosen, data)
            rows = data.to_python(skip_empty_area=False)
            del data  # frees calamine's copy of the sheet before Python builds its own
    except calamine.PasswordError:
        raise SourceError("password-protected", file=path.name) from None
    except (calamine.CalamineError, zipfile.BadZipFile, EOFError, ValueError, KeyError) as error:
        log.info("workbook unreadable: %s", type(error).__name__)
        raise SourceError("corrupt-file", file=path.name) from None
    except PermissionError:
        raise SourceError("file-locked", file=path.name) from None
    info = next(item for item in infos if item.name == chosen)
    if info.rows * info.columns > MAX_CELLS:
        raise SourceError("too-large", file=path.name, rows=info.rows, columns=info.columns)
    progress(0.7, "converting")
    grid = grid_from_rows(rows, merges, cancel)
    notices = _notices(path, file_format, chosen, info)
    return WorkbookRead(grid, tuple(infos), chosen, tuple(notices))


def _load_sheets(
    workbook: calamine.CalamineWorkbook, cancel: CancelToken
) -> tuple[dict[str, calamine.CalamineSheet], list[SheetInfo]]:
    loaded: dict[str, calamine.CalamineSheet] = {}
    infos: list[SheetInfo] = []
    for metadata in workbook.sheets_metadata:
        cancel.raise_if_cancelled()
        if metadata.typ != calamine.SheetTypeEnum.WorkSheet:
            continue
        data = workbook.get_sheet_by_name(metadata.name)
        loaded[metadata.name] = data
        end = data.end
        rows, columns = (end[0] + 1, end[1] + 1) if end is not None else (0, 0)
        hidden = metadata.visible != calamine.SheetVisibleEnum.Visible
        infos.append(SheetInfo(metadata.name, rows, columns, hidden))
    return loaded, infos


def choose_sheet(infos: list[SheetInfo], wanted: str | None, path: Path) -> str:
    """The sheet asked for (by name, accents and case aside), or the one holding the table."""
    if wanted is not None:
        found = next((i for i in infos if i.name == wanted), None) or next(
            (i for i in infos if _plain(i.name) == _plain(wanted)), None
        )
        if found is not None and found.empty:
            others = [info.name for info in infos if not info.empty]
            raise SourceError("sheet-empty", file=path.name, sheet=found.name, sheets=others)
        if found is not None:
            return found.name
        raise SourceError(
            "sheet-not-found", file=path.name, sheet=wanted, sheets=[info.name for info in infos]
        )
    candidates = [info for info in infos if not info.empty]
    if not candidates:
        raise SourceError("no-table", file=path.name)
    return max(candidates, key=_main_table_score).name


def _main_table_score(info: SheetInfo) -> float:
    score = float(min(info.rows, 1_000_000) * min(info.columns, 100))
    if info.hidden:
        score *= 0.01
    plain = _plain(info.name)
    if any(word in plain for word in _SIDE_SHEET_WORDS):
        score *= 0.1
    return score


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join("".join(c if c.isalnum() else " " for c in letters).split())


def _merges(
    path: Path, file_format: FileFormat, sheet: str, data: calamine.CalamineSheet
) -> tuple[Merge, ...]:
    if file_format == "ods":
        return ods_merges(path, sheet)
    ranges = data.merged_cell_ranges or []
    return tuple(Merge(start[0], start[1], end[0], end[1]) for start, end in ranges)


def grid_from_rows(rows: list[list[Any]], merges: tuple[Merge, ...], cancel: CancelToken) -> Grid:
    """A grid of texts and typed values from rows of cell values (None for empty cells)."""
    width = max((len(row) for row in rows), default=0)
    width = max([width, *(merge.last_column + 1 for merge in merges)])
    if rows and all(len(row) == width for row in rows):
        raw = np.empty((len(rows), width), dtype=object)
        raw[:] = rows
    else:
        raw = np.full((len(rows), width), "", dtype=object)
        for index, row in enumerate(rows):
            raw[index, : len(row)] = row
    rows.clear()  # the cells now live in ``raw`` only
    texts: dict[int, object] = {}
    values: dict[int, object] = {}
    for column in range(width):
        cancel.raise_if_cancelled()
        texts[column], values[column] = convert_column(raw[:, column].copy())
    text = pd.DataFrame(texts, dtype=object, columns=range(width))
    typed = pd.DataFrame(values, dtype=object, columns=range(width))
    return Grid(text, typed, np.arange(1, len(text) + 1, dtype=np.int64), merges)


def _notices(path: Path, file_format: FileFormat, sheet: str, info: SheetInfo) -> list[Notice]:
    notices: list[Notice] = []
    if info.hidden:
        notices.append(Notice.of("hidden-sheet", sheet=sheet))
    if file_format in ("xlsx", "xlsm"):
        uncomputed = xlsx_uncomputed_formulas(path, sheet)
        if uncomputed:
            notices.append(Notice.of("formulas-without-values", sheet=sheet, count=uncomputed))
    return notices
