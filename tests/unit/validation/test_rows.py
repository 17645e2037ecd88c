"""The fast reader cuts every file into the very rows and cells Python's csv module gives."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.validation.rows import CsvRows, RowBlock

# Pieces that make CSV hard: separators and quotes in and out of cells, both line endings,
# lone carriage returns, empty lines, a byte order mark, accents, a NUL byte.
PIECES = st.sampled_from(
    ["a", "bé", "12,5", ",", ",,", '"', '""', '"x,y"', '"l1\nl2"', '"r\r\nn"', "\n", "\r\n",
     "\r", " ", '"q""q"', "\x00", "\ufeff", "€"]
)  # fmt: skip
CELLS = st.sampled_from(["", "a", "bé", "1,5", 'say "hi"', "l1\nl2", " x ", "é€"])


def _expected(text: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    return (rows[0], rows[1:]) if rows else ([], [])


def _read(
    data: bytes, block_bytes: int, *, fast: bool = False
) -> tuple[list[str], list[list[str]]]:
    reader = CsvRows(io.BytesIO(data), block_bytes=block_bytes)
    width = len(reader.labels)
    rows: list[list[str]] = []
    for block in reader.blocks(width):
        rows.extend(_rows_of(block, width))
    assert reader.fast or not fast
    return reader.labels, rows


def _rows_of(block: RowBlock, width: int) -> list[list[str]]:
    """The rows back, as far as a block keeps them (cells past the labels only as a count)."""
    assert all(len(column) == len(block) for column in block.columns)
    assert len(block.columns) == width
    rows = []
    for index, length in enumerate(block.lengths.tolist()):
        cells = [str(column[index]) for column in block.columns[: min(length, width)]]
        rows.append([*cells, *["…"] * (length - width)])
    return rows


def _shaped(rows: list[list[str]], width: int) -> list[list[str]]:
    return [[*row[:width], *["…"] * (len(row) - width)] for row in rows]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=40), block_bytes=st.sampled_from([1, 3, 7, 64, 1 << 20]))
def test_any_text_is_cut_as_the_csv_module_cuts_it(pieces: list[str], block_bytes: int) -> None:
    text = "".join(pieces)
    try:
        labels, rows = _expected(text)
    except csv.Error:
        return  # a NUL byte or an unfinished quote: the csv module itself refuses the text
    got_labels, got_rows = _read(text.encode("utf-8"), block_bytes)
    assert got_labels == labels
    assert got_rows == _shaped(rows, len(labels))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=st.lists(st.lists(CELLS, min_size=0, max_size=6), min_size=1, max_size=30),
    ending=st.sampled_from(["\n", "\r\n"]),
    block_bytes=st.sampled_from([5, 40, 1 << 20]),
)
def test_tables_written_by_the_csv_module_come_back_whole(
    table: list[list[str]], ending: str, block_bytes: int
) -> None:
    output = io.StringIO()
    csv.writer(output, lineterminator=ending).writerows(table)
    # Plain quoting, as every spreadsheet writes it: the fast reader reads it all.
    labels, rows = _read(output.getvalue().encode("utf-8"), block_bytes, fast=True)
    assert labels == table[0]
    assert rows == _shaped(table[1:], len(labels))


def test_a_file_that_is_not_utf8_is_refused() -> None:
    data = b"a,b\n1,2\n" + "é,3\n".encode("latin-1")
    reader = CsvRows(io.BytesIO(data))
    with pytest.raises(UnicodeDecodeError):
        list(reader.blocks(2))


def test_long_and_short_rows_keep_their_length_among_regular_ones() -> None:
    lines = ["a,b,c", *[f"{n},x,y" for n in range(1000)], "1,2", "1,2,3,4,5", "", '"",,']
    reader = CsvRows(io.BytesIO("\n".join(lines).encode()), block_bytes=1 << 20)
    (block,) = list(reader.blocks(3))
    assert block.lengths[-4:].tolist() == [2, 5, 0, 3]
    assert block.columns[2][-4:].tolist() == ["", "3", "", ""]
    assert np.array_equal(block.columns[0][:3], np.array(["0", "1", "2"], dtype=object))


class _CountedReads(io.BytesIO):
    """A file that remembers how many bytes were read from it."""

    read_bytes = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.read_bytes += len(data)
        return data


def test_lines_ending_with_a_carriage_return_alone_go_to_the_csv_module_at_once() -> None:
    # No line feed at all: without looking past the complete records (there are none), the
    # whole file would be gathered, and scanned again at each block, before the csv module.
    lines = ["nom,montant", *(f"ligne {number},{number}" for number in range(200_000))]
    text = "\r".join(lines) + "\r"
    raw = _CountedReads(text.encode())
    reader = CsvRows(raw, block_bytes=1 << 16)
    first = next(iter(reader.blocks(2)))
    assert not reader.fast
    assert raw.read_bytes < len(text) // 2
    assert reader.labels == ["nom", "montant"]
    assert first.columns[0][:2].tolist() == ["ligne 0", "ligne 1"]
