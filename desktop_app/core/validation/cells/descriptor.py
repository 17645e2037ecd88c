"""The field as frictionless sees it: the descriptor of a SchemaField, its quirks corrected.

The cell layer reads the rare types with frictionless's own readers and casts constraint
bounds with them; tests build their reference validation from the same descriptor, so that
both judge the field the schema's author meant (``contraints`` misspelt, ``required`` outside
the constraints…), not the one literally published.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.core.schemas.model import SchemaField

if TYPE_CHECKING:
    from frictionless import Field

# The formats frictionless knows for strings; it refuses a schema with any other.
_STRING_FORMATS = ("email", "uri", "binary", "uuid", "wkt")


def field_descriptor(field: SchemaField) -> dict[str, Any]:
    """The Table Schema descriptor of a field, with the constraints DataMairie read from it."""
    descriptor: dict[str, Any] = {"name": field.name, "type": field.type}
    if field.format:
        descriptor["format"] = field.format
    constraints = field.constraints
    values: dict[str, Any] = {
        "required": constraints.required or None,
        "minLength": constraints.min_length,
        "maxLength": constraints.max_length,
        "minimum": constraints.minimum,
        "maximum": constraints.maximum,
        "pattern": constraints.pattern,
        "enum": list(constraints.enum) if constraints.enum is not None else None,
        "unique": constraints.unique or None,
    }
    kept = {name: value for name, value in values.items() if value is not None}
    if kept:
        descriptor["constraints"] = kept
    if field.type == "boolean":
        descriptor["trueValues"] = list(field.true_values)
        descriptor["falseValues"] = list(field.false_values)
    if field.type in ("number", "integer") and not field.bare_number:
        descriptor["bareNumber"] = False
    if field.type == "number":
        if field.decimal_char != ".":
            descriptor["decimalChar"] = field.decimal_char
        if field.group_char:
            descriptor["groupChar"] = field.group_char
        if field.descriptor.get("floatNumber") is True:
            descriptor["floatNumber"] = True
    if field.type == "array" and field.array_item is not None:
        descriptor["arrayItem"] = dict(field.array_item)
    return descriptor


def reference_field(field: SchemaField, missing_values: Sequence[str]) -> Field:
    """The frictionless Field that reads this field's cells, with the schema's missing values.

    Built once per field and set of missing values: the engine asks again for every chunk.
    """
    key = json.dumps(field_descriptor(field), sort_keys=True, default=str)
    return _reference_field(key, tuple(missing_values))


@functools.lru_cache(maxsize=512)
def _reference_field(descriptor_json: str, missing_values: tuple[str, ...]) -> Field:
    # Imported here: a table of common types is checked without frictionless (0.3 s saved).
    from frictionless import Field, FrictionlessException

    descriptor = json.loads(descriptor_json)
    try:
        reference = Field.from_descriptor(descriptor)
    except FrictionlessException:
        # frictionless refuses the whole schema then (the engine says so); the cells are still
        # worth reading, with what of the field frictionless understands.
        reference = Field.from_descriptor(_understood_part(descriptor))
    reference.missing_values = list(missing_values)
    return reference


def _understood_part(descriptor: dict[str, Any]) -> dict[str, Any]:
    """The descriptor without the constraints its type ignores and an unknown string format."""
    from frictionless import system

    kind = system.select_field_class(descriptor["type"])
    supported = {*kind.supported_constraints, "unique"}
    understood = dict(descriptor)
    constraints = understood.pop("constraints", {})
    understood["constraints"] = {
        name: value for name, value in constraints.items() if name in supported
    }
    if descriptor["type"] == "string" and descriptor.get("format") not in _STRING_FORMATS:
        understood.pop("format", None)
    return understood
