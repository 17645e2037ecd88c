"""The rows of a publishable CSV, block after block, as columns of texts.

Rows are split exactly as Python's csv module splits them (excel dialect): a short row is
told from one with empty cells, and every cell of a long row is counted. Most files are cut
much faster than the csv module can: NumPy finds on the raw bytes where each record ends and
how many cells it has (records), and the
records that have as many cells as the header are read into columns from their bytes, each
factorised when first asked for (byte_columns), without a Python object per cell; the few
other records go through the csv module. A block whose quoting is not the plain kind (a
quote inside an unquoted cell, a carriage return alone or between quotes, a NUL byte) is
read by the csv module, and so is the rest of the file after it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, TypeVar, overload

import numpy as np
import numpy.typing as npt

from desktop_app.core.tasks import let_window_run
from desktop_app.core.validation.byte_columns import ByteColumn, Factorised, byte_columns, merged
from desktop_app.core.validation.records import (
    Records,
    cell_bounds,
    found_records,
    kept_records,
)

Column = npt.NDArray[np.object_]
_Item = TypeVar("_Item")
# A column already factorized by the reader: each row's index among the distinct texts.
Distinct = tuple[npt.NDArray[np.intp], npt.NDArray[np.object_]]
# Bytes read at a time: some tens of thousands of rows, one block for the checks.
BLOCK_BYTES = 8 << 20
# Rows per block when the csv module reads (in-memory rows, or a file it must read).
BLOCK_ROWS = 50_000
_PIECE_ROWS = 2_000
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, eq=False)
class RowBlock:
    """Consecutive rows of a table: their cells under each label, and how many each has.

    A block read from its bytes makes a column's cells and distinct values only when they
    are first asked for (``columns[i]``, ``distinct[i]``); ``empty`` tells a column's empty
    cells without them.
    """

    columns: Sequence[Column]
    lengths: npt.NDArray[np.int64]
    # Per column, its distinct texts and each row's index among them, when the reader has them.
    distinct: Sequence[Distinct | None] | None = None
    bytes_read: Sequence[ByteColumn] | None = None

    def __len__(self) -> int:
        return len(self.lengths)

    def empty(self, position: int) -> npt.NDArray[np.bool_] | None:
        """Which cells of a column are empty, when that is known without its values."""
        return None if self.bytes_read is None else self.bytes_read[position].empty()


class _MadeWhenAsked(Sequence[_Item]):
    """A sequence whose items are made the first time each is asked for."""

    def __init__(self, count: int, make: Callable[[int], _Item]) -> None:
        self._count = count
        self._make = make
        self._made: dict[int, _Item] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> _Item: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[_Item]: ...
    def __getitem__(self, index: int | slice) -> _Item | Sequence[_Item]:
        if isinstance(index, slice):
            return [self[place] for place in range(*index.indices(self._count))]
        place = index + self._count if index < 0 else index
        if not 0 <= place < self._count:
            raise IndexError(index)
        if place not in self._made:
            self._made[place] = self._make(place)
        return self._made[place]


def block_of(rows: list[list[str]], width: int) -> RowBlock:
    """Rows as lists of cells turned into a block ("" past a row's end).

    NumPy fills a rows × columns array from the rows fastest; turned once into contiguous
    columns, which the distinct-value search then reads without a copy each.
    """
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    grid = np.empty((len(rows), width), dtype=object)
    if rows and width:
        if (lengths == width).all():
            grid[:, :] = rows
        else:
            grid[:, :] = [row[:width] + [""] * (width - len(row)) for row in rows]
    return RowBlock(list(np.ascontiguousarray(grid.T)), lengths)


class CsvRows:
    """A UTF-8 CSV file's labels (its first record), then its rows block after block.

    Raises UnicodeDecodeError (while reading) when the file is not UTF-8.
    """

    def __init__(
        self,
        raw: BinaryIO,
        block_bytes: int = BLOCK_BYTES,
        *,
        header: bool = True,
        end: int | None = None,
    ) -> None:
        """Read from where ``raw`` stands: the labels first unless ``header`` is False.

        With ``end``, the fast reader stops at that offset (a record's start); the csv
        module, if it must take over, reads to the file's end (``fast`` then says so).
        """
        self._raw = raw
        self._block_bytes = block_bytes
        self._left = None if end is None else end - raw.tell()
        self._pending = b""
        self._at_end = False
        self._fallback: Iterator[list[str]] | None = None
        self.labels: list[str] = []
        if not header:
            return
        self._pending = self._read(len(_BOM)).removeprefix(_BOM)
        data, records = self._next_records(first=True)
        if records is None:
            self._fallback = self._csv_reader(data)
            self.labels = next(self._fallback, [])
        elif len(records.ends):
            self.labels = _parse(data)[0]

    @property
    def fast(self) -> bool:
        """Whether the fast reader has read every row so far (not the csv module)."""
        return self._fallback is None

    def blocks(self, width: int) -> Iterator[RowBlock]:
        """The rows after the labels, as blocks of columns, one per label."""
        while self._fallback is None:
            data, records = self._next_records()
            if records is None:
                self._fallback = self._csv_reader(data)
                break
            if not len(records.ends):
                return
            block = _block(data, records, width)
            if block is None:  # the bytes could not be read as the scan saw them: the csv module
                self._fallback = self._csv_reader(data)
                break
            yield block
            let_window_run()
        yield from _csv_blocks(self._fallback, width)

    def _next_records(self, *, first: bool = False) -> tuple[bytes, Records | None]:
        """The next bytes holding whole records (only the first one if ``first``).

        None when the bytes are not plain enough for the fast reader: the caller hands them
        to the csv module with the rest of the file.
        """
        data = self._pending
        while True:
            if not self._at_end:
                # The labels alone first: their block is not scanned twice.
                more = self._read(1 << 16 if first else self._block_bytes)
                self._at_end = not more
                data += more
            records = found_records(data, at_end=self._at_end)
            if records is None or len(records.ends) or self._at_end:
                break
        if records is None:
            self._pending = b""
            return data, None
        if first:
            records = dataclasses.replace(
                records,
                starts=records.starts[:1],
                ends=records.ends[:1],
                cells=records.cells[:1],
                content_ends=records.content_ends[:1],
            )
        self._pending = data[records.end :]
        return data[: records.end], records

    def _read(self, size: int) -> bytes:
        if self._left is None:
            return self._raw.read(size)
        data = self._raw.read(min(size, self._left))
        self._left -= len(data)
        return data

    def _csv_reader(self, data: bytes) -> Iterator[list[str]]:
        stream = io.BufferedReader(_Prefixed(data, self._raw), buffer_size=1 << 20)
        return csv.reader(io.TextIOWrapper(stream, encoding="utf-8", newline=""))


class _Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of the file: the csv module's input after a switch."""

    def __init__(self, prefix: bytes, raw: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            count = min(len(buffer), len(self._prefix))
            buffer[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        chunk = self._raw.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _csv_blocks(reader: Iterator[list[str]], width: int) -> Iterator[RowBlock]:
    """Blocks of rows cut by the csv module, read in small pieces.

    Reading 50,000 rows is a single call into the C parser that keeps the interpreter to
    itself for about 80 ms; in pieces of a few milliseconds, the wizard's window gets its
    turns in between.
    """
    while True:
        rows: list[list[str]] = []
        while len(rows) < BLOCK_ROWS and (piece := list(itertools.islice(reader, _PIECE_ROWS))):
            rows.extend(piece)
            let_window_run()
        if not rows:
            return
        yield block_of(rows, width)


def _block(data: bytes, records: Records, width: int) -> RowBlock | None:
    """The block of these records: those of the header's width from their bytes, others by csv.

    None when the bytes cannot be read that way (the caller hands them to the csv module).
    """
    regular = records.cells == width
    if not width or not regular.any():
        rows = [_parse(data[start:end])[0] if end > start else [] for start, end in
                zip(records.starts.tolist(), records.ends.tolist(), strict=True)]  # fmt: skip
        return block_of(rows, width)
    if regular.all():
        return _bytes_block(byte_columns(data, cell_bounds(records, width)), records.cells.copy())
    kept = kept_records(data, records, regular)
    runs = found_records(kept, at_end=True)
    if runs is None or not (runs.cells == width).all():
        return None
    factorised = [column.factorised for column in byte_columns(kept, cell_bounds(runs, width))]
    lengths = records.cells.copy()
    odd = np.flatnonzero(~regular)
    odd_rows = [_parse(data[int(records.starts[row]) : int(records.ends[row])])[0] for row in odd]
    lengths[odd] = [len(row) for row in odd_rows]
    kept_rows = np.flatnonzero(regular)
    whole = []
    for position, column in enumerate(factorised):
        cells = [row[position] if position < len(row) else "" for row in odd_rows]
        whole.append(merged(column, kept_rows, len(regular), cells))
    return _factorised_block(whole, lengths)


def _factorised_block(factorised: list[Factorised], lengths: npt.NDArray[np.int64]) -> RowBlock:
    """A block from its factorised columns: each column's cells are its texts, row by row."""
    columns = [texts.take(codes) for codes, texts in factorised]
    distinct: list[Distinct | None] = list(factorised)
    return RowBlock(columns, lengths, distinct)


def _bytes_block(read: list[ByteColumn], lengths: npt.NDArray[np.int64]) -> RowBlock:
    """A block of columns read from bytes, each factorised, then spread, when first asked."""
    distinct = _MadeWhenAsked(len(read), lambda position: read[position].factorised)

    def cells(position: int) -> Column:
        codes, texts = distinct[position]
        return texts.take(codes)

    return RowBlock(_MadeWhenAsked(len(read), cells), lengths, distinct, read)


def _parse(record: bytes) -> list[list[str]]:
    """One record as the csv module reads it (a line break may be inside quotes)."""
    return list(csv.reader(io.StringIO(record.decode("utf-8"), newline=""))) or [[]]
