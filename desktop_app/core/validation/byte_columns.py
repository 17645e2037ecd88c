"""The columns of a block of CSV records, read from its raw bytes and factorised when asked.

Every record of the block has as many cells as the header (the reader sets the others
aside), so the cells' bounds are the commas outside quotes, a row of them per record. A
column is factorised, the first time its values are asked for, without a Python object per
cell: a cell's bytes, up to eight at a time, give it a 64-bit key (the bytes themselves for
cells of up to eight bytes, a hash of them beyond, checked byte for byte against the value
it stands for; should two values share a hash, the column is numbered on its decoded texts),
and NumPy sorts the keys. Only the distinct values become Python texts. A quoted cell is
unquoted as the csv module reads it (its doubled quotes made single) once decoded; a value
found both quoted and bare is then one value. A column whose values nothing asks for (free
text that no check reads) is never factorised: its empty cells are told from their lengths.

A cell's bytes are those of the file: a byte order mark inside is kept, as the csv module
keeps it. A NUL byte never reaches here (the reader hands such files to the csv module), so a
zero byte can pad a short cell's key and separate the values decoded together.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Codes = npt.NDArray[np.intp]
Texts = npt.NDArray[np.object_]
Factorised = tuple[Codes, Texts]
_Positions = npt.NDArray[np.int64]
_Words = npt.NDArray[np.uint64]

_QUOTE = 34
# A key's bytes past the cell's end are zero: masks keeping the first 0 to 8 bytes of a word.
_MASKS = np.array([(1 << (8 * count)) - 1 for count in range(9)], dtype=np.uint64)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_SEED = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(29)
_ONE = np.uint64(1)
_TOP = np.uint64(63)
# Columns whose widest cell is longer are hashed piece by piece, and read again to check.
_KEPT_WIDTH = 64


@dataclass(frozen=True, eq=False)
class CellBounds:
    """Where the cells of records that all have as many cells as the header are.

    Attributes:
        starts: each record's first byte.
        commas: the commas between its cells (outside quotes), a row per record.
        content_ends: where its last cell ends (its line break left out).
        quoted: whether some cell may be quoted.
    """

    starts: _Positions
    commas: npt.NDArray[np.intp]
    content_ends: _Positions
    quoted: bool


class ByteColumn:
    """One column of records read from their bytes, factorised and decoded when first asked.

    A column whose values nothing reads (free text no check looks at: names, objects) is
    never factorised nor decoded: whether its cells are empty is told from their lengths.
    """

    def __init__(
        self,
        buffer: npt.NDArray[np.uint8],
        words: _Words,
        starts: _Positions,
        ends: _Positions,
        *,
        quoted: bool,
    ) -> None:
        self._buffer = buffer
        self._words = words
        self._starts = starts
        self._lengths = ends - starts
        self._quoted = quoted

    def __len__(self) -> int:
        return len(self._starts)

    @functools.cached_property
    def factorised(self) -> Factorised:
        """Each cell's value number, and the distinct texts in the order first seen."""
        starts, lengths = self._starts, self._lengths
        try:
            codes, first = _factorise(self._words, starts, lengths)
        except HashCollisionError:  # two values, one hash: numbered on their decoded texts
            codes, first = _numbered(_texts(self._buffer, starts, lengths))
        texts = _texts(self._buffer, starts[first], lengths[first])
        if self._quoted:
            return _unquoted(codes, texts, self._buffer[starts[first]] == _QUOTE)
        return codes, _objects(texts)

    def empty(self) -> npt.NDArray[np.bool_]:
        """Which cells are empty: no byte, or only the two quotes of a quoted empty text."""
        empty: npt.NDArray[np.bool_] = self._lengths == 0
        if self._quoted:
            # A quoted cell of two bytes can only be "" (the quoting is plain: see rows).
            empty |= (self._lengths == 2) & (self._buffer.take(self._starts) == _QUOTE)
        return empty


def byte_columns(data: bytes, bounds: CellBounds) -> list[ByteColumn]:
    """Each column of the records, to be factorised when asked.

    Raises:
        UnicodeDecodeError: a cell is not UTF-8 (told now, for every column, even those
            never decoded).
    """
    data.decode("utf-8")
    buffer, words = _padded(data)
    width = bounds.commas.shape[1] + 1
    columns = []
    for position in range(width):
        starts = bounds.starts if position == 0 else bounds.commas[:, position - 1] + 1
        ends = bounds.content_ends if position == width - 1 else bounds.commas[:, position]
        columns.append(ByteColumn(buffer, words, starts, ends, quoted=bounds.quoted))
    return columns


def _padded(data: bytes) -> tuple[npt.NDArray[np.uint8], _Words]:
    """The bytes, then zeros, in an aligned array read both byte by byte and word by word."""
    words = np.zeros(len(data) // 8 + 3, dtype=np.uint64)
    buffer = words.view(np.uint8)
    buffer[: len(data)] = np.frombuffer(data, dtype=np.uint8)
    return buffer, words


def _factorise(words: _Words, starts: _Positions, lengths: _Positions) -> tuple[Codes, Codes]:
    """Each cell's value number, and the first cell of each value, in the order first seen."""
    count = len(starts)
    if not count:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    widest = int(lengths.max())
    pieces: list[_Words] = []
    if widest <= 8:  # the bytes themselves: keys that need no check
        keys = _piece(words, starts, lengths, 0)
    else:
        # The pieces are kept to check the hash, unless a column of long texts would make
        # them heavy: they are then read again.
        keys, pieces = _hashed(words, starts, lengths, widest, keep=widest <= _KEPT_WIDTH)
    if (keys == keys[0]).all():
        first, codes = np.zeros(1, dtype=np.intp), np.zeros(count, dtype=np.intp)
    else:
        _, first, codes = np.unique(keys, return_index=True, return_inverse=True)
        codes = codes.reshape(-1)
    if widest > 8:
        _check_keys(words, starts, lengths, first[codes], pieces)
    if len(first) == 1:
        return codes, first
    # Numbered in the order first seen: the first cells' places, marked then read in order.
    marks = np.full(count, -1, dtype=np.intp)
    marks[first] = np.arange(len(first))
    order = marks[marks >= 0]
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order))
    return rank[codes], first[order]


def _piece(words: _Words, starts: _Positions, lengths: _Positions, offset: int) -> _Words:
    """Each cell's bytes from ``offset``, eight at most, zeros past the cell's end."""
    if offset == 0 and int(lengths.max(initial=0)) <= 8:
        return _word_at(words, starts) & _MASKS.take(lengths)
    return _word_at(words, starts + offset) & _MASKS.take(np.clip(lengths - offset, 0, 8))


def _hashed(
    words: _Words, starts: _Positions, lengths: _Positions, widest: int, *, keep: bool
) -> tuple[_Words, list[_Words]]:
    """A hash of each cell's bytes and length, and the pieces hashed if ``keep``.

    Without ``keep`` (a column with cells wider than the pieces kept), each round hashes only
    the cells still that long: one long text must not cost a round over the whole column for
    each of its eight bytes. A cell's key is then a function of its own bytes alone, the
    same for every cell of equal bytes.
    """
    keys = lengths.astype(np.uint64) * _SEED
    kept = []
    if keep:
        for offset in range(0, widest, 8):
            piece = _piece(words, starts, lengths, offset)
            kept.append(piece)
            keys = _mixed(keys, piece)
        return keys, kept
    for offset, rows in _longer_than(lengths, widest):
        if rows is None:
            keys = _mixed(keys, _piece(words, starts, lengths, offset))
        else:
            keys[rows] = _mixed(keys[rows], _piece(words, starts[rows], lengths[rows], offset))
    return keys, kept


def _mixed(keys: _Words, piece: _Words) -> _Words:
    keys ^= piece
    keys *= _MIX
    keys ^= keys >> _SHIFT
    return keys


def _longer_than(lengths: _Positions, widest: int) -> Iterator[tuple[int, Codes | None]]:
    """Each offset of eight bytes, with the rows of the cells longer than it (None: all)."""
    rows = None
    shortest = int(lengths.min())
    for offset in range(0, widest, 8):
        if rows is not None:  # the rows still longer are among those of the round before
            rows = rows[lengths[rows] > offset]
        elif offset >= shortest:
            rows = np.flatnonzero(lengths > offset)
        yield offset, rows


def _check_keys(
    words: _Words,
    starts: _Positions,
    lengths: _Positions,
    same: Codes,
    pieces: list[_Words],
) -> None:
    """Make sure that cells sharing a hash share their bytes (two values never do in practice).

    Each cell is compared with the first cell of its value; the first cells themselves (all of
    them in a column of identifiers) need not be. The pieces hashed are compared when kept,
    else read again.
    """
    others = np.flatnonzero(same != np.arange(len(same)))
    if not len(others):
        return
    theirs = same[others]
    equal = lengths[others] == lengths[theirs]
    if pieces:
        for piece in pieces:
            equal &= piece.take(others) == piece.take(theirs)
    else:
        mine_lengths = lengths[others]
        mine_starts, first_starts = starts[others], starts[theirs]
        for offset, rows in _longer_than(mine_lengths, int(mine_lengths.max())):
            if rows is None:
                mine, first, length = mine_starts, first_starts, mine_lengths
            else:
                mine, first, length = mine_starts[rows], first_starts[rows], mine_lengths[rows]
            alike = _piece(words, mine, length, offset) == _piece(words, first, length, offset)
            if rows is None:
                equal &= alike
            else:
                equal[rows] &= alike
    if not equal.all():
        raise HashCollisionError


class HashCollisionError(Exception):
    """Two different cells had the same 64-bit hash: the column is numbered another way."""


def _numbered(texts: list[str]) -> tuple[Codes, Codes]:
    """Each text's value number and each value's first text, by a dictionary of the texts."""
    numbers: dict[str, int] = {}
    codes = np.fromiter(
        (numbers.setdefault(text, len(numbers)) for text in texts), dtype=np.intp, count=len(texts)
    )
    # Values are numbered as they are first met: each first appears where the numbers grow.
    grows = np.ones(len(codes), dtype=bool)
    grows[1:] = codes[1:] > np.maximum.accumulate(codes)[:-1]
    return codes, np.flatnonzero(grows)


def _word_at(words: _Words, positions: _Positions) -> _Words:
    """The eight bytes from each position (little-endian), from two aligned words.

    A position past the bytes (a short cell's key read as wide as the column's widest) reads
    the zeros after them: whatever is read there is masked off.
    """
    index = np.minimum(positions >> 3, len(words) - 2)
    shift = (positions & 7).astype(np.uint64) << np.uint64(3)
    low = words.take(index) >> shift
    # ``<< 1 << (63 - shift)`` is ``<< (64 - shift)`` that gives 0, not the word, when shift is 0.
    high = (words.take(index + 1) << _ONE) << (_TOP - shift)
    word: _Words = low | high
    return word


def _texts(buffer: npt.NDArray[np.uint8], starts: _Positions, lengths: _Positions) -> list[str]:
    """The values' texts, decoded together: their bytes joined by zeros, then split."""
    if len(starts) == 1:
        start = int(starts[0])
        return [buffer[start : start + int(lengths[0])].tobytes().decode("utf-8")]
    sizes = lengths + 1
    offsets = np.cumsum(sizes) - sizes
    source = np.repeat(starts - offsets, sizes) + np.arange(int(sizes.sum()))
    joined = buffer.take(source)
    joined[offsets + lengths] = 0
    return joined.tobytes().decode("utf-8").split("\0")[:-1]


def _unquoted(codes: Codes, texts: list[str], quoted: npt.NDArray[np.bool_]) -> Factorised:
    """Quoted values unquoted as the csv module reads them; a value seen both ways is one."""
    changed = np.flatnonzero(quoted).tolist()
    for index in changed:
        texts[index] = texts[index][1:-1].replace('""', '"')
    if not changed or len(set(texts)) == len(texts):
        return codes, _objects(texts)
    numbers: dict[str, int] = {}
    renumbered = [numbers.setdefault(text, len(numbers)) for text in texts]
    return np.asarray(renumbered, dtype=np.intp)[codes], _objects(list(numbers))


def _objects(texts: list[str]) -> Texts:
    return np.fromiter(texts, dtype=object, count=len(texts))


def merged(
    factorised: Factorised, rows: npt.NDArray[np.intp], total: int, cells: list[str]
) -> Factorised:
    """A column whose ``rows`` were factorised, with the other rows' ``cells`` put in place."""
    codes, texts = factorised
    numbers = {text: index for index, text in enumerate(texts.tolist())}
    added = [numbers.setdefault(cell, len(numbers)) for cell in cells]
    others = np.ones(total, dtype=bool)
    others[rows] = False
    full = np.empty(total, dtype=np.intp)
    full[rows] = codes
    full[others] = added
    return full, _objects(list(numbers))
