"""Amounts and counts as town halls type them, written as the schema reads numbers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
import pytest

from desktop_app.core.mapping.conversion import (
    ColumnConversion,
    ConversionOptions,
    DecimalChar,
    Failure,
    convert_column,
)
from desktop_app.core.mapping.conversion.number_text import read_number_text
from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.paths import resources_dir

NUMBER = SchemaField("montant", "number")
INTEGER = SchemaField("VOTE_POUR", "integer")


def convert(
    texts: Sequence[str],
    field: SchemaField = NUMBER,
    typed: Sequence[Any] | None = None,
    options: ConversionOptions | None = None,
) -> ColumnConversion:
    values = None if typed is None else pd.Series(list(typed), dtype=object)
    return convert_column(pd.Series(list(texts), dtype=object), values, field, options=options)


def subventions_montant() -> SchemaField:
    path = resources_dir() / "schemas/schemas/scdl/subventions/2.1.1/schema.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    raw = next(item for item in descriptor["fields"] if item["name"] == "montant")
    return SchemaField(
        raw["name"], raw["type"], constraints=FieldConstraints(required=True), title=raw["title"]
    )


def test_french_amounts_of_the_subventions_schema() -> None:
    texts = ["1 234,50", "1\u00a0234,50", "1\u202f234,5", "12 €", "1 500 €", "0,75", "300"]
    result = convert(texts, subventions_montant())
    assert list(result.output) == ["1234.50", "1234.50", "1234.5", "12", "1500", "0.75", "300"]
    assert result.changed == 6
    assert dict(result.counts_by_kind) == {
        "thousands-separator": 4,
        "decimal-comma": 4,
        "currency-removed": 2,
    }
    assert result.detail["decimal_char"] == ","
    assert result.detail["decimal_basis"] == "values"


def test_points_grouping_thousands_in_a_french_column() -> None:
    result = convert(["1.234,50", "12.345.678", "2,5"])
    assert list(result.output) == ["1234.50", "12345678", "2.5"]
    assert result.detail["decimal_char"] == ","


def test_an_english_column_is_read_with_the_point() -> None:
    result = convert(["1,234.50", "12.5", "1,000"])
    assert list(result.output) == ["1234.50", "12.5", "1000"]
    assert result.detail["decimal_char"] == "."
    assert result.detail["decimal_basis"] == "values"
    assert dict(result.counts_by_kind) == {"thousands-separator": 2}


def test_a_column_where_no_value_tells_the_mark_is_read_the_french_way() -> None:
    result = convert(["1.234", "1,234", "12"])
    assert list(result.output) == ["1234", "1.234", "12"]
    assert result.detail["decimal_char"] == ","
    assert result.detail["decimal_basis"] == "default"


def test_the_agent_can_force_the_decimal_mark() -> None:
    result = convert(["1.234", "1,234"], options=ConversionOptions(decimal_char="."))
    assert list(result.output) == ["1.234", "1234"]
    assert result.detail["decimal_basis"] == "option"


def test_a_value_contradicting_the_column_mark_is_left_as_it_was() -> None:
    result = convert(["1 234,50", "0,5", "12.5"])
    assert result.detail["decimal_char"] == ","
    assert result.detail["decimal_basis"] == "conflicting-values"
    assert list(result.output) == ["1234.50", "0.5", "12.5"]
    assert list(result.failures) == [2]
    assert dict(result.failure_codes) == {"number-mixed-separators": 1}


def test_percentages_keep_their_number_and_lose_their_sign() -> None:
    result = convert(["12,5 %", "100%", "3"])
    assert list(result.output) == ["12.5", "100", "3"]
    assert dict(result.counts_by_kind) == {"percent-sign-removed": 2, "decimal-comma": 1}


def test_signs() -> None:
    result = convert(["-12", "\u221212,5", "+3", "- 4"])
    assert list(result.output) == ["-12", "-12.5", "3", "-4"]
    assert dict(result.counts_by_kind) == {
        "minus-sign-normalised": 1,
        "decimal-comma": 1,
        "plus-sign-removed": 1,
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("(1 200)", "number-accounting-negative"),
        ("2,43E+13", "number-scientific-notation"),
        ("1.5e3", "number-scientific-notation"),
        ("douze", "number-unparsable"),
        ("12 34", "number-unparsable"),
        ("12-", "number-unparsable"),
        ("€", "number-unparsable"),
    ],
)
def test_numbers_that_are_not_converted(text: str, code: str) -> None:
    result = convert([text, "1,5"])
    assert list(result.output) == [text, "1.5"]
    assert list(result.failures) == [0]
    assert dict(result.failure_codes) == {code: 1}


def test_typed_workbook_numbers_lose_their_float_noise() -> None:
    result = convert(["0,3", "1234,5", "12", "1E-07"], typed=[0.1 + 0.2, 1234.5, 12, 1e-7])
    assert list(result.output) == ["0.3", "1234.5", "12", "0.0000001"]
    assert result.counts_by_kind["decimal-comma"] == 2


def test_typed_values_that_are_not_numbers_are_failures() -> None:
    result = convert(["VRAI", "15/03/2024"], typed=[True, None])
    assert list(result.output) == ["VRAI", "15/03/2024"]
    assert dict(result.failure_codes) == {"number-unparsable": 2}


def test_a_decimal_comma_schema_gets_commas() -> None:
    french = SchemaField("taux", "number", decimal_char=",")
    result = convert(["12,5", "1 000,25", "3"], french)
    assert list(result.output) == ["12,5", "1000,25", "3"]
    assert dict(result.counts_by_kind) == {"thousands-separator": 1}


def test_integers_lose_zero_decimals_and_their_grouping() -> None:
    result = convert(["12,0", "12", "1 000", "1.000", "7,00"], INTEGER)
    assert list(result.output) == ["12", "12", "1000", "1000", "7"]
    assert dict(result.counts_by_kind) == {"decimal-zeros-removed": 2, "thousands-separator": 2}


def test_an_integer_with_decimals_is_a_failure() -> None:
    result = convert(["12.5", "3"], INTEGER)
    assert list(result.output) == ["12.5", "3"]
    assert dict(result.failure_codes) == {"integer-has-decimals": 1}


def test_a_typed_decimal_number_is_no_integer() -> None:
    result = convert(["12,5", "12"], INTEGER, typed=[12.5, 12])
    assert list(result.output) == ["12,5", "12"]
    assert dict(result.failure_codes) == {"integer-has-decimals": 1}


@pytest.mark.parametrize(
    "text",
    [
        "1234,5",
        "-1234,5",
        "1 234,5",
        "1 234 567,25",
        "12.345,5",
        "0,125",
        "007",
        "1,234",
        "1.234",
        "12 34",
        "1234 567",
        "01 234",
        "1,2,3",
        "1'234,5",
        "1’234",
        "٣",
        "12,",
        ",5",
        "-",
    ],
)
@pytest.mark.parametrize("decimal", [",", "."])
@pytest.mark.parametrize("integer", [False, True])
def test_bulk_reading_agrees_with_the_value_by_value_reading(
    text: str, decimal: str, integer: bool
) -> None:
    # Many values are read in bulk; the result must be the reference reading's.
    field = INTEGER if integer else NUMBER
    mark: DecimalChar = "," if decimal == "," else "."
    converted = convert([text], field, options=ConversionOptions(decimal_char=mark))
    reference = read_number_text(text, mark, integer, ".")
    if isinstance(reference, Failure):
        assert list(converted.output) == [text]
        assert dict(converted.failure_codes) == {reference.value: 1}
    else:
        output, kinds = reference
        assert list(converted.output) == [output]
        assert converted.failed == 0
        assert set(converted.counts_by_kind) == {str(kind) for kind in kinds}
