"""Judging one column of text cells against its field, on the column's distinct values.

A commune's column repeats itself (the same date, the same code, "oui"/"non"), so each distinct
value is read and checked once and the verdicts are mapped back to the cells with NumPy.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from numpy.typing import NDArray

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells.constraints import (
    SUPPORTED_CONSTRAINTS,
    broken_constraints,
    constraint_names,
    value_checks,
)
from desktop_app.core.validation.cells.descriptor import reference_field
from desktop_app.core.validation.cells.findings import CellFindings, DistinctVerdicts
from desktop_app.core.validation.cells.items import check_items
from desktop_app.core.validation.cells.readers import (
    ValueReader,
    native_limit_reader,
    native_reader,
    plain_decimals,
    read_string,
    reads_plain_decimals,
)
from desktop_app.core.validation.distinct import Distinct, among, factorize

# Cells looked at to tell a column of nearly all different values.
_SAMPLE = 1024
# Types whose values are lists or dicts, which cannot be keys as they are.
_UNHASHABLE_TYPES = frozenset({"array", "object", "geojson"})


def check_column(
    cells: npt.ArrayLike | Sequence[str | None],
    field: SchemaField,
    missing_values: Sequence[str] = ("",),
    *,
    keys_needed: bool = True,
    distinct: Distinct | None = None,
) -> CellFindings:
    """What each cell of a column breaks, judged as frictionless 5 judges it.

    Args:
        cells: the column's cells as read from the file, "" for an empty cell (None and NaN,
            e.g. from a short row, are taken as ""). Not read when ``distinct`` is given.
        field: the field the column is mapped to.
        missing_values: the schema's ``missingValues``.
        keys_needed: whether the values read are wanted (``keys``: a unique field or one of
            the primary key's); when not, ``keys`` may be left None.
        distinct: the column already factorized (each cell's index among its distinct
            texts, and those texts), as the fast reader hands it over: it is not searched
            for its distinct values again.

    Returns:
        The findings, one entry per cell, in the cells' order.
    """
    if distinct is not None:
        codes, texts = distinct
        codes = np.asarray(codes, dtype=np.intp)
        texts = np.asarray(texts, dtype=object)
        if len(codes) and codes.min() < 0:  # an absent value: an empty cell
            codes = np.where(codes < 0, len(texts), codes)
            texts = np.append(texts, np.array([""], dtype=object))
    else:
        values = np.asarray(cells, dtype=object).reshape(-1)
        if _free_text(values, field):
            # Names, objects, comments: mostly distinct, every value valid; telling the
            # missing cells apart is all there is to do, without hashing each value.
            verdicts = _judge_distinct(values, field, missing_values, keys_needed=keys_needed)
            return CellFindings(verdicts)
        if _mostly_distinct(values):
            # Amounts, identifiers: judging each cell costs less than finding them distinct.
            texts = _as_texts(values)
            verdicts = _judge_distinct(texts, field, missing_values, keys_needed=keys_needed)
            return CellFindings(verdicts)
        codes, texts = factorize(values)
        texts = _as_texts(texts)
    verdicts = _judge_distinct(texts, field, missing_values, keys_needed=keys_needed)
    return CellFindings(verdicts, codes, texts)


def check_free_text(missing: NDArray[np.bool_], field: SchemaField) -> CellFindings | None:
    """A column of free text judged on which of its cells are missing, without its values.

    None when the field is not free text: its values must then be read (``check_column``).
    """
    if not free_text(field):
        return None
    bits = (missing & field.required).astype(np.intp)
    nothing = np.zeros(len(missing), dtype=bool)
    verdicts = DistinctVerdicts(missing, nothing, nothing, bits, constraint_names(bits, ()))
    return CellFindings(verdicts)


def free_text(field: SchemaField) -> bool:
    """A string with no format nor constraint but required: any text is a valid value."""
    limits = field.constraints
    return (
        field.type == "string"
        and field.format in (None, "default")
        and not limits.unique
        and limits.pattern is None
        and limits.enum is None
        and limits.min_length is None
        and limits.max_length is None
    )


def _free_text(values: NDArray[np.object_], field: SchemaField) -> bool:
    """Free text (see ``free_text``) in cells that are texts."""
    return free_text(field) and all(isinstance(value, str) for value in values[:64].tolist())


def _mostly_distinct(values: NDArray[np.object_]) -> bool:
    """Whether the column's first cells are nearly all different (nine in ten, or more)."""
    sample = values[:_SAMPLE].tolist()
    if len(sample) < _SAMPLE:
        return False
    try:
        return len(set(sample)) * 10 >= len(sample) * 9
    except TypeError:  # cells that are not texts, which cannot be hashed
        return False


def _as_texts(values: NDArray[np.object_]) -> NDArray[np.object_]:
    """The distinct values as texts: None and NaN (the holes of a short row) as ""."""
    items = values.tolist()
    if set(map(type, items)) <= {str}:
        return values
    return _as_objects([_text(item) for item in items])


def _text(item: object) -> str:
    if isinstance(item, str):
        return item
    if item is None or (isinstance(item, float) and item != item):
        return ""
    return str(item)


def _judge_distinct(
    values: NDArray[np.object_],
    field: SchemaField,
    missing_values: Sequence[str],
    *,
    keys_needed: bool,
) -> DistinctVerdicts:
    """The verdicts on each of a column's distinct texts."""
    count = len(values)
    # Whole-array operations where a value-by-value loop is not needed: a column of amounts
    # or names holds as many distinct values as rows.
    missing = (
        np.asarray(values == "", dtype=bool)
        if tuple(missing_values) == ("",)
        else among(values, missing_values)
    )
    type_error = np.zeros(count, dtype=bool)
    item_type_error = np.zeros(count, dtype=bool)
    # Bit 0 of a value's constraints is "required", broken by a missing cell only.
    bits = np.zeros(count, dtype=np.intp)
    if field.required:
        bits[missing] = 1
    read, supported, read_limit = _readers(field, missing_values)
    checks = value_checks(field, supported, read_limit)
    if read is read_string and not checks and field.type != "array":
        # Free text reads as itself and breaks nothing: no call per value.
        keys = None
        if keys_needed:
            keys = values.copy()
            keys[missing] = None
        return DistinctVerdicts(
            missing, type_error, item_type_error, bits, constraint_names(bits, checks), keys
        )
    all_present = not missing.any()
    present = np.arange(count) if all_present else np.flatnonzero(~missing)
    texts = values.tolist() if all_present else values[present].tolist()
    if not keys_needed and not checks and reads_plain_decimals(field):
        # Amounts and coordinates: as many distinct values as rows, none wanted but valid.
        valid = plain_decimals(texts)
        if valid is not None:
            for index in np.flatnonzero(~valid).tolist():
                valid[index] = read(texts[index]) is not None
            type_error[present] = ~valid
            return DistinctVerdicts(
                missing, type_error, item_type_error, bits, constraint_names(bits, checks)
            )
    parsed = texts if read is read_string else [read(text) for text in texts]
    if read is read_string:
        valid = np.ones(len(parsed), dtype=bool)
        readable = parsed
    else:
        valid = np.fromiter(map(_is_value, parsed), dtype=bool, count=len(parsed))
        readable = [value for value in parsed if value is not None]
    type_error[present] = ~valid
    broken = broken_constraints(readable, checks)
    sets = constraint_names(bits, checks) | constraint_names(broken, checks)
    if field.type == "array" and field.array_item:
        item_errors, names = check_items(field, readable, [sets[bit] for bit in broken.tolist()])
        item_type_error[present[valid]] = item_errors
        type_error[present[valid]] |= np.asarray(item_errors, dtype=bool)
        broken, sets = _interned(names, sets)
    bits[present[valid]] = broken
    keys = None
    nan = None
    if keys_needed:
        if field.type in _UNHASHABLE_TYPES:
            parsed = [_hashable(value) for value in parsed]
        keys = np.full(count, None, dtype=object)
        keys[present] = _as_objects(parsed)
        if field.type == "number" and _may_hold_nan(texts):
            nan = np.zeros(count, dtype=bool)
            nan[present] = [_is_nan(value) for value in parsed]
    return DistinctVerdicts(missing, type_error, item_type_error, bits, sets, keys, nan)


def _interned(
    names: list[tuple[str, ...]], sets: dict[int, tuple[str, ...]]
) -> tuple[NDArray[np.intp], dict[int, tuple[str, ...]]]:
    """Tuples of constraint names as indices into a table of them, ``sets`` kept as they are.

    An array's items add constraints of their own, in the order they broke them.
    """
    table = {names: index for index, names in sets.items()}
    indices = np.fromiter(
        (table.setdefault(item, len(table) + max(sets) + 1) for item in names),
        dtype=np.intp,
        count=len(names),
    )
    return indices, {index: item for item, index in table.items()}


def _is_value(value: object) -> bool:
    return value is not None


def _may_hold_nan(texts: list[str]) -> bool:
    # "NaN", "nan", "sNaN": every spelling of a NaN has an N; most columns of amounts have none.
    joined = "".join(texts)
    return "n" in joined or "N" in joined


def _readers(
    field: SchemaField, missing_values: Sequence[str]
) -> tuple[ValueReader, Sequence[str], ValueReader]:
    """How to read the field's cells, the constraints its type supports, how to read limits.

    Rare types and formats are read by frictionless's own readers (the only faithful ones);
    frictionless is imported only then, or for limits DataMairie does not read the same way.
    """
    native = native_reader(field)
    if native is not None and field.type in SUPPORTED_CONSTRAINTS:
        read_limit = native_limit_reader(field, native)
        if read_limit is not None:
            return native, SUPPORTED_CONSTRAINTS[field.type], read_limit
    reference = reference_field(field, missing_values)
    frictionless_read = reference.create_value_reader()
    supported = type(reference).supported_constraints
    return native or frictionless_read, supported, frictionless_read


def _as_objects(items: list[Any]) -> NDArray[np.object_]:
    # np.asarray would turn a list of tuples into a 2-D array; fromiter keeps each item whole.
    return np.fromiter(items, dtype=object, count=len(items))


def _hashable(value: Any) -> Any:
    """A key for unique checks: the value itself when hashable, as frictionless uses it."""
    if isinstance(value, list | dict):
        # frictionless fails on unhashable values; their canonical JSON compares the same.
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return value


def _is_nan(key: Any) -> bool:
    try:
        return bool(key != key)
    except Exception:  # noqa: BLE001 - a signalling NaN refuses even to be compared
        return True
