"""A column's cells joined into one text and read as code points, to look at a million at once.

Looking at each cell of a large column from Python costs a call per cell, and converting the
column to numpy's fixed-width text costs nearly as much. Joined with line breaks, the cells
become one string that Python builds at memory speed; read as an array of code points, it
tells numpy where each cell starts, how long it is and which characters it opens with.
Only columns of short cells are joined (copying long texts costs more than converting them),
and cells are only found in it when none holds a line break, so that line i is cell i.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

# Above this mean length (in characters, over the first cells), a column is not joined.
JOINED_MEAN_LENGTH = 24
_SAMPLE_CELLS = 1000
_LINE_BREAK = ord("\n")


class ColumnLines:
    """The cells of a column as one text: where each starts and how long it is.

    Where the cells start is only worked out when asked: the joined text alone often
    settles the question (no "E" anywhere in the column).
    """

    def __init__(self, joined: str, count: int, padding: int) -> None:
        self.joined = joined
        self.count = count
        self.padding = padding

    @cached_property
    def codes(self) -> npt.NDArray[Any]:
        """One number per character: bytes when every character fits in one, else 32 bits."""
        text = self.joined
        if text.isascii():
            return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
        try:
            return np.frombuffer(text.encode("latin-1"), dtype=np.uint8)
        except UnicodeEncodeError:
            encoded = text.encode("utf-32-le", errors="surrogatepass")
            return np.frombuffer(encoded, dtype=np.uint32)

    @cached_property
    def _breaks(self) -> npt.NDArray[np.intp]:
        return np.flatnonzero(self.codes == _LINE_BREAK)

    @property
    def cell_by_line(self) -> bool:
        """Whether line i of the joined text is cell i: no cell holds a line break.

        Until it is known, only questions about the whole text may be asked.
        """
        return len(self._breaks) == self.count - 1 + self.padding

    @cached_property
    def _bounds(self) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        if not self.cell_by_line:
            raise ValueError("a cell holds a line break: lines are not cells")
        breaks = self._breaks
        starts = np.empty(self.count, dtype=np.intp)
        starts[:1] = 0
        starts[1:] = breaks[: self.count - 1] + 1
        return starts, breaks[: self.count] - starts

    @property
    def starts(self) -> npt.NDArray[np.intp]:
        """Where each cell starts in ``codes``."""
        return self._bounds[0]

    @property
    def lengths(self) -> npt.NDArray[np.intp]:
        """Each cell's length, in characters."""
        return self._bounds[1]

    def first_codes(self, cells: npt.NDArray[np.intp]) -> npt.NDArray[np.uint32]:
        """The first code point of each given cell (0 for an empty one)."""
        first = self.codes[self.starts[cells]].astype(np.uint32)
        first[self.lengths[cells] == 0] = 0
        return first

    def heads(self, cells: npt.NDArray[np.intp], width: int) -> npt.NDArray[np.uint32]:
        """The first ``width`` code points of each given cell, 0 past the cell's end."""
        if width > self.padding:
            raise ValueError("the joined text is not padded for heads this wide")
        windows = np.lib.stride_tricks.sliding_window_view(self.codes, width)
        heads = windows[self.starts[cells]].astype(np.uint32)
        heads[np.arange(width) >= self.lengths[cells][:, None]] = 0
        return heads


def column_lines(cells: npt.NDArray[Any], *, padding: int) -> ColumnLines | None:
    """Join a column's cells, or None when it holds long texts or cells that are not text.

    ``padding`` empty cells are added after the last one, so that ``heads`` up to that width
    can be read for every cell without going past the text.
    """
    values = np.asarray(cells, dtype=object).tolist()
    if not values:
        return None
    padding = max(padding, 1)  # the last cell ends at a line break too
    try:
        sample = sum(map(len, values[:_SAMPLE_CELLS]))
        if sample > JOINED_MEAN_LENGTH * min(len(values), _SAMPLE_CELLS):
            return None
        count = len(values)
        values.extend([""] * padding)
        joined = "\n".join(values)
    except TypeError:  # a cell that is not text
        return None
    return ColumnLines(joined, count, padding)
