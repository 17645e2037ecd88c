"""A file checked in two halves, on two processes, gives the very findings of one process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import SourceError
from desktop_app.core.schemas import parse_table_schema
from desktop_app.core.validation.engine import TableCheck, validate_csv
from desktop_app.core.validation.halves import SecondProcess, middle_record

SCHEMA = parse_table_schema(
    {
        "fields": [
            {"name": "id", "type": "integer", "constraints": {"required": True}},
            {"name": "code", "constraints": {"unique": True, "pattern": "C\\d+"}},
            {"name": "siret", "constraints": {"pattern": "^\\d{14}$"}},
            {"name": "total", "type": "integer"},
            {"name": "part", "type": "integer"},
            {"name": "reste", "type": "integer"},
        ],
        "primaryKey": ["id"],
        "custom_checks": [
            {"name": "french-siret-value", "params": {"column": "siret"}},
            {
                "name": "sum-columns-value",
                "params": {"column": "total", "columns": ["part", "reste"]},
            },
        ],
    },
    name="test/halves",
    version="1",
)
LABELS = "id,code,siret,total,part,reste"
# Every split starts its child at the middle of the file, whatever its size.
FORK = SecondProcess("fork", min_bytes=0)


def _line(number: int) -> str:
    # Repeats across the halves (ids and codes of the first rows come back at the end), SIRET
    # with a wrong key, sums that are wrong, now and then.
    identifier = number % 700
    siret = "21380455200015" if number % 7 else "21380455200016"
    total = "10" if number % 11 else "12"
    return f"{identifier},C{number % 650},{siret},{total},4,6"


def _table(path: Path, middle: list[str] | None = None, end: list[str] | None = None) -> Path:
    lines = [LABELS, *(_line(n) for n in range(1, 600)), *(middle or [])]
    lines += [*(_line(n) for n in range(600, 1200)), *(end or [])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _everything(check: TableCheck) -> tuple[Any, ...]:
    """All a check holds, in its order: rows, findings with their notes and values, the rest."""
    findings = [check.findings[index] for index in range(len(check.findings))]
    extras = sorted(
        (batch.code, batch.field, row, value)
        for batch in check.extra_findings
        for row, value in zip(batch.rows.tolist(), batch.values.tolist(), strict=True)
    )
    return check.rows, findings, extras, check.warnings, check.findings.counts_by_code()


@pytest.mark.parametrize(
    ("middle", "end"),
    [
        ([], []),
        # Rows that are blank, short or long, and quoted cells, in both halves.
        ([",,,,,", "5,C5", '"7","C7",x,1,2,3,9', '8,"C,8",,,,'], [",,,,,", "9,C9,,,,,,", "1"]),
    ],
)
def test_two_halves_find_what_one_process_finds(
    tmp_path: Path, middle: list[str], end: list[str]
) -> None:
    path = _table(tmp_path / "table.csv", middle, end)
    alone = validate_csv(path, SCHEMA)
    halves = validate_csv(path, SCHEMA, second_process=FORK)
    assert _everything(halves) == _everything(alone)
    # The repeats straddle the cut: the second half's notes name rows of the first.
    counts = alone.findings.counts_by_code()
    assert counts["unique-error"] > 500
    assert counts["primary-key"] > 400
    assert {batch.code for batch in alone.extra_findings} >= {"check-siret-key"}


def test_a_spawned_process_finds_the_same(tmp_path: Path) -> None:
    # Windows has no fork: the other process is a new interpreter that imports what it needs.
    path = _table(tmp_path / "table.csv", ['"5","C5",1,2,3,4'], [",,,,,"])
    spawned = validate_csv(path, SCHEMA, second_process=SecondProcess("spawn", min_bytes=0))
    assert _everything(spawned) == _everything(validate_csv(path, SCHEMA))


def test_unusual_quoting_in_the_first_half_is_read_by_one_process(tmp_path: Path) -> None:
    # A quote inside an unquoted cell: the csv module reads the first half, and goes on.
    path = _table(tmp_path / "table.csv", ['5,C5 "pouces",x,1,2,3'])
    halves = validate_csv(path, SCHEMA, second_process=FORK)
    assert _everything(halves) == _everything(validate_csv(path, SCHEMA))


def test_unusual_quoting_in_the_second_half_is_read_there_by_the_csv_module(
    tmp_path: Path,
) -> None:
    path = _table(tmp_path / "table.csv", end=['5,C5 "pouces",x,1,2,3', "6,C6\r7,C7"])
    halves = validate_csv(path, SCHEMA, second_process=FORK)
    assert _everything(halves) == _everything(validate_csv(path, SCHEMA))


def test_a_second_half_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = _table(tmp_path / "table.csv")
    path.write_bytes(path.read_bytes() + "9,C9,é,1,1,0\n".encode("latin-1"))
    with pytest.raises(SourceError) as raised:
        validate_csv(path, SCHEMA, second_process=FORK)
    assert raised.value.code == "csv-not-utf8"


def test_the_cut_is_never_inside_quotes(tmp_path: Path) -> None:
    cell = '"' + "a\n" * 30 + '"'
    path = tmp_path / "quoted.csv"
    path.write_bytes(f"x,y\n{cell},1\n{cell},2\n".encode())
    with path.open("rb") as raw:
        start = middle_record(raw, path.stat().st_size)
    assert start == len(f"x,y\n{cell},1\n".encode())
