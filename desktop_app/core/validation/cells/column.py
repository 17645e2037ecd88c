"""Judging one column of text cells against its field, on the column's distinct values.

A commune's column repeats itself (the same date, the same code, "oui"/"non"), so each distinct
value is read and checked once and the verdicts are mapped back to the cells with NumPy.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells.constraints import (
    NO_CONSTRAINT,
    SUPPORTED_CONSTRAINTS,
    broken_constraints,
    value_checks,
)
from desktop_app.core.validation.cells.descriptor import reference_field
from desktop_app.core.validation.cells.findings import CellFindings
from desktop_app.core.validation.cells.items import check_items
from desktop_app.core.validation.cells.readers import (
    ValueReader,
    native_limit_reader,
    native_reader,
    plain_decimals,
    read_string,
    reads_plain_decimals,
)

_REQUIRED = ("required",)
# Types whose values are lists or dicts, which cannot be keys as they are.
_UNHASHABLE_TYPES = frozenset({"array", "object", "geojson"})


@dataclass(frozen=True)
class _Verdicts:
    """The findings on a column's distinct values, and which of their keys are NaN."""

    findings: CellFindings
    nan: NDArray[np.bool_]


def check_column(
    cells: NDArray[Any] | pd.Series | Sequence[str | None],
    field: SchemaField,
    missing_values: Sequence[str] = ("",),
    *,
    keys_needed: bool = True,
) -> CellFindings:
    """What each cell of a column breaks, judged as frictionless 5 judges it.

    Args:
        cells: the column's cells as read from the file, "" for an empty cell (None and NaN,
            e.g. from a short row, are taken as "").
        field: the field the column is mapped to.
        missing_values: the schema's ``missingValues``.
        keys_needed: whether the values read are wanted (``keys``: a unique field or one of
            the primary key's); when not, ``keys`` may be left None.

    Returns:
        The findings, one entry per cell, in the cells' order.
    """
    values = np.asarray(cells, dtype=object)
    plain = _plain_text(values, field, missing_values)
    if plain is not None:
        return plain
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    distinct = [str(value) for value in uniques]
    if (codes < 0).any():
        codes = np.where(codes < 0, len(distinct), codes)
        distinct.append("")
    verdicts = _judge_distinct(distinct, field, missing_values, keys_needed=keys_needed)
    found = verdicts.findings
    return CellFindings(
        missing=found.missing[codes],
        type_error=found.type_error[codes],
        item_type_error=found.item_type_error[codes],
        constraints=found.constraints[codes],
        keys=_distinct_nans(found.keys[codes], verdicts.nan[codes]),
        broken=found.constraint_error[codes],
        distinct=(np.asarray(codes, dtype=np.intp), _as_objects(distinct)),
    )


def _judge_distinct(
    distinct: list[str], field: SchemaField, missing_values: Sequence[str], *, keys_needed: bool
) -> _Verdicts:
    count = len(distinct)
    values = _as_objects(distinct)
    # Whole-array operations where a value-by-value loop is not needed: a column of amounts
    # or names holds as many distinct values as rows.
    missing = _missing(values, missing_values)
    type_error = np.zeros(count, dtype=bool)
    item_type_error = np.zeros(count, dtype=bool)
    constraints = _as_objects([_REQUIRED if field.required else NO_CONSTRAINT] * count)
    keys = np.full(count, None, dtype=object)
    present = np.flatnonzero(~missing)
    texts = values[present].tolist()
    read, supported, read_limit = _readers(field, missing_values)
    checks = value_checks(field, supported, read_limit)
    if not keys_needed and not checks and reads_plain_decimals(field):
        # Amounts and coordinates: as many distinct values as rows, none wanted but valid.
        valid = plain_decimals(texts)
        if valid is not None:
            for index in np.flatnonzero(~valid):
                valid[index] = read(texts[index]) is not None
            type_error[present] = ~valid
            constraints[present] = _as_objects([NO_CONSTRAINT] * len(present))
            # A missing cell of a required field still breaks "required".
            broken_any = np.fromiter(map(bool, constraints), dtype=bool, count=count)
            found = CellFindings(
                missing, type_error, item_type_error, constraints, keys, broken_any
            )
            return _Verdicts(found, np.zeros(count, dtype=bool))
    # Free text reads as itself: no call per value.
    parsed = list(texts) if read is read_string else [read(text) for text in texts]
    valid = np.fromiter(map(_is_value, parsed), dtype=bool, count=len(parsed))
    readable = [value for value in parsed if value is not None]
    broken = broken_constraints(readable, checks)
    type_error[present] = ~valid
    if field.type == "array" and field.array_item:
        item_errors, broken = check_items(field, readable, broken)
        item_type_error[present[valid]] = item_errors
        type_error[present[valid]] |= np.asarray(item_errors, dtype=bool)
    constraints[present] = _as_objects([NO_CONSTRAINT] * len(present))
    constraints[present[valid]] = _as_objects(broken)
    if field.type in _UNHASHABLE_TYPES:
        parsed = [_hashable(value) for value in parsed]
    keys[present] = _as_objects(parsed)
    nan = np.zeros(count, dtype=bool)
    if field.type == "number" and _may_hold_nan(texts):
        nan[present] = [_is_nan(value) for value in parsed]
    broken_any = np.fromiter(map(bool, constraints), dtype=bool, count=count)
    findings = CellFindings(missing, type_error, item_type_error, constraints, keys, broken_any)
    return _Verdicts(findings, nan)


def _missing(values: NDArray[np.object_], missing_values: Sequence[str]) -> NDArray[np.bool_]:
    if tuple(missing_values) == ("",):
        return np.asarray(values == "", dtype=bool)
    return pd.Series(values, dtype=object).isin(list(missing_values)).to_numpy(dtype=bool)


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


def _plain_text(
    values: NDArray[np.object_], field: SchemaField, missing_values: Sequence[str]
) -> CellFindings | None:
    """Free text (a string with no format nor constraint but required): every value is valid.

    Such columns (objects, names, comments) hold mostly distinct values; telling the
    missing cells apart is all there is to do, without hashing each value.
    """
    limits = field.constraints
    free = (
        field.type == "string"
        and field.format in (None, "default")
        and not limits.unique
        and limits.pattern is None
        and limits.enum is None
        and limits.min_length is None
        and limits.max_length is None
    )
    if not free or not all(isinstance(value, str) for value in values[:64]):
        return None
    if tuple(missing_values) == ("",):
        missing = values == ""
    else:
        missing = pd.Series(values, dtype=object).isin(list(missing_values)).to_numpy(dtype=bool)
    if not isinstance(missing, np.ndarray) or missing.dtype != bool:
        return None  # cells that are not all text: the general path reads them
    constraints = np.empty(len(values), dtype=object)
    constraints.fill(NO_CONSTRAINT)
    broken = missing & field.required
    for index in np.flatnonzero(broken):
        constraints[index] = _REQUIRED
    keys = values.copy()
    keys[missing] = None
    return CellFindings(
        missing=missing,
        type_error=np.zeros(len(values), dtype=bool),
        item_type_error=np.zeros(len(values), dtype=bool),
        constraints=constraints,
        keys=keys,
        broken=broken,
    )


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


def _distinct_nans(keys: NDArray[np.object_], nan: NDArray[np.bool_]) -> NDArray[np.object_]:
    """Keys where each NaN cell has its own NaN: frictionless never finds two NaN equal."""
    if nan.any():
        keys = keys.copy()
        for index in np.flatnonzero(nan):
            keys[index] = float("nan")
    return keys
