"""The items of array cells checked against the field's ``arrayItem``, as frictionless does.

Mirrors ``ArrayField.create_cell_reader``: items are only read when the array itself breaks
nothing; an item's type error makes the cell a type error, an item's broken constraint a
constraint-error, each reported once per cell however many items break it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells.findings import ITEM_PREFIX

if TYPE_CHECKING:
    from frictionless import Field

_ITEM_TYPE = "type"


def check_items(
    field: SchemaField, arrays: Sequence[list[Any]], broken: Sequence[tuple[str, ...]]
) -> tuple[list[bool], list[tuple[str, ...]]]:
    """Which arrays have an item of the wrong type, and every array's broken constraints.

    Items are replaced in place by their read value, as frictionless does.

    Args:
        field: an array field with an ``arrayItem``.
        arrays: the read arrays.
        broken: the constraints each array breaks itself.
    """
    from frictionless import FrictionlessException  # only arrays with items need it

    try:
        reader = _item_field(field).create_cell_reader()
    except FrictionlessException:
        # An arrayItem frictionless cannot read: it refuses the schema; the arrays stand alone.
        return [False] * len(arrays), list(broken)
    type_errors: list[bool] = []
    all_broken: list[tuple[str, ...]] = []
    for array, own in zip(arrays, broken, strict=True):
        if own:
            type_errors.append(False)
            all_broken.append(own)
            continue
        # A dict keeps each note once, where it first appeared: frictionless's order.
        names: dict[str, None] = {}
        for index, item in enumerate(array):
            try:
                value, notes = reader(item)
            except Exception:  # noqa: BLE001 - frictionless crashes; we call the item unreadable
                value, notes = None, {_ITEM_TYPE: ""}
            names.update(dict.fromkeys(notes or {}))
            array[index] = value
        type_errors.append(_ITEM_TYPE in names)
        all_broken.append(tuple(f"{ITEM_PREFIX}{name}" for name in names if name != _ITEM_TYPE))
    return type_errors, all_broken


def _item_field(field: SchemaField) -> Field:
    from frictionless import Field

    descriptor = dict(field.array_item or {})
    descriptor.pop("arrayItem", None)
    descriptor.setdefault("name", field.name)
    descriptor.setdefault("type", "any")
    return Field.from_descriptor(descriptor)
