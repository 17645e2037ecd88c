"""A quote that opens a cell and never closes it, which would swallow the lines after it.

An export that cuts long texts (a title kept to 100 characters) may leave « "VVV - Séjour … »
without its closing quote. By the rules of CSV the cell then runs on, through the line breaks,
to the next quote anywhere below: whole records vanish into one cell, and the table has fewer
rows than the file has lines. A person sees at once that each of those lines is a record of
its own — it has the fields of one. So does this module: such a quote is a character of the
text, and the lines after it stay rows.
"""

from __future__ import annotations

import csv

import pandas as pd

# A record swallowed whole is the evidence: a cell must run over at least three lines.
MIN_LINES = 3


def runaway_cells(frame: pd.DataFrame, separator: str) -> list[str]:
    """The first line of each cell that an unclosed quote made run over whole records.

    Such a cell's first line holds the rest of its own record (as many fields as the
    columns from it to the last), and each line after it, but the last, is a whole record.
    A text typed on several lines inside quotes (an address) has no such shape.
    """
    width = len(frame.columns)
    found: list[str] = []
    for position, column in enumerate(frame.columns):
        values = frame[column]
        spanning = values[values.str.contains("\n", regex=False, na=False)]
        for text in spanning.tolist():
            pieces = str(text).replace("\r\n", "\n").split("\n")
            if len(pieces) < MIN_LINES or separator not in pieces[0]:
                continue
            if _fields(pieces[0], separator) != width - position:
                continue
            if all(_fields(piece, separator) == width for piece in pieces[1:-1]):
                found.append(pieces[0])
    return found


def close_stray_quotes(
    text: str, first_lines: list[str], separator: str, quote: str = '"'
) -> tuple[str, list[int]]:
    """The text with each stray opening quote written as a quote inside its cell.

    ``first_lines`` are the runaway cells' first lines (``runaway_cells``). The cell keeps its
    text, quote included (« "VVV - Séjour … »), and ends at its separator. Returns the new
    text and the 1-based lines of the file that held a stray quote.
    """
    lines: list[int] = []
    for first in first_lines:
        start = text.find(quote + first)
        if start < 0:
            continue
        cell = first.split(separator, 1)[0]
        escaped = quote + (quote + cell).replace(quote, quote * 2) + quote
        text = text[:start] + escaped + text[start + 1 + len(cell) :]
        lines.append(text.count("\n", 0, start) + 1)
    return text, sorted(lines)


def _fields(line: str, separator: str) -> int:
    return len(next(csv.reader([line], delimiter=separator), []))
