"""The cell layer against frictionless 5: the same errors, cell for cell, for every type."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.core.validation.cells import check_column
from tests.unit.validation.reference import our_column, reference_column


def make(type_: str, form: str | None = None, **options: Any) -> SchemaField:
    constraints = FieldConstraints(**options.pop("constraints", {}))
    return SchemaField(name="col", type=type_, format=form, constraints=constraints, **options)


BOUNDS = {"minimum": 0, "maximum": 100}
FIELDS: dict[str, SchemaField] = {
    "string": make("string"),
    "string-constrained": make(
        "string",
        constraints={
            "required": True,
            "min_length": 2,
            "max_length": 5,
            "pattern": r"\d+",
            "enum": ("12", "123", "1", "123456", 5),
        },
    ),
    "string-siret": make("string", constraints={"pattern": r"^\d{14}$", "unique": True}),
    "email": make("string", "email"),
    "uri": make("string", "uri", constraints={"required": True}),
    "uuid": make("string", "uuid"),
    "binary": make("string", "binary"),
    "number": make("number", constraints={"unique": True}),
    "number-bounded": make("number", constraints={"required": True, **BOUNDS}),
    "number-bounded-float": make("number", constraints={"minimum": -180.5, "maximum": "180"}),
    "number-enum": make("number", constraints={"enum": (1, 2.5, "3")}),
    "number-fraction": make("number", constraints={"minimum": 0.01, "maximum": 1}),
    "number-float-fraction": make(
        "number",
        constraints={"minimum": 0.1, "enum": (0.1, 0.25, 1)},
        descriptor={"floatNumber": True},
    ),
    "number-all": make("number", constraints={"enum": (1, 5, 500), **BOUNDS}),
    "number-french": make("number", decimal_char=",", group_char=" "),
    "number-not-bare": make("number", bare_number=False, constraints={"minimum": 1}),
    "number-float": make(
        "number", constraints={"unique": True, **BOUNDS}, descriptor={"floatNumber": True}
    ),
    "integer": make("integer", constraints={"unique": True}),
    "integer-bounded": make("integer", constraints={"required": True, **BOUNDS}),
    "integer-enum": make("integer", constraints={"enum": (1, 2.0, "3")}),
    "integer-not-bare": make("integer", bare_number=False),
    "boolean": make("boolean", constraints={"unique": True}),
    "boolean-french": make(
        "boolean",
        true_values=("oui", "Oui", "1", "x"),
        false_values=("non", "0", "x"),
        constraints={"enum": (True,)},
    ),
    "date": make("date", constraints={"unique": True}),
    "date-bounded": make(
        "date", constraints={"minimum": "2000-01-01", "maximum": "2030-12-31", "required": True}
    ),
    "date-enum": make("date", constraints={"enum": ("2020-01-05", "2020-02-29")}),
    "date-iso-format": make("date", "%Y-%m-%d"),
    "date-year": make("date", "%Y", constraints={"unique": True}),
    "date-french": make("date", "%d/%m/%Y"),
    "date-any": make("date", "any"),
    "datetime": make("datetime", constraints={"unique": True}),
    "time": make("time"),
    "year": make("year", constraints={"minimum": 1900, "unique": True}),
    "yearmonth": make("yearmonth", constraints={"maximum": "2024-06", "unique": True}),
    "duration": make("duration"),
    "geopoint": make("geopoint"),
    "geopoint-array": make("geopoint", "array"),
    "geopoint-object": make("geopoint", "object"),
    "geojson": make("geojson", constraints={"required": True}),
    "array": make("array", constraints={"min_length": 1, "max_length": 2}),
    "array-item": make("array", array_item={"type": "string", "constraints": {"enum": ["a", "b"]}}),
    "array-item-integer": make("array", array_item={"type": "integer"}),
    "object": make("object", constraints={"max_length": 1}),
    "any": make("any", constraints={"enum": ("a", "1")}),
}

EDGE_CASES = [
    *("", " ", "NA", "N/A", "NaN", "nan", "-nan", "INF", "-INF", "Infinity", "inf", "1e3"),
    *("0", "00", "007", "+1", "-0", "1.0", "1.", ".5", "1,5", "1 000", "1_000", " 12 ", "12\t"),
    *("\u0661\u0662", "\uff11\uff12", "1.5e-3", "€12", "12%", "-12.5 €", "12,345.6", "abc"),
    *("x", "oui", "Non", "2\u00a0000", "\u00a012", "0.01", "0.010", "1e-2", "0.009", "0.1"),
    *("0.25", "0.250", "0.1000000000000000055511151231257827"),
    *("true", "True", "TRUE", "tRue", "false", "0.0", "2020", "0000", "9999", "10000", "-001"),
    *("2020-01-05", "2020-1-5", "2020-02-30", "2020-13-01", "2020-12-1", "05/01/2020"),
    *("2020-01-05T10:00:00", "2020-01-05T10:00:00Z", "2020-01-05 10:00:00+01:00", "10:00:00"),
    *("2020-06", "2020-13", " 2020 - 1 ", "P1D", "PT1H30M", "P1Y2M", "2.3, 48.8", "200, 10"),
    *("[2.3, 48.8]", '{"lon": 2.3, "lat": 48.8}', '{"type": "Point", "coordinates": [2, 4]}'),
    *("[]", '["a"]', '["a", "b", "c"]', "[1]", '["c"]', '{"a": 1}', "{}", "null", '"a"'),
    *("https://exemple.fr/a?b=c", "http://x", "mailto:a@b.fr", "www.exemple.fr", "ftp://x y"),
    *("a@b.fr", "a@b", "mairie@commune-exemple.fr", "a b@c.fr"),
    *("123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000", "QUJD"),
    *("12345678901234", "1234567890123", "12", "123", "123456", "5", "1", "a", "b"),
]
ALPHABET = '0123456789-+.,:/ TZeE[]{}"aN\u00a0\u0661\uff11'
cells_strategy = st.lists(
    st.one_of(
        st.sampled_from(EDGE_CASES),
        st.text(alphabet=ALPHABET, max_size=12),
        st.text(max_size=6),
        st.dates().map(str),
        st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
        st.integers(min_value=-(10**20), max_value=10**20).map(str),
    ),
    max_size=15,
)


@pytest.mark.parametrize("name", FIELDS)
def test_edge_cases_give_frictionless_errors(name: str) -> None:
    field = FIELDS[name]
    cells = [*EDGE_CASES, *EDGE_CASES[:20]]  # repeated values, as in a real column
    assert our_column(field, cells) == reference_column(field, cells)


@pytest.mark.parametrize("name", FIELDS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=cells_strategy)
def test_generated_cells_give_frictionless_errors(name: str, cells: list[str]) -> None:
    field = FIELDS[name]
    assert our_column(field, cells) == reference_column(field, cells)


@pytest.mark.parametrize("name", ["number-bounded", "integer", "string-constrained", "date"])
@given(cells=cells_strategy)
@settings(max_examples=40, deadline=None)
def test_schema_missing_values_give_frictionless_errors(name: str, cells: list[str]) -> None:
    missing_values = ("", "NA", "NaN", "N/A", "nan")
    field = FIELDS[name]
    assert our_column(field, cells, missing_values) == reference_column(
        field, cells, missing_values
    )


def test_missing_values_without_the_empty_string_make_it_a_value() -> None:
    field = FIELDS["integer-bounded"]
    cells = ["", "NA", "5", "x"]
    assert our_column(field, cells, ("NA",)) == reference_column(field, cells, ("NA",))


PLAIN_NUMBER_CELLS = st.lists(
    st.one_of(
        st.sampled_from(EDGE_CASES),
        st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
        st.text(alphabet="0123456789-.\n", max_size=6),
    ),
    max_size=30,
)


@pytest.mark.parametrize(
    "name", ["number", "number-float", "number-not-bare", "number-french", "number-bounded"]
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=PLAIN_NUMBER_CELLS)
def test_numbers_whose_values_are_not_wanted_get_the_same_verdicts(
    name: str, cells: list[str]
) -> None:
    # Amounts of a field neither unique nor in a key: plain decimals are found in one search
    # of the whole column, the other texts read one by one, and the verdicts do not change.
    field = FIELDS[name]
    for missing_values in [("",), ("", "NA", "nan")]:
        wanted = check_column(cells, field, missing_values)
        unwanted = check_column(cells, field, missing_values, keys_needed=False)
        assert (unwanted.missing == wanted.missing).all()
        assert (unwanted.type_error == wanted.type_error).all()
        assert unwanted.constraints.tolist() == wanted.constraints.tolist()
        assert (unwanted.constraint_error == wanted.constraint_error).all()
