"""Yes/no columns and values chosen from the schema's list."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import pandas as pd

from desktop_app.core.mapping.conversion import ColumnConversion, ConversionOptions, convert_column
from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.paths import resources_dir


def convert(
    texts: Sequence[str],
    field: SchemaField,
    typed: Sequence[Any] | None = None,
    options: ConversionOptions | None = None,
) -> ColumnConversion:
    values = None if typed is None else pd.Series(list(typed), dtype=object)
    return convert_column(pd.Series(list(texts), dtype=object), values, field, options=options)


def subventions_field(name: str) -> SchemaField:
    path = resources_dir() / "schemas/schemas/scdl/subventions/2.1.1/schema.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    raw = next(item for item in descriptor["fields"] if item["name"] == name)
    constraints = raw.get("constraints", {})
    enum = constraints.get("enum")
    return SchemaField(
        raw["name"],
        raw["type"],
        constraints=FieldConstraints(
            required=constraints.get("required", False),
            enum=tuple(enum) if enum else None,
        ),
        true_values=tuple(raw.get("trueValues", ("true",))),
        false_values=tuple(raw.get("falseValues", ("false",))),
    )


def test_notification_ue_gets_the_schemas_oui_and_non() -> None:
    field = subventions_field("notificationUE")
    assert field.true_values == ("oui",)
    texts = ["Oui", "Non", "O", "N", "VRAI", "FAUX", "1", "0", "yes", "no", "oui", "Faux", ""]
    result = convert(texts, field)
    assert list(result.output) == ["oui", "non"] * 6 + [""]
    assert result.changed == 11
    assert dict(result.counts_by_kind) == {"boolean-mapped": 11}
    assert result.detail["boolean_mode"] == "words"
    assert result.detail["true_words"] == ("1", "O", "Oui", "VRAI", "oui", "yes")
    assert result.detail["false_words"] == ("0", "FAUX", "Faux", "N", "Non", "no")


def test_default_boolean_words_are_true_and_false() -> None:
    result = convert(["Oui", "non", "Vrai"], SchemaField("actif", "boolean"))
    assert list(result.output) == ["true", "false", "true"]


def test_workbook_booleans() -> None:
    result = convert(["VRAI", "FAUX"], subventions_field("notificationUE"), typed=[True, False])
    assert list(result.output) == ["oui", "non"]


def test_a_column_of_ticks_means_empty_is_no() -> None:
    result = convert(["X", "", "x", " "], subventions_field("notificationUE"))
    assert list(result.output) == ["oui", "non", "oui", "non"]
    assert result.detail["boolean_mode"] == "ticks"
    assert dict(result.counts_by_kind) == {
        "boolean-mapped": 2,
        "boolean-empty-false": 2,
        "whitespace-trimmed": 1,
    }


def test_crosses_among_words_are_not_ticks() -> None:
    result = convert(["X", "", "Oui"], subventions_field("notificationUE"))
    assert list(result.output) == ["X", "", "oui"]
    assert result.detail["boolean_mode"] == "words"
    assert dict(result.failure_codes) == {"boolean-unknown": 1}


def test_unknown_words_are_left_as_they_were() -> None:
    result = convert(["Oui", "peut-être", "2"], subventions_field("notificationUE"))
    assert list(result.output) == ["oui", "peut-être", "2"]
    assert list(result.failures) == [1, 2]
    assert dict(result.failure_codes) == {"boolean-unknown": 2}


def test_the_agents_own_words() -> None:
    options = ConversionOptions(true_words=("Accordé",), false_words=("refusé", "0"))
    result = convert(
        ["accorde", "Refusé", "0", "Oui"], SchemaField("ok", "boolean"), options=options
    )
    assert list(result.output) == ["true", "false", "false", "true"]


def test_enum_values_found_whatever_their_case_and_accents() -> None:
    field = subventions_field("nature")
    texts = [
        "Aide en numeraire",
        "AIDE EN NATURE",
        "aide en nature",
        "Aide en numéraire ; aide en nature",
        "subvention",
    ]
    result = convert(texts, field)
    assert list(result.output) == [
        "aide en numéraire",
        "aide en nature",
        "aide en nature",
        "aide en numéraire;aide en nature",
        "subvention",
    ]
    assert dict(result.counts_by_kind) == {"enum-spelling": 2, "enum-case": 1}
    assert list(result.failures) == [4]
    assert dict(result.failure_codes) == {"enum-unknown": 1}
    assert result.examples["enum-case"] == (("AIDE EN NATURE", "aide en nature"),)


def test_an_enum_value_matching_two_allowed_values_is_not_chosen() -> None:
    field = SchemaField("sexe", constraints=FieldConstraints(enum=("M", "m.", "F")))
    result = convert(["M", "m", "f"], field)
    assert list(result.output) == ["M", "m", "F"]
    assert dict(result.failure_codes) == {"enum-ambiguous": 1}
