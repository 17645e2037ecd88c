"""A column joined into one text tells each cell's start, length and first characters."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.core.sources.column_lines import column_lines


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param(["Total", "", "12", "Sous-total 6"], id="ascii"),
        pytest.param(["Reçu", "", "é", "Somme à payer"], id="latin-1"),
        pytest.param(["l’école", "", "€", "Œuvre 𝄞"], id="beyond latin-1"),
    ],
)
def test_each_cell_reads_back_from_the_joined_text(cells: list[str]) -> None:
    lines = column_lines(np.array(cells, dtype=object), padding=5)

    assert lines is not None
    assert lines.cell_by_line
    assert lines.lengths.tolist() == [len(cell) for cell in cells]
    heads = lines.heads(np.arange(len(cells)), 5)
    assert ["".join(chr(code) for code in head if code) for head in heads] == [
        cell[:5] for cell in cells
    ]
    assert lines.first_codes(np.arange(len(cells))).tolist() == [
        ord(cell[0]) if cell else 0 for cell in cells
    ]


def test_a_cell_on_two_lines_keeps_only_questions_about_the_whole_text() -> None:
    lines = column_lines(np.array(["12", "Reçu le\n12/03", "E"], dtype=object), padding=3)

    assert lines is not None
    assert not lines.cell_by_line
    assert "E" in lines.joined
    with pytest.raises(ValueError, match="line break"):
        _ = lines.starts


@pytest.mark.parametrize(
    "cells",
    [
        pytest.param([], id="no cell"),
        pytest.param(["x" * 40] * 10, id="long texts"),
        pytest.param(["12", 3.5], id="a cell that is not text"),
    ],
)
def test_columns_not_worth_joining_are_left_to_the_caller(cells: list[object]) -> None:
    assert column_lines(np.array(cells, dtype=object), padding=5) is None


def test_heads_are_never_read_past_the_padding() -> None:
    lines = column_lines(np.array(["Total"], dtype=object), padding=5)

    assert lines is not None
    with pytest.raises(ValueError, match="padded"):
        lines.heads(np.arange(1), 6)
