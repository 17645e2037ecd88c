"""Whole tables generated at random: the engine and frictionless must agree on every one."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path
from typing import Any

from frictionless import Dialect, Resource, Schema
from frictionless.formats import CsvControl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.schemas import parse_table_schema
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.cells import field_descriptor
from desktop_app.core.validation.engine import validate_csv
from desktop_app.core.validation.structure import HeaderMatching

SCHEMA = parse_table_schema(
    {
        "fields": [
            {"name": "id", "type": "integer", "constraints": {"required": True, "unique": True}},
            {"name": "jour", "type": "date"},
            {"name": "montant", "type": "number", "constraints": {"minimum": 0}},
            {"name": "nature", "constraints": {"enum": ["aide en nature", "aide en numéraire"]}},
            {"name": "ok", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
            {"name": "siret", "constraints": {"pattern": "^\\d{14}$"}},
        ],
        "primaryKey": ["id"],
        "missingValues": ["", "NA"],
    },
    name="generated",
    version="1",
)

CELLS = st.sampled_from(
    ["", "NA", "1", "2", "-3", "1.5", "abc", "2024-03-15", "15/03/2024", "2024-02-30", "oui",
     "non", "Oui", "aide en nature", "Aide en nature", "21380455200015", "2138045520001",
     " 1", "1e3", "0"]
)  # fmt: skip
LABELS = st.permutations(SCHEMA.field_names).flatmap(
    lambda names: st.sampled_from(
        [names, names[:-1], [*names, "autre"], [*names[:2], "", *names[2:]], names[:3]]
    )
)
# By position, twin labels are allowed (frictionless refuses them when matching by name).
POSITION_LABELS = st.one_of(
    LABELS,
    st.permutations(SCHEMA.field_names).map(lambda names: [*names[:4], names[0], *names[4:]]),
    st.lists(st.sampled_from([*SCHEMA.field_names, "", "autre"]), min_size=1, max_size=9),
)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=9), min_size=0, max_size=12)


# Free text read from the file's bytes (its empty cells told by their lengths, quoted or not)
# beside values that are read; the schema's usual missing value only.
FREE_SCHEMA = parse_table_schema(
    {
        "fields": [
            {"name": "nom", "constraints": {"required": True}},
            {"name": "objet"},
            {"name": "code", "constraints": {"pattern": "^[A-Z]{2}$"}},
            {"name": "montant", "type": "number", "constraints": {"required": True}},
        ],
    },
    name="free",
    version="1",
)
FREE_CELLS = st.sampled_from(["", " ", "AB", "ab", "Dupont", "1,5", '"', "12", "x" * 20, "é"])
FREE_LABELS = st.permutations(FREE_SCHEMA.field_names).flatmap(
    lambda names: st.sampled_from([names, names[:-1], [*names, "autre"]])
)


def _free_tables(labels: list[str]) -> st.SearchStrategy[tuple[list[str], list[list[str]]]]:
    # Rows as wide as the header are read from their bytes: most tables have only those.
    exact = st.lists(FREE_CELLS, min_size=len(labels), max_size=len(labels))
    ragged = st.lists(FREE_CELLS, min_size=0, max_size=6)
    rows = st.lists(st.one_of(exact, exact, exact, ragged), min_size=0, max_size=12)
    return st.tuples(st.just(labels), rows)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=FREE_LABELS.flatmap(_free_tables), quote_all=st.booleans())
def test_random_tables_of_free_text(
    table: tuple[list[str], list[list[str]]], quote_all: bool
) -> None:
    labels, rows = table
    ours = _ours(labels, rows, "name", FREE_SCHEMA, quote_all=quote_all)
    assert ours == _theirs(labels, rows, "name", FREE_SCHEMA, quote_all=quote_all)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels=LABELS, rows=ROWS)
def test_random_tables(labels: list[str], rows: list[list[str]]) -> None:
    assert _ours(labels, rows, "name") == _theirs(labels, rows, "name")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(labels=POSITION_LABELS, rows=ROWS)
def test_random_tables_matched_by_position(labels: list[str], rows: list[list[str]]) -> None:
    assert _ours(labels, rows, "position") == _theirs(labels, rows, "position")


def _ours(
    labels: list[str],
    rows: list[list[str]],
    matching: HeaderMatching,
    schema: TableSchema = SCHEMA,
    *,
    quote_all: bool = False,
) -> set[Any]:
    # Through a real CSV file, as the agent's files arrive: frictionless reads in-memory
    # tables whose first row is empty in a way no file can produce.
    with tempfile.TemporaryDirectory() as folder:
        path = _written(Path(folder), labels, rows, quote_all=quote_all)
        check = validate_csv(path, schema, header_matching=matching)
        assert check.header.matching == matching
        return check.findings.as_set()


def _theirs(
    labels: list[str],
    rows: list[list[str]],
    matching: HeaderMatching,
    schema: TableSchema = SCHEMA,
    *,
    quote_all: bool = False,
) -> set[Any]:
    with tempfile.TemporaryDirectory() as folder:
        path = _written(Path(folder), labels, rows, quote_all=quote_all)
        return _frictionless(path, matching, schema)


def _written(
    folder: Path, labels: list[str], rows: list[list[str]], *, quote_all: bool = False
) -> Path:
    path = folder / "t.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = (
            csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)
            if quote_all
            else csv.writer(handle, lineterminator="\n")
        )
        writer.writerows([list(labels), *rows])
    return path


def _frictionless(
    path: Path, matching: HeaderMatching, schema: TableSchema = SCHEMA
) -> set[tuple[Any, Any, str]]:
    descriptor: dict[str, Any] = {
        "fieldsMatch": "equal" if matching == "name" else "exact",
        "fields": [field_descriptor(field) for field in schema.fields],
        "missingValues": list(schema.missing_values),
        "primaryKey": list(schema.primary_key),
    }
    with path.open("rb") as handle:
        # The header is the first line: frictionless would otherwise guess it from the widths
        # of the first rows, and take a later one when the first data rows are short. Commas
        # as DataMairie reads them: frictionless would otherwise guess the dialect from a
        # sample, and a quoted cell followed by ", " there makes it skip every cell's
        # leading spaces (a known difference, docs/validation.md).
        resource = Resource(
            handle,
            format="csv",
            encoding="utf-8",
            dialect=Dialect(
                header_rows=[1],
                controls=[CsvControl(delimiter=",", skip_initial_space=False)],
            ),
            schema=Schema.from_descriptor(descriptor),
        )
        report = resource.validate(limit_errors=10**6)
    return {
        (getattr(error, "row_number", None), getattr(error, "field_name", None) or None, error.type)
        for error in report.tasks[0].errors
    }
