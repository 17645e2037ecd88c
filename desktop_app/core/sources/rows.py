"""Looking at the rows of a grid as a person does: blank, a title, labels, data, a total."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop_app.core.sources.grid import Grid

_NUMBER = re.compile(r"^[-+(]?\s*[€$]?\s*\d[\d\s\u00a0\u202f.,']*\s*(?:%|€|EUR|k€)?\)?$", re.I)
_DATE = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:[ T]\d{1,2}[:h]\d{2}(?::\d{2})?)?$"
    r"|^\d{1,2}[:h]\d{2}(?::\d{2})?$",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")

TOTAL_WORDS = re.compile(
    r"^\s*(?:sous[\s-]?)?tota(?:l|ux)\b|^\s*total\s*g[ée]n[ée]ral|^\s*somme\s+(?:de|des|du)\b"
    r"|^\s*montant\s+total\b|^\s*grand\s+total\b|^\s*ensemble\b|^\s*cumul\b",
    re.I,
)
NOTE_WORDS = re.compile(
    r"^\s*(?:\*|\(\d+\)|n\.?\s?b\.?\b|notes?\b|source\b|sources\b|remarques?\b|mise à jour\b"
    r"|mis à jour\b|légende\b|document\b|fait à\b|édité le\b|imprimé le\b|établi le\b)",
    re.I,
)


def is_data_like(text: str) -> bool:
    """Whether a cell's text reads as a value (number, amount, date, time) rather than a label."""
    return bool(_NUMBER.match(text) or _DATE.match(text))


def is_year(text: str) -> bool:
    """Whether a cell's text is a year, a label that column headers sometimes use."""
    return bool(_YEAR.match(text))


@dataclass(frozen=True)
class RowShape:
    """What a row looks like: which cells are filled, and which hold values rather than words."""

    texts: tuple[str, ...]
    filled: tuple[int, ...]
    valued: tuple[int, ...]

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
    def all_words(self) -> bool:
        """Whether every filled cell holds words (a year counts as a word, as in "2024")."""
        return all(index not in self.valued or is_year(self.texts[index]) for index in self.filled)

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
        valued = tuple(
            index for index in filled if isinstance(typed[index], (int, float, dt.date, dt.time))
        )
    else:
        valued = tuple(index for index in filled if is_data_like(texts[index]))
    return RowShape(texts, filled, valued)


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
        maybe_spaces = np.flatnonzero(~empty & (cells.astype("U1") == " "))
        for index in maybe_spaces:
            empty[index] = not str(cells[index]).strip()
        candidates = candidates[empty]
    return candidates


def looks_like_total(shape: RowShape) -> bool:
    """Whether a row is a total or subtotal row ("Total", "TOTAL GÉNÉRAL", "Somme de…")."""
    return any(TOTAL_WORDS.match(shape.texts[index]) for index in shape.filled[:2])


def looks_like_note(shape: RowShape, table_fill: float) -> bool:
    """Whether a row is a note under a table: a lone sentence, a source, an asterisk."""
    if shape.blank:
        return False
    if NOTE_WORDS.match(shape.first_text):
        return shape.count <= max(2, table_fill / 2)
    return shape.count == 1 and table_fill >= 3 and shape.first_text not in ("", "-")
