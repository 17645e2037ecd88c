"""Small builders shared by the custom checks' tests: a schema with checks, a table of text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from desktop_app.core.schemas.model import CustomCheck, SchemaField, TableSchema
from desktop_app.core.validation.custom_checks import CustomCheckResult, run_custom_checks


def schema_with(
    checks: Sequence[tuple[str, Mapping[str, object]]],
    fields: Mapping[str, str] | None = None,
) -> TableSchema:
    """A schema whose fields have the given types and which declares the given checks."""
    return TableSchema(
        name="test/custom-checks",
        version="1.0.0",
        title="",
        description="",
        fields=tuple(SchemaField(name, kind) for name, kind in (fields or {}).items()),
        custom_checks=tuple(CustomCheck(name, params) for name, params in checks),
    )


def frame_of(**columns: Sequence[str]) -> pd.DataFrame:
    """A prepared table: text cells, "" for empty."""
    return pd.DataFrame({name: list(values) for name, values in columns.items()}, dtype=object)


def check(
    name: str,
    params: Mapping[str, object],
    frame: pd.DataFrame,
    fields: Mapping[str, str] | None = None,
) -> CustomCheckResult:
    """Run one check on a frame."""
    return run_custom_checks(frame, schema_with([(name, params)], fields))


def found(result: CustomCheckResult) -> list[tuple[int, str, str]]:
    """The findings as (row number, column, code), sorted, for compact assertions."""
    return sorted((item.row_number, item.field, item.code) for item in result.iter_findings())
