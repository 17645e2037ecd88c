"""A column's verdicts are the same however its distinct values are found, or not found."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest

from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.core.validation.cells import check_column
from desktop_app.core.validation.distinct import among, factorize

AMOUNT = SchemaField(name="montant", type="number", constraints=FieldConstraints(required=True))
RNA = SchemaField(name="rna", constraints=FieldConstraints(pattern=r"^W\d{9}$", max_length=10))
UNIQUE = SchemaField(
    name="id", type="integer", constraints=FieldConstraints(unique=True, minimum=0)
)


def _verdicts(findings: object) -> dict[str, list[object]]:
    return {
        name: [_comparable(item) for item in getattr(findings, name).tolist()]
        for name in ("missing", "type_error", "item_type_error", "constraints", "keys")
    } | {"broken": findings.constraint_error.tolist()}  # type: ignore[attr-defined]


def _comparable(item: object) -> object:
    # Each NaN key is its own NaN: compared as a word.
    return "NaN" if isinstance(item, float | Decimal) and math.isnan(item) else item


def test_factorize_numbers_values_in_the_order_first_met() -> None:
    codes, texts = factorize(np.array(["b", "a", "b", "c", "a"], dtype=object))

    assert codes.tolist() == [0, 1, 0, 2, 1]
    assert texts.tolist() == ["b", "a", "c"]


def test_factorize_a_column_of_one_value_and_an_empty_one() -> None:
    codes, texts = factorize(np.array(["x"] * 5, dtype=object))
    assert codes.tolist() == [0] * 5
    assert texts.tolist() == ["x"]

    codes, texts = factorize(np.array([], dtype=object))
    assert codes.shape == texts.shape == (0,)


def test_among_finds_each_of_a_few_texts() -> None:
    values = np.array(["", "NA", "x", None, "n/a"], dtype=object)

    assert among(values, ["", "n/a"]).tolist() == [True, False, False, False, True]


@pytest.mark.parametrize("field", [AMOUNT, RNA, UNIQUE])
def test_a_column_handed_over_factorized_gets_the_same_verdicts(field: SchemaField) -> None:
    cells = np.array(
        ["W123456789", "", "12", "-3.75", "W12345678", "1e3", "NaN", "12", "", "x", "-1"],
        dtype=object,
    )
    codes, texts = factorize(cells)
    # A reader may mark an absent value with -1: an empty cell.
    codes = np.where(cells == "", -1, codes)

    given = check_column(cells, field, distinct=(codes, texts))
    found = check_column(cells, field)

    assert _verdicts(given) == _verdicts(found)
    assert given.distinct is not None


@pytest.mark.parametrize("field", [AMOUNT, RNA, UNIQUE])
def test_a_column_of_nearly_all_different_values_is_judged_cell_by_cell_alike(
    field: SchemaField,
) -> None:
    generator = np.random.default_rng(16)
    numbers = generator.integers(0, 10**9, 3000)
    cells = np.array([f"W{number:09d}" for number in numbers], dtype=object)
    cells[::7] = [f"{number / 100:.2f}" for number in numbers[::7]]
    cells[::50] = ""
    cells[::67] = "-5"
    cells[::71] = "W12"

    whole = check_column(cells, field)
    # Judged in small pieces, the column is factorized: the verdicts must be the same.
    pieces = [check_column(cells[start : start + 500], field) for start in range(0, 3000, 500)]

    assert whole.distinct is None  # judged cell by cell
    assert all(piece.distinct is not None for piece in pieces)
    expected = {
        name: [item for piece in pieces for item in _verdicts(piece)[name]]
        for name in _verdicts(whole)
    }
    assert _verdicts(whole) == expected
