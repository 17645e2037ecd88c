"""What the cell layer found in one column, and the notes frictionless writes for each finding."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.schemas.model import SchemaField

# Constraints broken by an item of an array (arrayItem) carry this prefix: "arrayItem.enum".
ITEM_PREFIX = "arrayItem."

# FieldConstraints attribute for each Table Schema constraint name.
_ATTRIBUTES = {
    "required": "required",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "pattern": "pattern",
    "enum": "enum",
}


@dataclass(frozen=True)
class CellFindings:
    """The verdicts on each cell of one column, aligned with the cells given.

    Attributes:
        missing: whether the cell is one of the schema's missing values.
        type_error: whether the cell cannot be read as the field's type and format (for an
            array with ``arrayItem``, also when one of its items cannot be read as the item's).
        item_type_error: whether that type error is an array item's (its note differs).
        constraints: per cell, the tuple of constraints broken, in the order frictionless
            reports them (one constraint-error each); ``()`` when none. An array item's
            constraints are named with ``ITEM_PREFIX``.
        keys: per cell, the value as read, hashable and comparing as frictionless compares
            values for unique and primary-key checks (``"1.0"`` and ``"1"`` are the same
            number); None when the cell is missing or a type error.
    """

    missing: NDArray[np.bool_]
    type_error: NDArray[np.bool_]
    item_type_error: NDArray[np.bool_]
    constraints: NDArray[np.object_]
    keys: NDArray[np.object_]
    # Worked out once per distinct value by check_column, so the engine need not loop.
    broken: NDArray[np.bool_] | None = None
    # The column's distinct texts and each cell's index among them, when check_column found
    # them: the schema's own checks then need not look for them again.
    distinct: tuple[NDArray[np.intp], NDArray[np.object_]] | None = None

    @property
    def constraint_error(self) -> NDArray[np.bool_]:
        """Whether each cell breaks at least one constraint."""
        if self.broken is not None:
            return self.broken
        return np.fromiter(
            (bool(broken) for broken in self.constraints), dtype=bool, count=len(self.constraints)
        )


def type_note(field: SchemaField, *, array_item: bool = False) -> str:
    """The note of a type-error, word for word as frictionless writes it.

    Args:
        field: the column's field.
        array_item: whether the error is an array item's (``item_type_error``).
    """
    if array_item and field.array_item is not None:
        item_type = field.array_item.get("type", "any")
        item_format = str(field.array_item.get("format", "default")).removeprefix("fmt:")
        return f'array item type is "{item_type}/{item_format}"'
    return f'type is "{field.type}/{field.format or "default"}"'


def constraint_note(field: SchemaField, name: str) -> str:
    """The note of a constraint-error, word for word as frictionless writes it.

    Args:
        field: the column's field.
        name: a constraint name from ``CellFindings.constraints`` ("pattern", "arrayItem.enum").
    """
    if name.startswith(ITEM_PREFIX):
        constraint = name.removeprefix(ITEM_PREFIX)
        item = field.array_item or {}
        raw = item.get("constraints")
        value = raw.get(constraint) if isinstance(raw, Mapping) else None
        return f'array item constraint "{constraint}" is "{value}"'
    return f'constraint "{name}" is "{_raw_value(field, name)}"'


def _raw_value(field: SchemaField, name: str) -> Any:
    value = getattr(field.constraints, _ATTRIBUTES[name])
    # The schema wrote a JSON list; frictionless prints it as a Python list.
    return list(value) if isinstance(value, tuple) else value
