"""Looking at the rows of a grid as a person does: blank, a title, labels, data, a total."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop_app.core.sources.column_lines import column_lines
from desktop_app.core.sources.grid import Grid

_NUMBER = re.compile(r"^[-+(]?\s*[€$]?\s*\d[\d\s\u00a0\u202f.,']*\s*(?:%|€|EUR|k€)?\)?$", re.I)
_DATE = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$"
    r"|^\d{1,2}[:h]\d{2}(?::\d{2})?$",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")

# The words that open a total row, once the row is known to hold only its label and values.
TOTAL_WORDS = re.compile(
    r"^\s*(?:(?:sous|s)\s*[-/]?\s*)?tota(?:l|ux)\b|^\s*somme\s+(?:de|des|du)\b"
    r"|^\s*montant\s+total\b|^\s*grand\s+total\b",
    re.I,
)
NOTE_WORDS = re.compile(
    r"^\s*(?:\*|\(\d+\)|n\.?\s?b\.?\s|notes?\s*:|source\s*:|sources\s*:|remarques?\s*:"
    r"|mise à jour\b|mis à jour\b|légende\s*:|document\s+(?:mis|établi|édité)\b|fait à\b"
    r"|édité le\b|imprimé le\b|établi le\b)",
    re.I,
)


def is_data_like(text: str) -> bool:
    """Whether a cell's text reads as a value (number, amount, date, time) rather than a label."""
    return bool(_NUMBER.match(text) or _DATE.match(text))


def is_date_like(text: str) -> bool:
    """Whether a cell's text reads as a date or a time."""
    return bool(_DATE.match(text))


def is_year(text: str) -> bool:
    """Whether a cell's text is a year, a label that column headers sometimes use."""
    return bool(_YEAR.match(text))


@dataclass(frozen=True)
class RowShape:
    """What a row looks like: which cells are filled, and which hold values rather than words."""

    texts: tuple[str, ...]
    filled: tuple[int, ...]
    valued: tuple[int, ...]
    dated: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        """Number of filled cells."""
        return len(self.filled)

    @property
    def blank(self) -> bool:
        """Whether no cell is filled."""
        return not self.filled

    @property
    def first_text(self) -> str:
        """The first filled cell's text."""
        return self.texts[self.filled[0]] if self.filled else ""

    @property
    def words(self) -> tuple[int, ...]:
        """The filled cells that hold words rather than values (a year counts as a word)."""
        valued = set(self.valued)
        return tuple(i for i in self.filled if i not in valued or is_year(self.texts[i]))

    @property
    def all_words(self) -> bool:
        """Whether every filled cell holds words."""
        return len(self.words) == self.count

    @property
    def distinct(self) -> bool:
        """Whether the filled cells hold different texts, as column labels do."""
        labels = [self.texts[index].casefold() for index in self.filled]
        # Twin labels happen ("Montant" twice); a row of mostly repeated words is data.
        return len(set(labels)) >= 0.6 * len(labels)


def row_shape(grid: Grid, row: int) -> RowShape:
    """The shape of one grid row."""
    texts = tuple(grid.row_texts(row))
    filled = tuple(index for index, text in enumerate(texts) if text)
    if grid.values is not None:
        typed = grid.values.iloc[row].tolist()
        kinds = (int, float, dt.date, dt.time, dt.timedelta)
        valued = tuple(
            i for i in filled if isinstance(typed[i], kinds) and not isinstance(typed[i], bool)
        )
        dated = tuple(i for i in filled if isinstance(typed[i], (dt.date, dt.time)))
    else:
        valued = tuple(index for index in filled if is_data_like(texts[index]))
        dated = tuple(index for index in valued if is_date_like(texts[index]))
    return RowShape(texts, filled, valued, dated)


def blank_rows(grid: Grid, first: int = 0) -> npt.NDArray[np.int64]:
    """Indexes (from ``first`` on) of the rows where no cell is filled (spaces do not count).

    Columns are checked one after the other on the rows still blank, so a large table with
    few blank rows costs about one pass over one column.
    """
    candidates = np.arange(first, grid.height, dtype=np.int64)
    for column in range(grid.width):
        if not len(candidates):
            break
        cells = grid.text[column].to_numpy(dtype=object)[candidates]
        empty = cells == ""
        maybe_spaces = np.flatnonzero(~empty & _opens_with_space(cells))
        for index in maybe_spaces:
            empty[index] = not str(cells[index]).strip()
        candidates = candidates[empty]
    return candidates


def _opens_with_space(cells: npt.NDArray[np.object_]) -> npt.NDArray[np.bool_]:
    """Which cells start with a space, without a Python call per cell."""
    lines = column_lines(cells, padding=1)
    if lines is None:
        opens: npt.NDArray[np.bool_] = cells.astype("U1") == " "
        return opens
    if " " not in lines.joined:  # a column of numbers, dates or codes: none can
        return np.zeros(len(cells), dtype=bool)
    if not lines.cell_by_line:
        opens = cells.astype("U1") == " "
        return opens
    first: npt.NDArray[np.bool_] = lines.first_codes(np.arange(len(cells))) == ord(" ")
    return first


def looks_like_total(shape: RowShape) -> bool:
    """Whether a row is a total: "Total", "Sous-total", "Somme de…" then only values.

    "Total Energies ; Carburant ; 1 200" is a supplier, not a total: besides its label, a
    total row holds numbers, never other words.
    """
    if shape.blank or not TOTAL_WORDS.match(shape.first_text):
        return False
    return all(index in shape.valued for index in shape.filled[1:])


def looks_like_note(shape: RowShape, typical_length: float, spans_columns: bool = False) -> bool:
    """Whether a row is a note under a table: a source, an asterisk, a lone sentence."""
    if shape.blank:
        return False
    if NOTE_WORDS.match(shape.first_text):
        return shape.count <= 2
    if shape.count != 1:
        return False
    text = shape.first_text
    sentence = len(text.split()) >= 2 and len(text) > max(1.5 * typical_length, 12)
    return spans_columns or len(text) >= 40 or sentence
