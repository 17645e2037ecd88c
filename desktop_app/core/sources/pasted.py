"""A CSV pasted into one column of a workbook: every line of the export in a single cell.

Agents paste what a web application exported into column A of a sheet, and the whole line
(`N° Election;Election;Code Commune;…`) stays in one cell. A person sees at once that the
cells are lines of a CSV; they are split on the separator that makes the lines regular.
"""

from __future__ import annotations

import csv
from collections import Counter

import numpy as np
import pandas as pd

from desktop_app.core.sources.delimited import SEPARATORS
from desktop_app.core.sources.grid import Grid
from desktop_app.core.sources.rows import is_data_like

SAMPLE_LINES = 300
# Share of the sampled lines that must have the same number of fields under the separator.
REGULAR_SHARE = 0.8
MIN_FIELDS = 3
# Lines looked at for the line of titles (a title or two may stand above it).
TITLE_LINES = 10


def split_pasted_lines(grid: Grid) -> tuple[Grid, str] | None:
    """The grid with its lines split into fields, and the separator; None if not pasted lines.

    When the text was pasted, the spreadsheet may itself have cut some lines at their commas
    ("Scrutin du 23 avril 1995" | " premier tour;34172;…"): those pieces, always to the right
    of a line's first piece, are joined back with the comma they were cut at.
    """
    top = (grid.text.iloc[:SAMPLE_LINES] != "").sum(axis=1)
    if int((top >= 2).sum()) > int((top == 1).sum()):
        return None  # most lines already hold several cells: a table, looked at cheaply
    filled = {c: grid.text[c].to_numpy(dtype=object) != "" for c in range(grid.width)}
    columns = [c for c, mask in filled.items() if bool(mask.any())]
    if not columns:
        return None
    column, pieces = columns[0], columns[1:]
    first = filled[column]
    cut = np.zeros(grid.height, dtype=bool)
    for piece in pieces:
        if bool((filled[piece] & ~first).any()):
            return None  # a cell with nothing to its left: a table, not cut lines
        cut |= filled[piece]
    whole = first & ~cut
    if int(whole.sum()) < 0.5 * int(first.sum()):
        return None
    cells = grid.text[column].to_numpy(dtype=object)
    separator = _separator([str(cell) for cell in cells[whole][:SAMPLE_LINES]])
    if separator is None:
        return None
    texts = [grid.text[c].to_numpy(dtype=object) for c in columns]
    lines = [
        ",".join(str(part[i]) for part in texts if part[i] != "") if cut[i] else str(cells[i])
        for i in range(grid.height)
    ]
    try:
        rows = list(csv.reader(lines, delimiter=separator))
    except csv.Error:  # a cell longer than any spreadsheet's: not a pasted CSV line
        return None
    width = max((len(row) for row in rows), default=0)
    raw = np.full((len(rows), column + width), "", dtype=object)
    for index, row in enumerate(rows):
        raw[index, column : column + len(row)] = [field.strip() for field in row]
    text = pd.DataFrame(raw, dtype=object)
    return Grid(text, None, grid.row_numbers.copy()), separator


def _separator(lines: list[str]) -> str | None:
    """The separator that cuts the lines regularly, under a line of titles cut alike.

    The line of titles guards against a list whose cells merely hold commas
    ("12, rue de la Mairie, Vif"): its title is one word, not a line of titles.
    """
    if len(lines) < 2:
        return None
    best: tuple[float, str] | None = None
    for separator in SEPARATORS:
        try:
            split = list(csv.reader(lines, delimiter=separator))
        except csv.Error:
            continue
        width, frequency = Counter(len(fields) for fields in split).most_common(1)[0]
        share = frequency / len(split)
        titled = any(_titles(fields, width) for fields in split[:TITLE_LINES])
        good = width >= MIN_FIELDS and share >= REGULAR_SHARE and titled
        if good and (best is None or share > best[0]):
            best = (share, separator)
    return None if best is None else best[1]


def _titles(fields: list[str], width: int) -> bool:
    texts = [field.strip() for field in fields]
    return (
        len(texts) == width
        and all(texts)
        and not any(is_data_like(text) for text in texts)
        and len({text.casefold() for text in texts}) == width
    )
