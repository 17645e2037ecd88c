r"""Patterns of a fixed length, checked on a whole column at once with NumPy.

Identifiers are often constrained by such a pattern (``^W\d{9}$`` for an association's RNA
number, ``^\d{14}$`` for a SIRET) and are as many distinct values as rows: matching them one
by one with ``re`` takes most of a column's check. A pattern made only of single characters
and classes, each repeated a fixed number of times, is turned into one table of allowed
characters per position, and the texts are read as a grid of code points. The answer is
``re``'s own: a text with a character outside ASCII (``\d`` takes other digits) or a line
break (``$`` matches before a final one) is still matched by ``re``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

_ASCII = 128
_LINE_BREAK = 10
# Characters standing for themselves outside a class, and those an escape turns into one.
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_DIGITS = frozenset(range(ord("0"), ord("9") + 1))
_REPEAT = re.compile(r"\{([0-9]+)\}")

Position = frozenset[int]
# Code points, as bytes when every text is ASCII.
_Points = npt.NDArray[Any]


@functools.lru_cache(maxsize=256)
def fixed_shape(pattern: str) -> tuple[Position, ...] | None:
    r"""The characters allowed at each position of a fixed-length pattern; None for others.

    Understood: printable ASCII characters, ``\d``, an escaped punctuation mark, ``.``,
    classes of those and of ranges (not negated), each followed by nothing or ``{n}``;
    ``^`` at the start and ``$`` at the end (frictionless adds them around the pattern).
    """
    body = pattern
    while body.startswith("^"):
        body = body[1:]
    while body.endswith("$") and not _escaped_at_end(body):
        body = body[:-1]
    positions: list[Position] = []
    index = 0
    while index < len(body):
        atom, index = _atom(body, index)
        if atom is None:
            return None
        repeat = _REPEAT.match(body, index)
        count = 1
        if repeat is not None:
            count, index = int(repeat[1]), repeat.end()
        if index < len(body) and body[index] in "{*+?":
            return None
        positions.extend([atom] * count)
    return tuple(positions) if positions else None


def shape_failures(
    positions: Sequence[Position], texts: Sequence[str], matches: Callable[[str], bool]
) -> list[int] | None:
    """The indices of the texts the pattern refuses (``matches``: ``re``'s answer for one).

    None when the texts cannot be cut at line breaks (a text holds one): ``re`` then judges
    them all.
    """
    count, width = len(texts), len(positions)
    try:
        joined = "\n".join(texts)
    except TypeError:  # values that are not texts: re says what it makes of them
        return None
    if not count or joined.count("\n") != count - 1:
        return None
    grid, chosen = _grid(joined, count, width)
    if grid is None:
        return None
    # One row per position: each check then runs along contiguous memory.
    by_position = np.ascontiguousarray(grid.T)
    if by_position.dtype == np.uint8:
        ascii_only = np.ones(by_position.shape[1], dtype=bool)  # every byte was a character
    else:
        ascii_only = np.logical_and.reduce(by_position < _ASCII, axis=0)
    fits = ascii_only.copy()
    start = 0
    while start < width:
        end = start + 1
        while end < width and positions[end] == positions[start]:
            end += 1
        fits &= np.logical_and.reduce(_allowed(by_position[start:end], positions[start]), axis=0)
        start = end
    if chosen is None:
        matched = fits
        unsure = np.flatnonzero(~ascii_only)
    else:
        matched = np.zeros(count, dtype=bool)
        matched[chosen] = fits
        unsure = chosen[~ascii_only]
    for index in unsure.tolist():
        matched[index] = matches(texts[index])
    return np.flatnonzero(~matched).tolist()


def _grid(
    joined: str, count: int, width: int
) -> tuple[_Points | None, npt.NDArray[np.intp] | None]:
    """The code points of the texts of ``width`` characters, one row each, and which they are.

    Bytes when every text is ASCII; when every text has ``width`` characters, the rows are
    the joined texts' own memory (``chosen`` is then None: all of them).
    """
    data = joined.encode("utf-8", errors="surrogatepass")
    if len(data) == len(joined):
        points: _Points = np.frombuffer(data, np.uint8)
    else:
        try:
            points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:  # a lone surrogate, which no UTF-8 file holds
            return None, None
    if len(points) == count * (width + 1) - 1:
        rows = np.append(points, points.dtype.type(_LINE_BREAK)).reshape(count, width + 1)
        if (rows[:, width] == _LINE_BREAK).all():
            return rows[:, :width], None
    ends = np.append(np.flatnonzero(points == _LINE_BREAK), len(points))
    starts = np.concatenate(([0], ends[:-1] + 1))
    chosen = np.flatnonzero(ends - starts == width)
    return points[starts[chosen, None] + np.arange(width)], chosen


def _allowed(grid: _Points, allowed: Position) -> npt.NDArray[np.bool_]:
    """Which code points of the grid are among the allowed ones (all ASCII)."""
    low, high = min(allowed), max(allowed)
    if len(allowed) == high - low + 1:  # a range: one subtraction, below it wraps around
        return np.asarray(grid - grid.dtype.type(low) <= high - low, dtype=bool)
    table = np.zeros(_ASCII, dtype=bool)
    table[list(allowed)] = True
    return table[np.minimum(grid, _ASCII - 1)]


def _escaped_at_end(body: str) -> bool:
    """Whether the final "$" is escaped (an odd number of backslashes before it)."""
    backslashes = len(body) - 1 - len(body[:-1].rstrip("\\"))
    return backslashes % 2 == 1


def _atom(body: str, index: int) -> tuple[Position | None, int]:
    """The characters one atom at ``index`` allows, and where the next one starts."""
    char = body[index]
    if char == "[":
        return _class(body, index + 1)
    if char == ".":
        # Any character but a line break (texts holding one never come here).
        return frozenset(range(_ASCII)) - {_LINE_BREAK}, index + 1
    if char == "\\":
        escaped = _escape(body, index)
        return escaped, index + 2
    if char in _SPECIAL or not _printable(char):
        return None, index
    return frozenset({ord(char)}), index + 1


def _escape(body: str, index: int) -> Position | None:
    if index + 1 >= len(body):
        return None
    char = body[index + 1]
    if char == "d":
        return _DIGITS
    if _printable(char) and not char.isalnum() and char != "_":
        return frozenset({ord(char)})
    return None


def _class(body: str, index: int) -> tuple[Position | None, int]:
    r"""A class "[...]" from just after its "[": ranges, characters, ``\d``; not negated."""
    allowed: set[int] = set()
    if index < len(body) and body[index] in "^]":
        return None, index
    while index < len(body) and body[index] != "]":
        if body[index] == "\\":
            escaped = _escape(body, index)
            # An escaped character may start a range ("[\--z]"): left to re.
            if escaped is None or body[index + 2 : index + 3] == "-":
                return None, index
            allowed |= escaped
            index += 2
            continue
        char = body[index]
        if char == "[" or not _printable(char):
            return None, index
        is_range = index + 2 < len(body) and body[index + 1] == "-" and body[index + 2] != "]"
        if is_range:
            last = body[index + 2]
            if last in "\\[" or not _printable(last) or ord(last) < ord(char):
                return None, index
            allowed |= set(range(ord(char), ord(last) + 1))
            index += 3
        else:
            allowed.add(ord(char))
            index += 1
    if index >= len(body):
        return None, index
    return frozenset(allowed), index + 1


def _printable(char: str) -> bool:
    return " " <= char <= "~"
