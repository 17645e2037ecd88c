"""What the cell layer found in one column, and the notes frictionless writes for each finding."""

from __future__ import annotations

import functools
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


@dataclass(frozen=True, eq=False)
class DistinctVerdicts:
    """The verdicts on each distinct value of a column, as `CellFindings` maps them to cells.

    Attributes:
        missing: whether the value is one of the schema's missing values.
        type_error: whether it cannot be read as the field's type and format (or, for an
            array with ``arrayItem``, one of its items as the item's).
        item_type_error: whether that type error is an array item's (its note differs).
        constraint_sets: per value, an index into ``sets``, the tuple of constraints it
            breaks in frictionless's order (index 0: none).
        sets: the tuples of constraints broken, by index; ``sets[0]`` is ``()``.
        keys: the values as read, for unique and primary-key checks (None where missing or
            unreadable); None when not wanted.
        nan: which keys are NaN (None: none is).
    """

    missing: NDArray[np.bool_]
    type_error: NDArray[np.bool_]
    item_type_error: NDArray[np.bool_]
    constraint_sets: NDArray[np.intp]
    sets: Mapping[int, tuple[str, ...]]
    keys: NDArray[np.object_] | None = None
    nan: NDArray[np.bool_] | None = None

    @property
    def broken(self) -> NDArray[np.bool_]:
        """Whether each value breaks at least one constraint."""
        return np.asarray(self.constraint_sets != 0, dtype=bool)

    @property
    def faulty(self) -> NDArray[np.bool_]:
        """Whether each value gets any finding (a type error or a broken constraint)."""
        return np.asarray(self.type_error | (self.constraint_sets != 0), dtype=bool)


@dataclass(frozen=True, eq=False)
class CellFindings:
    """The verdicts on each cell of one column, aligned with the cells given.

    They are worked out once per distinct value (``verdicts``) and mapped to the cells only
    when asked: a column without any problem costs no array per cell.

    Attributes:
        verdicts: the verdicts on the column's distinct values.
        codes: each cell's index among them; None when there is one verdict per cell.
        texts: the distinct texts, when the column was factorized (``codes`` not None).
    """

    verdicts: DistinctVerdicts
    codes: NDArray[np.intp] | None = None
    texts: NDArray[np.object_] | None = None

    def per_cell(self, per_value: NDArray[Any]) -> NDArray[Any]:
        """A per-value array of ``verdicts`` as a per-cell one."""
        return per_value if self.codes is None else per_value[self.codes]

    @functools.cached_property
    def missing(self) -> NDArray[np.bool_]:
        """Whether the cell is one of the schema's missing values."""
        return self.per_cell(self.verdicts.missing)

    @functools.cached_property
    def type_error(self) -> NDArray[np.bool_]:
        """Whether the cell cannot be read as the field's type and format.

        For an array with ``arrayItem``, also when one of its items cannot be read as the item's.
        """
        return self.per_cell(self.verdicts.type_error)

    @functools.cached_property
    def item_type_error(self) -> NDArray[np.bool_]:
        """Whether that type error is an array item's (its note differs)."""
        return self.per_cell(self.verdicts.item_type_error)

    @functools.cached_property
    def constraint_error(self) -> NDArray[np.bool_]:
        """Whether each cell breaks at least one constraint."""
        return self.per_cell(self.verdicts.broken)

    @functools.cached_property
    def constraints(self) -> NDArray[np.object_]:
        """Per cell, the tuple of constraints broken, in the order frictionless reports them.

        One constraint-error each; ``()`` when none. An array item's constraints are named
        with ``ITEM_PREFIX``.
        """
        verdicts = self.verdicts
        per_value = np.empty(len(verdicts.constraint_sets), dtype=object)
        per_value.fill(())
        for index, names in verdicts.sets.items():
            if index:
                # Item by item: a tuple assigned to a slice would be spread over it.
                for position in np.flatnonzero(verdicts.constraint_sets == index).tolist():
                    per_value[position] = names
        return self.per_cell(per_value)

    @functools.cached_property
    def keys(self) -> NDArray[np.object_]:
        """Per cell, the value as read, for unique and primary-key checks.

        Hashable and comparing as frictionless compares values (``"1.0"`` and ``"1"`` are the
        same number); None when the cell is missing or a type error (or when the keys were
        not wanted).
        """
        verdicts = self.verdicts
        if verdicts.keys is None:
            return np.full(len(self.missing), None, dtype=object)
        keys = self.per_cell(verdicts.keys)
        if verdicts.nan is not None and verdicts.nan.any():
            # Each NaN cell has its own NaN: frictionless never finds two NaN equal.
            keys = keys.copy()
            for index in np.flatnonzero(self.per_cell(verdicts.nan)).tolist():
                keys[index] = float("nan")
        return keys

    @functools.cached_property
    def has_key(self) -> NDArray[np.bool_]:
        """Whether the cell has a key (see ``keys``)."""
        keys = self.verdicts.keys
        if keys is None:
            return np.zeros(len(self.missing), dtype=bool)
        return self.per_cell(np.fromiter(map(_is_not_none, keys.tolist()), bool, len(keys)))

    @property
    def distinct(self) -> tuple[NDArray[np.intp], NDArray[np.object_]] | None:
        """Each cell's index among the column's distinct texts, and those texts (when known)."""
        if self.codes is None or self.texts is None:
            return None
        return self.codes, self.texts


def _is_not_none(value: object) -> bool:
    return value is not None


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
