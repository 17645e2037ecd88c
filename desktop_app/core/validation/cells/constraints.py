"""The constraints a read value must respect, checked as frictionless 5 checks them.

Mirrors ``create_cell_reader`` and the ``check_*`` functions of ``frictionless/schema/field.py``:
the constraints a type supports, in its order (frictionless reports every one broken, in that
order), bounds and enum values read with the field's own reader, patterns anchored at both ends.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells.shapes import fixed_shape, shape_failures

# A check takes the read values and gives the positions of those breaking its constraint.
ValueCheck = Callable[[Sequence[Any]], list[int]]
NO_CONSTRAINT: tuple[str, ...] = ()
# From this many values on, a fixed-length pattern is checked on all of them at once.
_MANY = 64
_BOUNDED = ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum")
#: The constraints each type that DataMairie reads itself supports, in frictionless's order
#: (``supported_constraints`` of its field classes; a test holds the two together). With it,
#: frictionless need not even be imported for a table of such fields.
SUPPORTED_CONSTRAINTS: dict[str, tuple[str, ...]] = {
    "string": ("required", "minLength", "maxLength", "pattern", "enum"),
    "any": ("required", "enum"),
    "boolean": ("required", "enum"),
    "number": _BOUNDED,
    "integer": _BOUNDED,
    "date": _BOUNDED,
    "year": _BOUNDED,
    "yearmonth": _BOUNDED,
}


def value_checks(
    field: SchemaField, supported: Sequence[str], read: Callable[[Any], Any]
) -> list[tuple[str, ValueCheck]]:
    """The checks of a read (non-missing) value, each with its constraint's name, in order.

    ``required`` is left out: it only ever fails on a missing cell.

    Args:
        field: the column's field.
        supported: the constraints its type supports, in frictionless's order.
        read: reads bounds and enum values as the field's cells are read.
    """
    constraints = field.constraints
    raw: dict[str, Any] = {
        "minLength": constraints.min_length,
        "maxLength": constraints.max_length,
        "minimum": constraints.minimum,
        "maximum": constraints.maximum,
        "pattern": constraints.pattern,
        "enum": constraints.enum,
    }
    checks: list[tuple[str, ValueCheck]] = []
    for name in supported:
        value = raw.get(name)
        if value is None:
            continue
        if name == "minLength":
            checks.append((name, _length_check(value, operator.ge)))
        elif name == "maxLength":
            checks.append((name, _length_check(value, operator.le)))
        elif name == "minimum":
            checks.append((name, _bound_check(read(value), operator.ge)))
        elif name == "maximum":
            checks.append((name, _bound_check(read(value), operator.le)))
        elif name == "pattern":
            checks.append((name, _pattern_check(value)))
        elif name == "enum":
            checks.append((name, _enum_check([read(item) for item in value])))
    return checks


def broken_constraints(
    values: Sequence[Any], checks: Sequence[tuple[str, ValueCheck]]
) -> npt.NDArray[np.intp]:
    """For each read value, the constraints it breaks as bits: bit ``j + 1`` for ``checks[j]``.

    Bit 0 is left for ``required`` (broken by missing cells only, which are not read):
    `constraint_names` turns the bits into names in frictionless's order.
    """
    bits = np.zeros(len(values), dtype=np.intp)
    for place, (_, check) in enumerate(checks, start=1):
        failing = check(values)
        if failing:
            bits[np.asarray(failing, dtype=np.intp)] |= 1 << place
    return bits


def constraint_names(
    bits: npt.NDArray[np.intp], checks: Sequence[tuple[str, ValueCheck]]
) -> dict[int, tuple[str, ...]]:
    """The names of the constraints each set of bits stands for (see `broken_constraints`)."""
    names = ["required", *(name for name, _ in checks)]
    found: dict[int, tuple[str, ...]] = {0: NO_CONSTRAINT}
    if not bits.any():
        return found
    # A set, not np.unique: a handful of values, and no import of numpy.ma on the way.
    for value in sorted(set(bits[bits != 0].tolist())):
        found[value] = tuple(name for place, name in enumerate(names) if value >> place & 1)
    return found


def _length_check(limit: int, compare: Callable[[Any, int], Any]) -> ValueCheck:
    def check(values: Sequence[Any]) -> list[int]:
        lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
        return np.flatnonzero(~np.asarray(compare(lengths, limit), dtype=bool)).tolist()

    return check


def _bound_check(limit: Any, compare: Callable[[Any, Any], bool]) -> ValueCheck:
    def within(value: Any) -> bool:
        try:
            # NaN is not equal to itself and is below no bound and above none.
            return value == value and bool(compare(value, limit))
        except Exception:  # noqa: BLE001 - a signalling NaN: frictionless crashes, we refuse it
            return False

    def check(values: Sequence[Any]) -> list[int]:
        try:
            # A float NaN compares false, as it should; a Decimal NaN raises: then go slowly.
            return [index for index, value in enumerate(values) if not compare(value, limit)]
        except Exception:  # noqa: BLE001 - any failure to compare is settled one value at a time
            return [index for index, value in enumerate(values) if not within(value)]

    return check


def _pattern_check(pattern: str) -> ValueCheck:
    match = re.compile(f"^{pattern}$").match
    shape = fixed_shape(pattern)

    def matches(value: str) -> bool:
        return match(value) is not None

    def check(values: Sequence[Any]) -> list[int]:
        if shape is not None and len(values) >= _MANY:
            failing = shape_failures(shape, values, matches)
            if failing is not None:
                return failing
        return [index for index, value in enumerate(values) if match(value) is None]

    return check


def _enum_check(allowed: list[Any]) -> ValueCheck:
    try:
        # Same answers as "value in allowed" for hashable values, in constant time.
        allowed_set = frozenset(allowed)
    except TypeError:
        allowed_set = None

    def admitted(value: Any) -> bool:
        try:
            if allowed_set is not None:
                return value in allowed_set
            return value in allowed
        except Exception:  # noqa: BLE001 - unhashable value or signalling NaN
            try:
                return value in allowed
            except Exception:  # noqa: BLE001 - a signalling NaN compares to nothing
                return False

    def check(values: Sequence[Any]) -> list[int]:
        return [index for index, value in enumerate(values) if not admitted(value)]

    return check
