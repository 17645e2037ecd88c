"""What frictionless 5 reports for a column of cells, and the same told from our findings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frictionless import Resource, Schema, errors

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells import (
    CellFindings,
    check_column,
    constraint_note,
    field_descriptor,
    type_note,
)

# A column always filled, so that a row whose cell is missing is not a blank row
# (frictionless reports a blank row instead of its cells' errors).
FILLER = "zz_filler_column"
CELL_ERRORS = ("type-error", "constraint-error", "unique-error")

Finding = tuple[int, str, str]  # (cell index, error type, note)


def reference_errors(
    fields: Sequence[SchemaField],
    columns: Sequence[Sequence[str]],
    missing_values: Sequence[str] = ("",),
) -> dict[str, list[Finding]]:
    """frictionless's cell errors per field, in its order, for columns of equal length."""
    descriptor: dict[str, Any] = {
        "fields": [*(field_descriptor(field) for field in fields), {"name": FILLER}],
        "missingValues": list(missing_values),
    }
    header = [*(field.name for field in fields), FILLER]
    rows = [[*cells, "x"] for cells in zip(*columns, strict=True)]
    resource = Resource([header, *rows], schema=Schema.from_descriptor(descriptor))
    report = resource.validate(limit_errors=10**7)
    assert not report.errors, report.errors
    found: dict[str, list[Finding]] = {field.name: [] for field in fields}
    for error in report.tasks[0].errors:
        assert isinstance(error, errors.CellError), (error.type, error.note)
        assert error.type in CELL_ERRORS, (error.type, error.note)
        found[error.field_name].append((error.row_number - 2, error.type, error.note))
    return found


def reference_column(
    field: SchemaField, cells: Sequence[str], missing_values: Sequence[str] = ("",)
) -> list[Finding]:
    """frictionless's cell errors for one column."""
    return reference_errors([field], [cells], missing_values)[field.name]


def our_errors(findings: CellFindings, field: SchemaField) -> list[Finding]:
    """Our findings told as frictionless tells them: type, constraints, then unique errors."""
    found: list[Finding] = []
    first_row: dict[Any, int] = {}
    for index, broken in enumerate(findings.constraints):
        if findings.type_error[index]:
            note = type_note(field, array_item=bool(findings.item_type_error[index]))
            found.append((index, "type-error", note))
        found.extend((index, "constraint-error", constraint_note(field, name)) for name in broken)
        key = findings.keys[index]
        if field.constraints.unique and key is not None:
            if key in first_row:
                note = f"the same as in the row at position {first_row[key]}"
                found.append((index, "unique-error", note))
            first_row[key] = index + 2
    return found


def our_column(
    field: SchemaField, cells: Sequence[str], missing_values: Sequence[str] = ("",)
) -> list[Finding]:
    """Our cell errors for one column."""
    return our_errors(check_column(cells, field, missing_values), field)
