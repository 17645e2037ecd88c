"""Columns read from the raw bytes come already factorised, exactly."""

from __future__ import annotations

import csv
import io
import time
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.validation import byte_columns
from desktop_app.core.validation.rows import CsvRows

# Cells of every width around the eight bytes a key holds, alike at their start, quoted or
# not, accented, with separators and doubled quotes inside.
CELLS = st.sampled_from(
    ["", "a", "a,", "abcdefgh", "abcdefghi", "abcdefgh" * 2, "abcdefgh" * 2 + "x",
     "abcdefgx", "é", "éé", "été à l'école", 'dit "oui"', "l1\nl2", "1 000,5", "\ufeffa"]
)  # fmt: skip


Numbered = list[tuple[list[int], list[str]]]


def _blocks(data: bytes) -> tuple[CsvRows, list[list[str]], list[Numbered]]:
    reader = CsvRows(io.BytesIO(data), block_bytes=64)
    width = len(reader.labels)
    cells: list[list[str]] = [[] for _ in range(width)]
    factorised = []
    for block in reader.blocks(width):
        for position, column in enumerate(block.columns):
            cells[position].extend(column.tolist())
        if block.distinct is None:  # no row as wide as the header: the csv module read them
            continue
        numbered = []
        for found, column in zip(block.distinct, block.columns, strict=True):
            assert found is not None
            codes, texts = found
            assert texts[codes].tolist() == column.tolist()
            numbered.append((codes.tolist(), texts.tolist()))
        factorised.append(numbered)
    return reader, cells, factorised


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=st.lists(st.lists(CELLS, min_size=3, max_size=3), min_size=1, max_size=40),
    quote_all=st.booleans(),
    ending=st.sampled_from(["\n", "\r\n"]),
)
def test_each_column_is_its_distinct_values_numbered_in_the_order_first_seen(
    table: list[list[str]], quote_all: bool, ending: str
) -> None:
    output = io.StringIO()
    writer = (
        csv.writer(output, quoting=csv.QUOTE_ALL, lineterminator=ending)
        if quote_all
        else csv.writer(output, lineterminator=ending)
    )
    writer.writerows([["x", "y", "z"], *table])
    reader, cells, blocks = _blocks(output.getvalue().encode("utf-8"))
    assert reader.fast
    assert cells == [list(column) for column in zip(*table, strict=True)]
    for block in blocks:
        for codes, texts in block:
            assert len(set(texts)) == len(texts)
            assert sorted(set(codes), key=codes.index) == list(range(len(texts)))


def test_a_value_written_quoted_and_bare_is_one_value() -> None:
    data = b'x,y\n"abc",1\nabc,1\n"a""b",1\n"abcdefghijk",2\nabcdefghijk,2\n'
    _, cells, blocks = _blocks(data)
    assert cells[0] == ["abc", "abc", 'a"b', "abcdefghijk", "abcdefghijk"]
    codes, texts = blocks[0][0]
    assert texts == ["abc", 'a"b', "abcdefghijk"]
    assert codes == [0, 0, 1, 2, 2]


def test_long_values_differing_only_far_from_their_start_stay_apart() -> None:
    values = ["x" * 40 + tail for tail in ("a", "b", "", "a")] + ["x" * 41]
    data = ("v\n" + "\n".join(values) + "\n").encode()
    _, cells, blocks = _blocks(data)
    assert cells[0] == values
    codes, texts = blocks[0][0]
    assert texts == ["x" * 40 + "a", "x" * 40 + "b", "x" * 40, "x" * 41]
    assert codes == [0, 1, 2, 0, 3]


# Cells wider than the pieces kept (64 bytes), sharing long prefixes, among short ones.
LONG_CELLS = st.sampled_from(
    ["", "a", "p" * 64, "p" * 65, "p" * 64 + "q", "p" * 72, "p" * 200, "p" * 199 + "q",
     "é" * 40, "é" * 39 + "e"]
)  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(LONG_CELLS, min_size=1, max_size=40))
def test_long_values_are_numbered_by_their_whole_bytes(values: list[str]) -> None:
    _, cells, blocks = _blocks(("v\n" + "\n".join(values) + "\nfin\n").encode())
    assert cells[0] == [*values, "fin"]
    for block in blocks:  # blocks of 64 bytes: each one numbered on its own
        _, texts = block[0]
        assert len(set(texts)) == len(texts)  # equal bytes, one number; different, two


def test_one_long_cell_costs_its_own_bytes_not_a_pass_over_the_column_for_each_eight() -> None:
    # 200,000 bytes read eight at a time over 20,000 rows would be 500 million keys mixed
    # (tens of seconds); only the long cell's own pieces are.
    lines = [f"{number},court {number % 50}" for number in range(20_000)]
    data = "\n".join(["id,texte", *lines, "1," + "x" * 200_000, ""]).encode()
    reader = CsvRows(io.BytesIO(data))
    started = time.perf_counter()
    texts = [cell for block in reader.blocks(2) for cell in block.columns[1]]  # factorised
    assert time.perf_counter() - started < 3
    assert reader.fast
    assert texts[-1] == "x" * 200_000


@pytest.mark.parametrize("tail", ["", " " + "et encore" * 8], ids=["short", "long"])
def test_two_values_with_the_same_hash_are_numbered_on_their_texts(
    monkeypatch: pytest.MonkeyPatch, tail: str
) -> None:
    # A 64-bit collision between two real values cannot be built here: every long value gets
    # the same key, as if all collided, and the column must still come out right (values
    # short enough to keep their hashed pieces, and too long for that).
    hashed = byte_columns._hashed

    def same_key(*arguments: Any, **options: Any) -> tuple[np.ndarray, list[np.ndarray]]:
        keys, pieces = hashed(*arguments, **options)
        return np.zeros_like(keys), pieces

    monkeypatch.setattr(byte_columns, "_hashed", same_key)
    values = [f"premier long texte{tail}", f"second long texte{tail}", f"premier long texte{tail}"]
    reader, cells, blocks = _blocks(("v\n" + "\n".join(values) + "\n").encode())
    assert cells == [values]
    assert [block[0] for block in blocks] == [([0, 1, 0], values[:2])]
    assert reader.fast


def test_a_cell_that_is_not_utf8_is_refused_whatever_column_it_is_in() -> None:
    data = b"x,y\nabc,d\xe9f\n"
    with pytest.raises(UnicodeDecodeError):
        _blocks(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=st.lists(st.lists(CELLS, min_size=0, max_size=5), min_size=1, max_size=30))
def test_rows_shorter_or_longer_than_the_header_join_the_same_numbering(
    table: list[list[str]],
) -> None:
    output = io.StringIO()
    csv.writer(output, lineterminator="\n").writerows([["x", "y", "z"], *table])
    _, cells, blocks = _blocks(output.getvalue().encode("utf-8"))
    padded = [[*row[:3], *[""] * (3 - len(row))] for row in table]
    assert cells == [list(column) for column in zip(*padded, strict=True)]
    for block in blocks:
        for _, texts in block:
            assert len(set(texts)) == len(texts)
