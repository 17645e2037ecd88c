"""A million rows full of errors: findings stay a few bytes each, and each check about a second."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Mapping

import numpy as np
import pandas as pd
import pytest

from desktop_app.core.validation.custom_checks import CustomCheckResult, run_custom_checks
from tests.unit.validation.custom_checks_support import schema_with

ROWS = 1_000_000
# Generous against a slow CI machine; measured 0.1 to 1.3 s per check on a laptop-class CPU.
SECONDS_PER_CHECK = 6.0
FIELDS = {"A": "integer", "B": "integer", "C": "integer", "D1": "date", "D2": "date"}


@pytest.fixture(scope="module")
def big_frame() -> pd.DataFrame:
    generator = np.random.default_rng(2026)

    def pick(choices: list[str]) -> np.ndarray:
        return np.asarray(choices, dtype=object)[generator.integers(0, len(choices), ROWS)]

    days = pd.Timestamp("2020-01-01") + pd.to_timedelta(generator.integers(0, 2000, ROWS), "D")
    later = days + pd.to_timedelta(generator.integers(-5, 30, ROWS), "D")
    empty_half = np.where(generator.random(ROWS) < 0.5, "", "x").astype(object)
    return pd.DataFrame(
        {
            # A million different numbers, 99 in 100 with a wrong key (SIRET and SIREN keys).
            "S": [f"{value:014d}" for value in generator.integers(0, 10**14, ROWS)],
            "A": generator.integers(0, 100, ROWS).astype(str).astype(object),
            "B": generator.integers(0, 100, ROWS).astype(str).astype(object),
            "C": generator.integers(0, 100, ROWS).astype(str).astype(object),
            "D1": np.asarray(days.strftime("%Y-%m-%d"), dtype=object),
            "D2": np.asarray(later.strftime("%Y-%m-%d"), dtype=object),
            "Y": pick(["2023/2024", "2024", "2024/2023", "24"]),
            "M": pick(["Finances locales/Subventions", "Finances", "Urbanisme / PLU", "X/Y"]),
            "H": pick([f"Mo-Fr 08:00-{hour}:00" for hour in range(12, 20)] + ["lundi 9h"]),
            "T": pick([f"01 44 11 {n:02d} {m:02d}" for n in range(100) for m in range(3)] + ["12"]),
            "E": empty_half,
            "F": empty_half[::-1].copy(),
        },
        dtype=object,
    )


def _timed(frame: pd.DataFrame, name: str, params: Mapping[str, object]) -> CustomCheckResult:
    schema = schema_with([(name, params)], FIELDS)
    started = time.perf_counter()
    result = run_custom_checks(frame, schema)
    assert time.perf_counter() - started < SECONDS_PER_CHECK, name
    return result


@pytest.mark.parametrize(
    ("name", "params", "share"),
    [
        ("siret", {"column": "S"}, 0.99),
        ("compare-columns-value", {"column": "A", "op": ">=", "column2": "B"}, 0.49),
        ("compare-columns-value", {"column": "D2", "op": ">=", "column2": "D1"}, 0.14),
        ("sum-columns-value", {"column": "A", "columns": ["B", "C"]}, 0.98),
        ("cohesive-columns-value", {"column": "E", "othercolumns": ["F"]}, 0.5),
        ("one-of-required", {"column1": "E", "column2": "F"}, 0.25),
        ("year-interval-value", {"column": "Y", "allow-year-only": "yes"}, 0.5),
        ("nomenclature-acte", {"column": "M"}, 0.75),
        ("opening-hours-value", {"column": "H"}, 0.11),
        ("phone-number-value", {"column": "T"}, 1 / 301),
    ],
)
def test_a_million_rows(
    big_frame: pd.DataFrame, name: str, params: Mapping[str, object], share: float
) -> None:
    result = _timed(big_frame, name, params)
    assert result.error_count == pytest.approx(share * ROWS, rel=0.05)
    # Row number, cell and at most two details: 32 bytes per error, however many there are.
    assert result.nbytes <= 32 * result.error_count
    rows = result.rows_with_errors()
    assert rows.min() >= 2
    assert rows.max() <= ROWS + 1


def test_findings_do_not_become_python_objects(big_frame: pd.DataFrame) -> None:
    schema = schema_with([("cohesive-columns-value", {"column": "E", "othercolumns": ["F"]})])
    tracemalloc.start()
    try:
        result = run_custom_checks(big_frame, schema)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.error_count > 400_000
    # What the findings keep: row number, cell and details, 32 bytes per error at most. One
    # Python object per error would keep well over 100 MB.
    assert held <= 32 * result.error_count + 1_000_000
    # While checking, each column read is held once as distinct values and one code per row
    # (8 bytes a row): a few tens of megabytes for a million rows, whatever the error count.
    assert peak < 100_000_000
