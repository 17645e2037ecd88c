"""The cell layer's findings: their shape, keys, notes, and the inputs a reader hands it."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.core.validation.cells import check_column, constraint_note, type_note
from tests.unit.validation.reference import our_column, reference_column

SIRET = SchemaField(name="siret", constraints=FieldConstraints(required=True, pattern=r"^\d{14}$"))
AMOUNT = SchemaField(name="montant", type="number", constraints=FieldConstraints(minimum=0))


def test_findings_are_aligned_with_the_cells() -> None:
    findings = check_column(["21750001600019", "", "2175", "21750001600019"], SIRET)

    assert findings.missing.tolist() == [False, True, False, False]
    assert findings.type_error.tolist() == [False] * 4
    assert findings.constraints.tolist() == [(), ("required",), ("pattern",), ()]
    assert findings.constraint_error.tolist() == [False, True, True, False]
    assert findings.keys.tolist() == ["21750001600019", None, "2175", "21750001600019"]


def test_every_broken_constraint_is_reported_in_frictionless_order() -> None:
    field = SchemaField(
        name="code",
        constraints=FieldConstraints(max_length=2, pattern=r"\d+", enum=("1", "22")),
    )

    findings = check_column(["abc"], field)

    assert findings.constraints.tolist() == [("maxLength", "pattern", "enum")]
    assert [constraint_note(field, name) for name in findings.constraints[0]] == [
        'constraint "maxLength" is "2"',
        'constraint "pattern" is "\\d+"',
        "constraint \"enum\" is \"['1', '22']\"",
    ]


def test_a_type_error_hides_the_constraints() -> None:
    findings = check_column(["-1", "abc"], AMOUNT)

    assert findings.type_error.tolist() == [False, True]
    assert findings.constraints.tolist() == [("minimum",), ()]
    assert findings.keys.tolist() == [Decimal("-1"), None]
    assert type_note(AMOUNT) == 'type is "number/default"'


def test_equal_numbers_share_a_key_and_nan_matches_nothing() -> None:
    findings = check_column(["1", "1.0", " 1e0 ", "NaN", "NaN"], AMOUNT)
    keys = findings.keys.tolist()

    assert keys[0] == keys[1] == keys[2]
    assert len({keys[0], keys[3], keys[4]}) == 3
    assert all(math.isnan(key) for key in keys[3:])


def test_cells_may_come_as_a_series_a_list_or_an_array_with_holes() -> None:
    cells = ["5", None, "x"]
    as_series = check_column(pd.Series(cells, dtype=object), AMOUNT)
    as_array = check_column(np.array(cells, dtype=object), AMOUNT)
    as_list = check_column(cells, AMOUNT)

    for findings in (as_series, as_array, as_list):
        assert findings.missing.tolist() == [False, True, False]
        assert findings.type_error.tolist() == [False, False, True]


def test_an_empty_column_has_empty_findings() -> None:
    findings = check_column([], SIRET)

    assert findings.missing.shape == findings.keys.shape == findings.constraints.shape == (0,)


def test_array_items_have_their_own_notes() -> None:
    field = SchemaField(
        name="publics",
        type="array",
        array_item={"type": "integer", "constraints": {"enum": [1]}},
    )

    findings = check_column(["[1, 2]", '["z"]', "[1]"], field)

    assert findings.type_error.tolist() == [False, True, False]
    assert findings.item_type_error.tolist() == [False, True, False]
    assert findings.constraints.tolist() == [("arrayItem.enum",), (), ()]
    assert constraint_note(field, "arrayItem.enum") == 'array item constraint "enum" is "[1]"'
    assert type_note(field, array_item=True) == 'array item type is "integer/default"'


def test_a_constraint_its_type_ignores_is_ignored() -> None:
    # frictionless refuses such a schema outright; the engine reports that, the cells still read.
    field = SchemaField(name="n", type="integer", constraints=FieldConstraints(pattern="x"))

    findings = check_column(["1", "a"], field)

    assert findings.constraints.tolist() == [(), ()]
    assert findings.type_error.tolist() == [False, True]


@pytest.mark.parametrize(
    ("field", "cells"),
    [
        (SchemaField(name="n", type="number", constraints=FieldConstraints(minimum=0)), ["sNaN"]),
        (
            SchemaField(
                name="d",
                type="datetime",
                constraints=FieldConstraints(minimum="2020-01-01T00:00:00Z"),
            ),
            ["2021-01-01T00:00:00"],
        ),
    ],
)
def test_where_frictionless_crashes_the_value_breaks_the_bound(
    field: SchemaField, cells: list[str]
) -> None:
    with pytest.raises(Exception):  # noqa: B017, PT011 - frictionless's own crash
        reference_column(field, cells)

    assert check_column(cells, field).constraints.tolist() == [("minimum",)]


URI = SchemaField(name="site", format="uri")


@settings(max_examples=300, deadline=None)
@given(
    cells=st.lists(
        st.one_of(
            st.text(alphabet="aZ09+.-:/?#@ é%", max_size=10),
            st.from_regex(r"[a-z][a-z0-9+.-]{0,5}:[^\n]{0,10}", fullmatch=True),
            st.text(max_size=8),
        ),
        max_size=10,
    )
)
def test_uris_are_told_apart_as_frictionless_does(cells: list[str]) -> None:
    assert our_column(URI, cells) == reference_column(URI, cells)
