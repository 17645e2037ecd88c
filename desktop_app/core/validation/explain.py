"""For each finding, the message code and the details that put it in the agent's words.

The core does not write sentences: it says which message fits (``finding-pattern``) and
with what (the value, the field, a valid example from the schema or built for it).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop_app.core.schemas.model import SchemaField, TableSchema
from desktop_app.core.validation.pattern_example import example_for_pattern
from desktop_app.core.validation.store import Finding

_TYPED_MESSAGES = frozenset(
    {"date", "datetime", "time", "year", "yearmonth", "integer", "number", "boolean", "string"}
)
_CONSTRAINT = re.compile(r'constraint "([A-Za-z]+)"')
_ROW = re.compile(r"position (\d+)")
_SAMPLE_DAY = dt.datetime(2024, 3, 15, 14, 30)
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", re.ASCII)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_CONSTRAINT_MESSAGES = {
    "required": "finding-required",
    "pattern": "finding-pattern",
    "enum": "finding-enum",
    "minLength": "finding-min-length",
    "maxLength": "finding-max-length",
    "minimum": "finding-minimum",
    "maximum": "finding-maximum",
}
_STRUCTURE_MESSAGES = {
    "blank-row": "finding-blank-row",
    "extra-cell": "finding-extra-cell",
    "missing-cell": "finding-missing-cell",
    "missing-label": "finding-missing-label",
    "extra-label": "finding-extra-label",
    "duplicate-label": "finding-duplicate-label",
    "incorrect-label": "finding-incorrect-label",
    "blank-label": "finding-blank-label",
}


def explain(finding: Finding, schema: TableSchema) -> tuple[str, dict[str, Any]]:
    """The message code for a finding, and its parameters."""
    field = _field(schema, finding.field)
    params: dict[str, Any] = {
        "value": finding.value or "",
        "field": finding.field or "",
        "example": example_value(field) if field is not None else "",
        "limit": finding.field_number or "",
        "allowed": _allowed(field) if field is not None else "",
    }
    code = finding.code
    if code == "type-error":
        kind = field.type if field is not None and field.type in _TYPED_MESSAGES else "other"
        if kind == "date" and is_impossible_date(finding.value or ""):
            return "finding-date-impossible", params
        return f"finding-type-{kind}", params
    if code == "constraint-error":
        match = _CONSTRAINT.search(finding.note)
        name = match.group(1) if match else "pattern"
        if field is not None and name in ("minLength", "maxLength", "minimum", "maximum"):
            attribute = {"minLength": "min_length", "maxLength": "max_length"}.get(name, name)
            params["limit"] = getattr(field.constraints, attribute)
        return _CONSTRAINT_MESSAGES.get(name, "finding-pattern"), params
    if code in ("unique-error", "primary-key"):
        match = _ROW.search(finding.note)
        params["row"] = int(match.group(1)) if match else ""
        if code == "primary-key":
            return ("finding-primary-key" if match else "finding-primary-key-empty"), params
        return "finding-unique", params
    if code == "duplicate-label" and finding.note == "position":
        # By position the twin is still checked, as the field at its place.
        return "finding-duplicate-label-position", params
    return _STRUCTURE_MESSAGES.get(code, "finding-type-other"), params


def is_impossible_date(text: str) -> bool:
    """Whether the text is written as a date but names a day that does not exist (31/09/2024).

    Day-first forms (15/03/2024, 15-03-2024, 15.03.2024) and ISO (2024-03-15) are read.
    """
    found = _DAY_FIRST.fullmatch(text.strip())
    if found is not None:
        day, month, year = (int(part) for part in found.groups())
    else:
        found = _ISO_DAY.fullmatch(text.strip())
        if found is None:
            return False
        year, month, day = (int(part) for part in found.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return True
    return False


def _field(schema: TableSchema, name: str | None) -> SchemaField | None:
    if name is None or name not in schema.field_names:
        return None
    return schema.field_named(name)


def example_value(field: SchemaField) -> str:
    """A valid value for the field: the schema's own example, or one built for its type."""
    if field.example:
        return field.example
    if field.constraints.enum:
        return str(field.constraints.enum[0])
    if field.constraints.pattern:
        return example_for_pattern(field.constraints.pattern) or ""
    form = (field.format or "").removeprefix("fmt:")
    built = {
        "date": _SAMPLE_DAY.strftime(form if "%" in form else "%Y-%m-%d"),
        "datetime": _SAMPLE_DAY.strftime(form if "%" in form else "%Y-%m-%dT%H:%M:%S"),
        "time": _SAMPLE_DAY.strftime(form if "%" in form else "%H:%M:%S"),
        "year": "2024",
        "yearmonth": "2024-03",
        "integer": "12",
        "number": "1234.5",
        "boolean": field.true_values[0] if field.true_values else "true",
    }
    return built.get(field.type, "")


def _allowed(field: SchemaField) -> str:
    if field.type == "boolean":
        return ", ".join([*field.true_values, *field.false_values])
    if field.constraints.enum:
        return ", ".join(str(value) for value in field.constraints.enum)
    return ""
