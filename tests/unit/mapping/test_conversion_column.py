"""A whole column converted: tidied text, counts, examples, failures, options, workbooks."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from desktop_app.core.mapping.conversion import (
    CHANGE_KINDS,
    FAILURE_CODES,
    ColumnConversion,
    ConversionOptions,
    convert_column,
)
from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.core.sources import read_table
from tests.builders import write_xlsx

TEXT = SchemaField("objet")


def convert(
    texts: Sequence[str],
    field: SchemaField = TEXT,
    typed: Sequence[Any] | None = None,
    options: ConversionOptions | None = None,
) -> ColumnConversion:
    values = None if typed is None else pd.Series(list(typed), dtype=object)
    return convert_column(pd.Series(list(texts), dtype=object), values, field, options=options)


def test_text_is_tidied_but_keeps_its_case_accents_and_single_spaces() -> None:
    texts = [
        "  Fête  de la musique ",
        "Ligne 1_x000D_\nLigne 2",
        "Ligne 1_x000A_Ligne 2",
        "a\r\nb",
        "Élu\u00a0: Maire",
        "\ufeffTitre",
        "ok",
    ]
    result = convert(texts)
    assert list(result.output) == [
        "Fête de la musique",
        "Ligne 1\nLigne 2",
        "Ligne 1\nLigne 2",
        "a\nb",
        "Élu\u00a0: Maire",
        "Titre",
        "ok",
    ]
    assert result.changed == 5
    assert dict(result.counts_by_kind) == {
        "whitespace-trimmed": 2,
        "whitespace-collapsed": 1,
        "excel-artefact-removed": 2,
        "line-breaks-normalised": 1,
    }
    assert result.detail["converter"] == "text"


def test_arrays_and_other_types_are_only_tidied() -> None:
    result = convert([" a;b ", "c, d"], SchemaField("liste", "array"))
    assert list(result.output) == ["a;b", "c, d"]
    assert result.detail["converter"] == "text"


def test_counts_are_by_row_and_examples_by_distinct_value() -> None:
    texts = ["15/03/2024"] * 3 + ["16/03/2024", "17/03/2024", "18/03/2024", "jamais", "jamais"]
    result = convert(texts, SchemaField("date", "date"))
    assert result.changed == 6
    assert dict(result.counts_by_kind) == {"date-reordered": 6}
    assert result.examples["date-reordered"] == (
        ("15/03/2024", "2024-03-15"),
        ("16/03/2024", "2024-03-16"),
        ("17/03/2024", "2024-03-17"),
    )
    assert list(result.failures) == [6, 7]
    assert result.failures.dtype == np.intp
    assert dict(result.failure_codes) == {"date-unparsable": 2}
    assert result.failure_examples == {"date-unparsable": ("jamais",)}


def test_the_output_keeps_the_source_index_and_name() -> None:
    texts = pd.Series(["1,5", "2"], index=[10, 20], name="Montant", dtype=object)
    result = convert_column(texts, None, SchemaField("montant", "number"))
    assert list(result.output.index) == [10, 20]
    assert result.output.name == "Montant"
    assert result.output.dtype == object
    # Failures are positions, not index labels.
    failed = convert_column(
        pd.Series(["x"], index=[5], dtype=object), None, SchemaField("n", "number")
    )
    assert list(failed.failures) == [0]


def test_an_empty_column() -> None:
    result = convert([], SchemaField("date", "date"))
    assert list(result.output) == []
    assert result.changed == 0
    assert result.failed == 0
    assert dict(result.counts_by_kind) == {}


def test_missing_texts_and_numbers_given_as_texts_are_read() -> None:
    texts = pd.Series([None, 12, "3"], dtype=object)
    result = convert_column(texts, None, SchemaField("n", "integer"))
    assert list(result.output) == ["", "12", "3"]


def test_values_must_match_the_texts() -> None:
    with pytest.raises(ValueError, match="2 values for 1 texts"):
        convert_column(pd.Series(["a"]), pd.Series([1, 2]), TEXT)


def test_same_text_with_different_typed_values_is_converted_apart() -> None:
    # A serial number typed as a number is a date; the same digits typed as text too.
    result = convert(
        ["45366", "45366", "VRAI"], SchemaField("date", "date"), [45366, "45366", True]
    )
    assert list(result.output) == ["2024-03-15", "2024-03-15", "VRAI"]
    assert dict(result.failure_codes) == {"date-unparsable": 1}


def test_a_refused_change_leaves_the_value_as_it_was() -> None:
    options = ConversionOptions(disabled=frozenset({"currency-removed"}))
    result = convert(["12 €", "1 234,5"], SchemaField("n", "number"), options=options)
    assert list(result.output) == ["12 €", "1234.5"]
    assert dict(result.failure_codes) == {"conversion-disabled": 1}
    assert list(result.failure_reasons) == ["conversion-disabled"]
    assert dict(result.counts_by_kind) == {"thousands-separator": 1, "decimal-comma": 1}


def test_options_round_trip_through_a_saved_mapping() -> None:
    options = ConversionOptions(
        date_order="month-first",
        decimal_char=",",
        true_words=("Accordé",),
        false_words=("Refusé",),
        disabled=frozenset({"enum-spelling", "boolean-mapped"}),
    )
    saved = json.loads(json.dumps(options.as_dict()))
    assert ConversionOptions.from_dict(saved) == options
    assert ConversionOptions().as_dict() == {}
    assert ConversionOptions.from_dict({"unknown": 1}) == ConversionOptions()


@pytest.mark.parametrize(
    "saved", [{"date_order": "yes"}, {"decimal_char": ";"}, {"true_words": "oui"}]
)
def test_options_refuse_what_no_version_writes(saved: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(saved))):
        ConversionOptions.from_dict(saved)


def test_every_reported_code_is_a_listed_code() -> None:
    columns = [
        (["15/03/2024", "mars 2024", "31/02/2024", "x", "45366"], SchemaField("d", "date")),
        (["1 234,5 €", "(1)", "1E+3", "12.5", "-"], SchemaField("n", "integer")),
        (["Oui", "peut-être"], SchemaField("b", "boolean")),
        (["A", "b"], SchemaField("e", constraints=FieldConstraints(enum=("a",)))),
        (["2,1E+13", "12 3"], SchemaField("s", constraints=FieldConstraints(pattern=r"^\d{14}$"))),
        ([" 100 ", "x"], SchemaField("c", constraints=FieldConstraints(pattern=r"^\d{5}$"))),
        (["9h", "x"], SchemaField("t", "time")),
    ]
    for texts, field in columns:
        result = convert(texts, field)
        assert set(result.counts_by_kind) <= CHANGE_KINDS
        assert set(result.examples) <= CHANGE_KINDS
        assert set(result.failure_codes) <= FAILURE_CODES
        assert all(isinstance(code, str) for code in result.failure_reasons)


def test_a_workbook_read_by_datamairie(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "subventions.xlsx",
        {
            "2024": [
                ["Date", "Montant", "UE", "SIRET", "Code postal"],
                [dt.datetime(2024, 3, 15), 1234.5, "Oui", 21350001800013, 1000],
                [dt.datetime(2024, 3, 16), 0.1 + 0.2, "Non", "213 500 018 00013", 35000],
                [dt.datetime(2024, 3, 17), 1500, "Oui", 21300000000000, 75001],
            ]
        },
    )
    table = read_table(path)
    assert table.values is not None

    def column(position: int, field: SchemaField) -> list[str]:
        assert table.values is not None
        converted = convert_column(table.text[position], table.values[position], field)
        return list(converted.output)

    assert column(0, SchemaField("dateConvention", "date")) == [
        "2024-03-15",
        "2024-03-16",
        "2024-03-17",
    ]
    assert column(1, SchemaField("montant", "number")) == ["1234.5", "0.3", "1500"]
    ue = SchemaField("notificationUE", "boolean", true_values=("oui",), false_values=("non",))
    assert column(2, ue) == ["oui", "non", "oui"]
    siret = SchemaField("idAttribuant", constraints=FieldConstraints(pattern=r"^\d{14}$"))
    assert column(3, siret) == ["21350001800013", "21350001800013", "21300000000000"]
    postcode = SchemaField("cp", constraints=FieldConstraints(pattern=r"^\d{5}$"))
    assert column(4, postcode) == ["01000", "35000", "75001"]
