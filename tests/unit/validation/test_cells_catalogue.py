"""Every field of every bundled schema, judged by the cell layer as frictionless judges it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.validation_tables import MAKERS, write_table
from desktop_app.core.schemas.model import SchemaField, TableSchema
from desktop_app.core.schemas.parse import is_table_schema_document, parse_table_schema
from desktop_app.core.validation.cells import check_column
from tests.unit.validation.reference import our_errors, reference_errors

SCHEMAS = Path(__file__).parents[3] / "resources" / "schemas" / "schemas"
# Values an agent's file may hold where the schema expects something else.
PROBES = (
    *("", " ", "x", "NA", "0", "-1", "1.5", "1,5", "+7", "2020-01-01", "2020-13-01"),
    *("15/10/2017", "2020", "2020-01-01T10:00:00Z", "oui", "Non", "true", "https://a.fr"),
    *("a@b.fr", "[]", '["a"]', "{}", "2.35, 48.85", "12345678901234"),
)


def _schemas() -> list[TableSchema]:
    schemas: list[TableSchema] = []
    for path in sorted(SCHEMAS.rglob("*.json")):
        descriptor = json.loads(path.read_text(encoding="utf-8-sig"))
        if is_table_schema_document(descriptor):
            schemas.append(parse_table_schema(descriptor, name=str(path.parent)))
    return schemas


def _probes(field: SchemaField) -> list[str]:
    example = field.example or ""
    variants = [example, f" {example}", example.upper(), example[:-1], example * 2]
    return [*variants, *PROBES]


CATALOGUE = _schemas()


def test_the_catalogue_is_bundled() -> None:
    assert len(CATALOGUE) >= 60


@pytest.mark.parametrize("schema", CATALOGUE, ids=lambda schema: schema.name.split("/", 3)[-1])
def test_catalogue_fields_give_frictionless_errors(schema: TableSchema) -> None:
    fields = list({field.name: field for field in schema.fields}.values())
    columns = [_probes(field) for field in fields]
    expected = reference_errors(fields, columns, schema.missing_values)
    for field, cells in zip(fields, columns, strict=True):
        findings = check_column(cells, field, schema.missing_values)
        assert our_errors(findings, field) == expected[field.name], field.name


@pytest.mark.parametrize("schema", CATALOGUE, ids=lambda schema: schema.name.split("/", 3)[-1])
def test_catalogue_examples_are_read_as_frictionless_reads_them(schema: TableSchema) -> None:
    fields = [field for field in schema.fields if field.example is not None]
    fields = list({field.name: field for field in fields}.values())
    columns = [[field.example or ""] for field in fields]
    expected = reference_errors(fields, columns, schema.missing_values)
    for field, cells in zip(fields, columns, strict=True):
        findings = check_column(cells, field, schema.missing_values)
        assert our_errors(findings, field) == expected[field.name], field.name


def test_supported_constraints_are_frictionless_own() -> None:
    from frictionless import system

    from desktop_app.core.validation.cells.constraints import SUPPORTED_CONSTRAINTS

    for kind, supported in SUPPORTED_CONSTRAINTS.items():
        assert list(supported) == list(system.select_field_class(kind).supported_constraints)


@pytest.mark.parametrize("schema", list(MAKERS))
def test_a_table_of_common_types_is_checked_without_importing_frictionless(
    tmp_path: Path, schema: str
) -> None:
    # frictionless costs a third of a second to import: `validate` must not pay it for a
    # table of strings, numbers (bounds written as decimals too), dates and e-mail addresses
    # (the délibérations, subventions and équipements schemas, checks included).
    path = tmp_path / "table.csv"
    write_table(path, schema, 20, error_rate=0.0)
    probe = (
        "import sys; from desktop_app.cli import main; "
        f"status = main(['validate', {str(path)!r}, '--schema', {schema!r}, "
        "'--json']); print('frictionless' in sys.modules, status, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.stderr.strip().splitlines()[-1] == "False 0", done.stderr
