"""The engine finds exactly what frictionless finds: same rows, fields and codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from frictionless import Dialect, Resource, Schema

from desktop_app.core.schemas import SchemaCatalogue, parse_table_schema
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.cells import field_descriptor
from desktop_app.core.validation.engine import validate_csv, validate_rows
from desktop_app.core.validation.structure import HeaderMatching
from desktop_app.paths import resources_dir

Triple = tuple[int | None, str | None, str]


def frictionless_findings(
    schema: TableSchema, rows: list[list[str]], matching: HeaderMatching = "name"
) -> set[Triple]:
    """What frictionless 5 reports, columns matched by name ("fieldsMatch": "equal") or by
    position ("exact", its default)."""
    descriptor: dict[str, Any] = {
        "fieldsMatch": "equal" if matching == "name" else "exact",
        "fields": [field_descriptor(field) for field in schema.fields],
        "missingValues": list(schema.missing_values),
    }
    if schema.primary_key:
        descriptor["primaryKey"] = list(schema.primary_key)
    resource = Resource(
        rows, dialect=Dialect(header_rows=[1]), schema=Schema.from_descriptor(descriptor)
    )
    report = resource.validate(limit_errors=10**6)
    return {
        (getattr(error, "row_number", None), getattr(error, "field_name", None) or None, error.type)
        for error in report.tasks[0].errors
    }


def ours(
    schema: TableSchema, rows: list[list[str]], matching: HeaderMatching = "name"
) -> set[Triple]:
    return validate_rows(rows[0], rows[1:], schema, matching).findings.as_set()


SCHEMA = parse_table_schema(
    {
        "fields": [
            {"name": "a", "type": "string", "constraints": {"required": True}},
            {"name": "b", "type": "integer", "constraints": {"unique": True, "minimum": 0}},
            {"name": "c", "type": "date"},
        ],
        "primaryKey": ["a"],
    },
    name="test",
    version="1",
)

CASES = {
    "cells, blank rows, extra and missing cells, unique and key": [
        ["a", "b", "c"],
        ["x", "1", "2024-01-01"],
        ["", "x", "2024-13-01"],
        ["", "", ""],
        ["y", "1", "bad", "extra"],
        ["z"],
        [],
        ["w", "-2", "2024-01-01"],
    ],
    "columns in another order, one unknown, one missing": [
        ["b", "a", "d"],
        ["1", "x", "q"],
        ["2", "", "r"],
    ],
    "an empty label": [["a", "", "b", "c"], ["1", "2", "3", "2024-01-01"]],
    "repeated keys": [["a", "b", "c"], ["x", "1", ""], ["x", "2", ""], ["x", "1", ""]],
    "only the header": [["a", "b", "c"]],
    "titles and fields differ in order and number": [
        ["c", "a", "x", "b"],
        ["2024-01-01", "x", "q", "1"],
        ["", "", "", ""],
        ["", "", "", "", "extra"],
        ["1", "", "r"],
    ],
    "fewer titles than fields, rows longer than the titles": [
        ["a", "b"],
        ["x", "1", "2024-01-01"],
        ["", "", "z"],
        ["", ""],
    ],
}
# Twin labels: frictionless refuses the whole file when it matches by name.
POSITION_CASES = {
    **CASES,
    "twin and blank labels": [["a", "a", "", "b"], ["x", "1", "2", "3"], ["", "", "", "x"]],
}


@pytest.mark.parametrize("name", CASES)
def test_same_findings_as_frictionless(name: str) -> None:
    rows = CASES[name]
    assert ours(SCHEMA, rows) == frictionless_findings(SCHEMA, rows)


@pytest.mark.parametrize("name", POSITION_CASES)
def test_same_findings_as_frictionless_matching_by_position(name: str) -> None:
    rows = POSITION_CASES[name]
    assert ours(SCHEMA, rows, "position") == frictionless_findings(SCHEMA, rows, "position")


def test_labels_in_another_order_by_position_are_incorrect_labels() -> None:
    rows = [["b", "a", "c"], ["1", "x", "2024-01-01"]]
    by_position = ours(SCHEMA, rows, "position")
    assert (None, "a", "incorrect-label") in by_position
    assert (None, "b", "incorrect-label") in by_position
    assert (2, "b", "type-error") in by_position  # "x" is read as the integer field b
    assert ours(SCHEMA, rows, "name") == set()


def test_composite_key_with_empty_and_unreadable_parts() -> None:
    schema = parse_table_schema(
        {"fields": [{"name": "a"}, {"name": "b", "type": "integer"}], "primaryKey": ["a", "b"]},
        name="t",
        version="1",
    )
    rows = [["a", "b"], ["x", "1"], ["", "1"], ["", ""], ["x", ""], ["x", "z"], ["x", "1"], []]
    assert ours(schema, rows) == frictionless_findings(schema, rows)


def test_missing_values_of_the_schema_make_blank_rows() -> None:
    schema = parse_table_schema(
        {
            "fields": [{"name": "a", "constraints": {"required": True}}, {"name": "b"}],
            "missingValues": ["", "NA"],
        },
        name="t",
        version="1",
    )
    rows = [["a", "b"], ["NA", "NA"], ["x", "NA"], ["NA", "y"]]
    assert ours(schema, rows) == frictionless_findings(schema, rows)


@pytest.fixture(scope="module")
def catalogue() -> SchemaCatalogue:
    return SchemaCatalogue(resources_dir() / "schemas")


def _example_rows(schema: TableSchema) -> list[list[str]]:
    header = schema.field_names
    example = [field.example or "" for field in schema.fields]
    broken = ["x" * 300 if index % 2 else "" for index in range(len(header))]
    shuffled = list(reversed(example))
    return [header, example, example, broken, shuffled, []]


def test_every_catalogue_schema_on_its_examples_and_broken_rows(
    catalogue: SchemaCatalogue,
) -> None:
    compared, refused = 0, []
    for entry in catalogue.table_schema_entries():
        schema = catalogue.get(entry.name)
        rows = _example_rows(schema)
        # By name, and by position with the titles in reverse order and one dropped.
        shuffled = [list(reversed(rows[0]))[1:], *rows[1:]]
        runs: list[tuple[HeaderMatching, list[list[str]]]] = [
            ("name", rows),
            ("name", shuffled),
            ("position", shuffled),
        ]
        for matching, table in runs:
            expected = _frictionless_or_none(schema, table, matching)
            if expected is None:
                refused.append(entry.name)
            else:
                assert ours(schema, table, matching) == expected, (entry.name, matching)
                compared += 1
    assert compared >= 150, refused


def _frictionless_or_none(
    schema: TableSchema, rows: list[list[str]], matching: HeaderMatching
) -> set[Triple] | None:
    try:
        return frictionless_findings(schema, rows, matching)
    except Exception:  # noqa: BLE001 - frictionless refuses a few catalogue schemas outright
        return None


def test_a_csv_file_with_ragged_lines(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b,c\nx,1,2024-01-01,extra,more\ny\n\n,,\nz,-1,\n", encoding="utf-8")
    rows = [
        ["a", "b", "c"],
        ["x", "1", "2024-01-01", "extra", "more"],
        ["y"],
        [],
        ["", "", ""],
        ["z", "-1", ""],
    ]

    check = validate_csv(path, SCHEMA)

    assert check.rows == 5
    assert check.findings.as_set() == frictionless_findings(SCHEMA, rows)
    assert check.findings.counts_by_code()["blank-row"] == 2


def test_a_million_findings_are_kept_compactly(tmp_path: Path) -> None:
    path = tmp_path / "faux.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("a,b,c\n")
        handle.writelines(f"x{n},moins,15/03/2024\n" for n in range(500_000))

    findings = validate_csv(path, SCHEMA).findings

    assert len(findings) == 1_000_000
    assert findings.counts_by_field() == {"b": 500_000, "c": 500_000}
    assert findings.rows.nbytes + findings.codes.nbytes + findings.notes.nbytes <= 24_000_000
    first = next(findings.first(1))
    assert (first.row, first.field, first.code, first.value) == (2, "b", "type-error", "moins")
