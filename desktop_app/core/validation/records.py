"""Where the records of a CSV's raw bytes end, and how many cells each has.

NumPy finds them on the bytes as Python's csv module would cut them (excel dialect): a comma
or a line break between quotes does not count. When a byte or a quote is where the two might
not agree (a quote inside an unquoted cell, a carriage return alone or between quotes, a NUL
byte), nothing is found: the reader hands those bytes to the csv module.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop_app.core.validation.byte_columns import CellBounds

_NUL, _LF, _CR, _QUOTE, _COMMA = 0, 10, 13, 34, 44


@dataclass(frozen=True, eq=False)
class Records:
    """Where the complete records of some bytes start and end, and how many cells each has."""

    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    cells: npt.NDArray[np.int64]
    # Where each record's cells end: before its line break.
    content_ends: npt.NDArray[np.int64]
    # Where the bytes' commas and quotes are (some may be past the last record's end).
    commas: npt.NDArray[np.intp]
    quotes: npt.NDArray[np.intp]

    @property
    def end(self) -> int:
        """Where the last complete record ends (0 when there is none)."""
        return int(self.ends[-1]) if len(self.ends) else 0


def found_records(data: bytes, *, at_end: bool) -> Records | None:
    """The complete records of ``data`` and their cells, as the csv module would count them.

    None when a byte or a quote is where the fast reader might not read as the csv module.
    """
    buffer = np.frombuffer(data, dtype=np.uint8)
    if (buffer == _NUL).any():
        return None
    quotes = np.flatnonzero(buffer == _QUOTE)
    breaks = np.flatnonzero(buffer == _LF)
    commas = np.flatnonzero(buffer == _COMMA)
    returns = np.flatnonzero(buffer == _CR)
    if len(quotes):
        if not _plain_quoting(buffer, quotes, at_end=at_end):
            return None
        if (np.searchsorted(quotes, returns) % 2).any():
            return None  # a carriage return between quotes
        breaks = breaks[np.searchsorted(quotes, breaks) % 2 == 0]
    ends = breaks + 1
    if at_end and len(buffer) and (not len(breaks) or breaks[-1] != len(buffer) - 1):
        ends = np.append(ends, len(buffer))
    # A carriage return alone, which the two readers may split differently: looked for in all
    # the bytes, not only the complete records (lines ending with one alone make no record
    # before the file's end, which would be read whole before going to the csv module).
    followed = returns + 1 < len(buffer)
    if (buffer[returns[followed] + 1] != _LF).any() or (at_end and not followed.all()):
        return None
    starts = np.concatenate(([0], ends[:-1])).astype(np.int64)
    # Commas before each record's end, less those between quotes (searches of the few
    # record ends and quotes among the many commas, not the other way round).
    before_end = np.searchsorted(commas, ends).astype(np.int64)
    if len(quotes):
        openers, closers = quotes[0::2], quotes[1::2]
        openers = openers[: len(closers)]
        quoted = np.searchsorted(commas, closers) - np.searchsorted(commas, openers)
        quoted_before = np.concatenate(([0], np.cumsum(quoted)))
        before_end -= quoted_before[np.searchsorted(closers, ends)]
    cells = np.diff(before_end, prepend=0) + 1
    content_ends = ends - (buffer[ends - 1] == _LF) if len(ends) else ends
    content_ends = content_ends - (buffer[np.maximum(content_ends - 1, 0)] == _CR) * (
        content_ends > starts
    )
    cells[content_ends == starts] = 0  # an empty line is a row without cells
    return Records(
        starts,
        ends.astype(np.int64),
        cells.astype(np.int64),
        content_ends.astype(np.int64),
        commas,
        quotes,
    )


def _plain_quoting(
    buffer: npt.NDArray[np.uint8], quotes: npt.NDArray[np.intp], *, at_end: bool
) -> bool:
    """Whether every quote opens a cell, closes it, or is doubled inside it.

    Only then do quotes alternate between opening and closing, and both readers agree.
    """
    if at_end and len(quotes) % 2:
        return False
    openers, closers = quotes[0::2], quotes[1::2]
    before = buffer[np.maximum(openers - 1, 0)]
    cell_start = (openers == 0) | (before == _COMMA) | (before == _LF)
    doubled = _among_sorted(openers - 1, closers)
    if not (cell_start | doubled).all():
        return False
    inside = closers + 1 < len(buffer)
    after = buffer[np.minimum(closers + 1, len(buffer) - 1)]
    cell_end = (after == _COMMA) | (after == _LF) | (after == _CR)
    cell_end |= _among_sorted(closers + 1, openers)
    return bool((cell_end | ~inside).all())


def _among_sorted(
    positions: npt.NDArray[np.intp], sorted_positions: npt.NDArray[np.intp]
) -> npt.NDArray[np.bool_]:
    """Which positions are in a sorted array (np.isin sorts it again, and imports numpy.ma)."""
    if not len(sorted_positions):
        return np.zeros(len(positions), dtype=bool)
    places = np.minimum(np.searchsorted(sorted_positions, positions), len(sorted_positions) - 1)
    found: npt.NDArray[np.bool_] = sorted_positions[places] == positions
    return found


def cell_bounds(records: Records, width: int) -> CellBounds:
    """Where the cells of records that all have ``width`` cells start and end."""
    end = records.end
    commas = records.commas[: np.searchsorted(records.commas, end)]
    quotes = records.quotes[: np.searchsorted(records.quotes, end)]
    if len(quotes):
        commas = commas[np.searchsorted(quotes, commas) % 2 == 0]
    return CellBounds(records.starts, commas.reshape(len(records.starts), width - 1),
                      records.content_ends, quoted=len(quotes) > 0)  # fmt: skip


def kept_records(data: bytes, records: Records, keep: npt.NDArray[np.bool_]) -> bytes:
    """The bytes of the records kept, in order, copied run by run of consecutive records."""
    change = np.flatnonzero(np.diff(keep.astype(np.int8))) + 1
    bounds = np.concatenate(([0], change, [len(keep)]))
    pieces = []
    for first, last in itertools.pairwise(bounds.tolist()):
        if keep[first]:
            pieces.append(data[int(records.starts[first]) : int(records.ends[last - 1])])
    joined = b"".join(pieces)
    return joined if joined.endswith(b"\n") else joined + b"\n"
