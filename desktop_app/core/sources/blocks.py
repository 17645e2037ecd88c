"""Stacked blocks: one table written as several, each under its own copy of the titles.

Agents often lay out one list as blocks, one per kind, bracket or month: the same row of
titles written again over each block, a "Total" line and a blank line after it, sometimes a
title line above a block ("Associations sportives") or its name alone in the block's first
row. A person reads all the blocks as one table; what tells the blocks apart (the title, the
name, or the part of the titles that changes, such as "tranche de 20 000 à 49 999 €") is
data the agent wrote, so it becomes a column of its own instead of being lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop_app.core.sources.grid import Grid
from desktop_app.core.sources.rows import RowShape, looks_like_total

# Share of the first titles that a repeated row of titles must write again, word for word.
SAME_TITLES_SHARE = 0.6
# Columns whose title is looked for, row by row, to find candidate repeated title rows.
ANCHOR_COLUMNS = 3
# The name of the column added when the blocks' own names do not suggest a better one.
BLOCK_COLUMN = "Bloc"
_SEPARATORS = " -–—:,;/(["
_BREAKS = frozenset({"-", "–", "—", ":", "/"})


def normalized(text: str) -> str:
    """A title as compared with its copies: case, spaces and non-breaking spaces ignored."""
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def repeats_titles(shape: RowShape, titles: Sequence[str]) -> bool:
    """Whether a row writes the table's titles again, exactly or for the most part.

    A copy may change one title (the bracket of amounts a block holds), but it stands over
    the same columns, holds words only and repeats most of the titles word for word.
    """
    wanted = {c: normalized(t) for c, t in enumerate(titles) if t.strip()}
    if len(wanted) < 2 or shape.count < 2 or not shape.all_words:
        return False
    filled = set(shape.filled)
    if not filled <= set(wanted):
        return False
    same = sum(normalized(shape.texts[c]) == wanted[c] for c in filled)
    return same >= max(2, SAME_TITLES_SHARE * len(wanted))


def candidate_rows(grid: Grid, start: int, end: int, header: int) -> npt.NDArray[np.int64]:
    """Rows that repeat at least one of the first titles in its column (a cheap first look)."""
    if header < 0 or header >= grid.height or end <= start:
        return np.zeros(0, dtype=np.int64)
    found = np.zeros(end - start, dtype=bool)
    anchors = 0
    for column in range(grid.width):
        title = grid.text.iat[header, column]
        if not str(title).strip():
            continue
        cells = grid.text[column].to_numpy(dtype=object)[start:end]
        found |= cells == title
        anchors += 1
        if anchors == ANCHOR_COLUMNS:
            break
    return np.flatnonzero(found).astype(np.int64) + start


@dataclass(frozen=True)
class BlockNames:
    """What tells each block apart, the titles made common to all, and the added column."""

    starts: tuple[int, ...]
    names: tuple[str, ...]
    column: str
    common_titles: dict[int, str]

    def for_rows(self, rows: npt.NDArray[np.int64]) -> list[str]:
        """The name of the block each given grid row belongs to."""
        index = np.searchsorted(np.array(self.starts, dtype=np.int64), rows, side="right") - 1
        return [self.names[max(int(i), 0)] for i in index]


def name_blocks(
    shape: Callable[[int], RowShape],
    titles: Sequence[str],
    first: int,
    repeats: Sequence[int],
    above: dict[int, int],
    first_rows: dict[int, int],
) -> BlockNames | None:
    """Name each block from its title line, its first-row name, or its changing titles.

    ``first`` is the first block's title row and ``repeats`` the rows of the copies;
    ``above`` gives, for a title row, the one-cell line written just above it, and
    ``first_rows`` the one-cell line just below it. The first source that names every
    block after the first is used; None when no source tells the blocks apart.
    """
    headers = [first, *repeats]
    for source in (above, first_rows):
        if all(header in source for header in repeats):
            names = [shape(source[h]).first_text if h in source else "" for h in headers]
            if len(set(names)) > 1:
                return BlockNames(tuple(headers), tuple(names), BLOCK_COLUMN, {})
    return _changing_titles(shape, titles, headers)


def _changing_titles(
    shape: Callable[[int], RowShape], titles: Sequence[str], headers: list[int]
) -> BlockNames | None:
    versions: dict[int, list[str]] = {}
    for column, title in enumerate(titles):
        if not title.strip():
            continue
        written = [title, *(shape(h).texts[column] for h in headers[1:])]
        if len({normalized(text) for text in written}) > 1:
            versions[column] = written
    if not versions:
        return None
    common: dict[int, str] = {}
    parts: list[list[str]] = []
    for column, written in versions.items():
        head, tail, middles = _split_common(written)
        common[column] = (head + " " + tail).strip(_SEPARATORS) or written[0]
        parts.append(middles)
    names = tuple(" – ".join(p[i] for p in parts if p[i]) for i in range(len(headers)))
    return BlockNames(tuple(headers), names, _column_name(names), common)


def _split_common(texts: list[str]) -> tuple[str, str, list[str]]:
    """The words all versions start and end with, and what changes in each."""
    words = [text.split() for text in texts]
    shortest = min(len(w) for w in words)
    # A number is never split: "49 999,99 €" and "89 999,99 €" share no "999,99 €".
    head = 0
    while head < shortest and _same_word(w[head] for w in words):
        head += 1
    tail = 0
    while tail < shortest - head and _same_word(w[-1 - tail] for w in words):
        tail += 1
    # "montant - tranche de 20 000 à 49 999 €": what follows the title's last dash or colon
    # belongs with the part that changes ("tranche de …"), which it introduces.
    cut = max((i + 1 for i in range(head) if words[0][i] in _BREAKS), default=0)
    if cut:
        head = cut
    middles = [" ".join(w[head : len(w) - tail]).strip(_SEPARATORS) for w in words]
    return " ".join(words[0][:head]), " ".join(words[0][len(words[0]) - tail :]), middles


def _same_word(words: Iterable[str]) -> bool:
    found = {normalized(word) for word in words}
    return len(found) == 1 and not any(char.isdigit() for char in next(iter(found)))


_WORD = re.compile(r"[^\W\d_]{3,}")


def _column_name(names: tuple[str, ...]) -> str:
    """The added column's name: "Tranche" when every block's name starts so, else "Bloc"."""
    firsts = {normalized(match.group(0)) for n in names if (match := _WORD.match(n.strip()))}
    if len(firsts) == 1 and all(_WORD.match(n.strip()) for n in names):
        return next(iter(firsts)).capitalize()
    return BLOCK_COLUMN


def lone_line(shape: RowShape) -> bool:
    """A line of one cell that names what follows (not a total)."""
    return shape.count == 1 and not looks_like_total(shape)
