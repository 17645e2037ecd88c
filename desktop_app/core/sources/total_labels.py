"""Which cells of a long column could open a total ("Total", "Sous-total", "Somme de…").

The words themselves are matched by ``rows.TOTAL_WORDS``, one cell at a time; this finds the
few cells worth it, from their first five characters, at C speed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.sources.column_lines import column_lines

# The first five letters of the words TOTAL_WORDS looks for, as agents write them.
_TOTAL_PREFIXES = [
    variant
    for word in ("total", "totau", "sous-", "sous ", "s/tot", "s/ to", "somme", "monta", "grand")
    for variant in (word, word.capitalize(), word.title(), word.upper())
]
_PREFIX_WEIGHTS = np.array([1, 31, 961, 29791, 923521], dtype=np.uint32)


def _prefix_codes(texts: npt.NDArray[Any]) -> npt.NDArray[np.uint32]:
    """Each cell's first five characters as code points (0 past its end), computed in C."""
    return texts.astype("U5").view(np.uint32).reshape(-1, 5)


def _prefix_keys(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """A number for each row of five code points.

    Arithmetic wraps around in 32 bits on purpose: a collision only costs a closer look.
    """
    keys: npt.NDArray[np.uint32] = codes @ _PREFIX_WEIGHTS
    return keys


_TOTAL_KEYS = pd.Index(
    np.unique(_prefix_keys(_prefix_codes(np.array(_TOTAL_PREFIXES, dtype=object))))
)
# Code points a total's cell may open with (its words' first letters, or a space).
_OPENS_TOTAL = np.zeros(128, dtype=bool)
_OPENS_TOTAL[[ord(p[0]) for p in _TOTAL_PREFIXES] + [ord(" ")]] = True
# Code points that str.strip() takes away: a cell opening with one may be blank.
_LAST_SPACE = 0x3000
_SPACES = np.array([chr(code).isspace() for code in range(_LAST_SPACE + 1)])


def total_candidates(
    cells: npt.NDArray[np.object_],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Cells that could open a total, and those that may be blank.

    Totals are found from a hashed look at the cells' first five characters, which keeps
    the regular expression and the row check to a few cells of a large column.
    """
    if not len(cells):
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=bool)
    lines = column_lines(cells, padding=_PREFIX_WEIGHTS.size)
    if lines is None or not lines.cell_by_line:
        # Long texts (numpy's own conversion costs less than joining them), line breaks.
        codes = _prefix_codes(cells)
        first = codes[:, 0]
        rows = np.arange(len(cells), dtype=np.intp)
    else:
        first = lines.first_codes(np.arange(len(cells)))
        # Only cells opening with a letter a total's word opens with are worth five.
        rows = np.flatnonzero(_OPENS_TOTAL[np.minimum(first, 127)] & (first < 128))
        codes = lines.heads(rows, _PREFIX_WEIGHTS.size)
    known = _TOTAL_KEYS.get_indexer(pd.Index(_prefix_keys(codes))) >= 0
    found: npt.NDArray[np.intp] = rows[known | (codes[:, 0] == ord(" "))]
    blank = (first == 0) | (_SPACES[np.minimum(first, _LAST_SPACE)] & (first <= _LAST_SPACE))
    return found, blank
