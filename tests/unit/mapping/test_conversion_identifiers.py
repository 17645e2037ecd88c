"""SIRET and SIREN numbers, and codes whose leading zeros a spreadsheet dropped."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
import pytest

from desktop_app.core.mapping.conversion import ColumnConversion, convert_column
from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.paths import resources_dir

SIRET = SchemaField("COLL_SIRET", constraints=FieldConstraints(pattern=r"^\d{14}$"))
SIREN = SchemaField("siren", constraints=FieldConstraints(pattern=r"^\d{9}$"))
POSTCODE = SchemaField("code_postal", constraints=FieldConstraints(pattern=r"^\d{5}$"))


def convert(
    texts: Sequence[str], field: SchemaField, typed: Sequence[Any] | None = None
) -> ColumnConversion:
    values = None if typed is None else pd.Series(list(typed), dtype=object)
    return convert_column(pd.Series(list(texts), dtype=object), values, field)


def schema_field(schema: str, name: str) -> SchemaField:
    path = resources_dir() / "schemas/schemas/scdl" / schema / "schema.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    raw = next(item for item in descriptor["fields"] if item["name"] == name)
    pattern = raw.get("constraints", {}).get("pattern")
    return SchemaField(raw["name"], raw["type"], constraints=FieldConstraints(pattern=pattern))


def test_separators_inside_a_siret_go() -> None:
    field = schema_field("subventions/2.1.1", "idAttribuant")
    texts = ["213 500 018 00013", "213.500.018.00013", "213-500-018-00013", "21350001800013"]
    result = convert(texts, field)
    assert list(result.output) == ["21350001800013"] * 4
    assert result.changed == 3
    assert dict(result.counts_by_kind) == {"siret-spaces-removed": 3}
    assert result.detail["converter"] == "siret"


def test_a_siret_shown_in_scientific_notation_is_reported_not_repaired() -> None:
    result = convert(["2,13500E+13", "2.135E+13", "21350001800013"], SIRET)
    assert list(result.output) == ["2,13500E+13", "2.135E+13", "21350001800013"]
    assert list(result.failures) == [0, 1]
    assert dict(result.failure_codes) == {"siret-scientific-notation": 2}


def test_a_workbook_number_rounded_by_its_display_is_damaged() -> None:
    texts = ["21300000000000", "21350001800013"]
    result = convert(texts, SIRET, typed=[21300000000000, 21350001800013])
    assert list(result.output) == texts
    assert dict(result.failure_codes) == {"siret-scientific-notation": 1}


def test_a_siret_one_digit_short_is_not_padded() -> None:
    result = convert(["2135000180001", "0213500018000135"], SIRET, typed=[2135000180001, None])
    assert list(result.output) == ["2135000180001", "0213500018000135"]
    assert dict(result.failure_codes) == {"siret-wrong-length": 2}


def test_letters_in_a_siret_are_a_failure() -> None:
    result = convert(["2135O001800013", "inconnu"], SIRET)
    assert dict(result.failure_codes) == {"siret-invalid-characters": 2}


def test_siren_numbers() -> None:
    result = convert(["213 500 018", "21350001", "2,135E+8"], SIREN)
    assert list(result.output) == ["213500018", "21350001", "2,135E+8"]
    assert dict(result.counts_by_kind) == {"siren-spaces-removed": 1}
    assert dict(result.failure_codes) == {
        "siren-wrong-length": 1,
        "siren-scientific-notation": 1,
    }


def test_a_field_named_siret_without_pattern_is_a_siret() -> None:
    result = convert(["213 500 018 00013"], SchemaField("siret_beneficiaire"))
    assert list(result.output) == ["21350001800013"]


def test_a_postcode_gets_back_its_leading_zero() -> None:
    result = convert(["1000", "01000", "75001", "Bourg"], POSTCODE, typed=[1000, None, 75001, None])
    assert list(result.output) == ["01000", "01000", "75001", "Bourg"]
    assert dict(result.counts_by_kind) == {"leading-zeros-restored": 1}
    assert dict(result.failure_codes) == {"pattern-mismatch": 1}
    assert result.examples["leading-zeros-restored"] == (("1000", "01000"),)


def test_zeros_are_put_back_only_when_the_pattern_then_accepts_the_code() -> None:
    # A four-digit code is fine as it is, and six digits cannot lose a zero.
    four_digits = SchemaField("code", constraints=FieldConstraints(pattern=r"^\d{4,5}$"))
    assert list(convert(["1000"], four_digits).output) == ["1000"]
    result = convert(["123456", "12.5"], POSTCODE)
    assert list(result.output) == ["123456", "12.5"]
    assert dict(result.failure_codes) == {"pattern-mismatch": 2}


def test_insee_codes_of_the_prenoms_schema() -> None:
    field = schema_field("prenoms/1.1.6", "COLL_INSEE")
    result = convert(["1001", "35238", "2A004", "2B033", "35 238"], field)
    assert list(result.output) == ["01001", "35238", "2A004", "2B033", "35 238"]
    assert dict(result.counts_by_kind) == {"leading-zeros-restored": 1}
    assert dict(result.failure_codes) == {"pattern-mismatch": 1}


@pytest.mark.parametrize("pattern", ["^[A-Z(", "(?P<x"])
def test_a_pattern_python_cannot_read_is_left_to_validation(pattern: str) -> None:
    field = SchemaField("code", constraints=FieldConstraints(pattern=pattern))
    result = convert([" 1000 "], field)
    assert list(result.output) == ["1000"]
    assert result.failed == 0
    assert result.detail["converter"] == "text"
