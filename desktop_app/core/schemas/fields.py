"""Reading the fields of a published schema, each as its author obviously meant it.

Misplaced or misspelt keys are used anyway and remembered as quirks; the schema's reader
turns the quirks into notices once the whole schema is read.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from desktop_app.core.notices import Notice
from desktop_app.core.schemas.examples import example_parses
from desktop_app.core.schemas.model import FieldConstraints, SchemaField

KNOWN_TYPES = frozenset(
    {"string", "number", "integer", "boolean", "date", "datetime", "time", "year", "yearmonth"}
    | {"duration", "geopoint", "geojson", "array", "object", "any"}
)
# Keys that belong in "constraints" but that some authors write on the field itself.
CONSTRAINTS_OUTSIDE = ("required", "unique", "enum", "pattern", "minLength", "maxLength")
EXAMPLE_SPELLINGS = ("exemple", "examples")


@dataclass
class SchemaQuirks:
    """What was odd about one schema, gathered while reading it, told once at the end."""

    misspelt_constraints: list[str] = field(default_factory=list)
    constraints_outside: list[str] = field(default_factory=list)
    misspelt_example: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)


def read_fields(raw_fields: list[Any], quirks: SchemaQuirks) -> list[SchemaField]:
    """The schema's fields, in order; nameless ones are left out and counted."""
    fields: list[SchemaField] = []
    nameless = 0
    for raw in raw_fields:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str) or not raw["name"]:
            nameless += 1
            continue
        fields.append(_field(raw, quirks))
    if nameless:
        quirks.notices.append(Notice.of("schema-field-without-name", count=nameless))
    return fields


def _field(raw: Mapping[str, Any], quirks: SchemaQuirks) -> SchemaField:
    name: str = raw["name"]
    field_type = raw.get("type", "string")
    if field_type not in KNOWN_TYPES:
        quirks.notices.append(Notice.of("schema-unknown-type", field=name, type=str(field_type)))
        field_type = "string"
    form = raw.get("format")
    form = form.removeprefix("fmt:") if isinstance(form, str) and form != "default" else None
    true_values = _strings(raw.get("trueValues"))
    false_values = _strings(raw.get("falseValues"))
    array_item = raw.get("arrayItem")
    schema_field = SchemaField(
        name=name,
        type=field_type,
        format=form,
        title=text_of(raw.get("title")),
        description=text_of(raw.get("description")),
        example=_example(raw, quirks),
        constraints=_constraints(raw, quirks),
        true_values=true_values or SchemaField.true_values,
        false_values=false_values or SchemaField.false_values,
        decimal_char=_char(raw.get("decimalChar"), SchemaField.decimal_char),
        group_char=_char(raw.get("groupChar"), SchemaField.group_char, allow_empty=True),
        bare_number=raw["bareNumber"] if isinstance(raw.get("bareNumber"), bool) else True,
        array_item=MappingProxyType(dict(array_item)) if isinstance(array_item, Mapping) else None,
        descriptor=MappingProxyType(dict(raw)),
    )
    if not example_parses(schema_field):
        quirks.notices.append(
            Notice.of(
                "schema-example-unparsable",
                field=name,
                example=schema_field.example,
                type=field_type,
            )
        )
    return schema_field


def _constraints(raw: Mapping[str, Any], quirks: SchemaQuirks) -> FieldConstraints:
    name: str = raw["name"]
    merged: dict[str, Any] = {}
    if isinstance(raw.get("contraints"), Mapping):
        merged.update(raw["contraints"])
        quirks.misspelt_constraints.append(name)
    if isinstance(raw.get("constraints"), Mapping):
        merged.update(raw["constraints"])
    outside = [key for key in CONSTRAINTS_OUTSIDE if key in raw and key not in merged]
    if outside:
        merged.update({key: raw[key] for key in outside})
        quirks.constraints_outside.append(name)
    values: dict[str, Any] = {}
    for key, attribute, accepts in _CONSTRAINT_RULES:
        if key not in merged or merged[key] is None:
            continue
        value = accepts(merged[key])
        if value is None:
            quirks.notices.append(Notice.of("schema-invalid-constraint", field=name, key=key))
        else:
            values[attribute] = value
    return FieldConstraints(**values)


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _length(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return int(value) if value >= 0 and value == int(value) else None


def _bound(value: Any) -> Any:
    return value if isinstance(value, (int, float, str)) and not isinstance(value, bool) else None


def _pattern(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        re.compile(value)
    except re.error:
        return None
    return value


def _enum(value: Any) -> tuple[Any, ...] | None:
    return tuple(value) if isinstance(value, list) else None


_CONSTRAINT_RULES = (
    ("required", "required", _flag),
    ("unique", "unique", _flag),
    ("minLength", "min_length", _length),
    ("maxLength", "max_length", _length),
    ("minimum", "minimum", _bound),
    ("maximum", "maximum", _bound),
    ("pattern", "pattern", _pattern),
    ("enum", "enum", _enum),
)


def _example(raw: Mapping[str, Any], quirks: SchemaQuirks) -> str | None:
    value = raw.get("example")
    if value is None:
        spelling = next((key for key in EXAMPLE_SPELLINGS if raw.get(key) is not None), None)
        if spelling is None:
            return None
        quirks.misspelt_example.append(raw["name"])
        value = raw[spelling]
        if spelling == "examples" and isinstance(value, list):
            # "examples" is a list of examples, except that for an array field whose items
            # are plain values, the list is itself the example array.
            flat = raw.get("type") == "array" and not any(isinstance(v, list) for v in value)
            value = value if flat else (value[0] if value else None)
    return exampletext_of(value)


def exampletext_of(value: Any) -> str | None:
    """An example as the agent would type it in a cell: true, 12.5, ["a","b"]; None if empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def quirk_notices(quirks: SchemaQuirks) -> tuple[Notice, ...]:
    """The notices to tell about a schema's quirks, one per kind of slip for grouped ones."""
    grouped: list[Notice] = []
    if quirks.misspelt_constraints:
        names = quirks.misspelt_constraints
        grouped.append(Notice.of("schema-misspelt-constraints", names=names, count=len(names)))
    if quirks.constraints_outside:
        names = quirks.constraints_outside
        grouped.append(Notice.of("schema-constraints-outside", names=names, count=len(names)))
    if quirks.misspelt_example:
        names = quirks.misspelt_example
        grouped.append(Notice.of("schema-misspelt-example", names=names, count=len(names)))
    return (*grouped, *quirks.notices)


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(item) for item in value if isinstance(item, (str, int, float)))
    return ()


def _char(value: Any, default: str, *, allow_empty: bool = False) -> str:
    if isinstance(value, str) and (value or allow_empty):
        return value
    return default


def text_of(value: Any) -> str:
    """A descriptor's text value, trimmed; "" when absent or not text."""
    return value.strip() if isinstance(value, str) else ""
