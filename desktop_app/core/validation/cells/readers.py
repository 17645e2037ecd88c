"""Reading text cells as the common types, exactly as frictionless 5's value readers do.

Each reader mirrors ``frictionless/fields/<type>.py`` for a text cell and returns None when the
cell is not of the type. They are faster than frictionless's only where a shortcut provably
gives the same answer (an ISO date of ASCII digits needs no strptime, a URI is judged on its
scheme alone); the other types are read by frictionless itself (see ``column``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.core.schemas.model import SchemaField

ValueReader = Callable[[str], Any]

# frictionless's pattern for numbers that are not bare: strips a currency or a percent sign.
_NOT_BARE = re.compile(r"((^[^-\d]*)|(\D*$))")
# Shapes strptime reads the same way as the date() constructor does, in ASCII digits only.
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_YEAR_ONLY = re.compile(r"\d{4}", re.ASCII)
# What frictionless's URI check comes down to: rfc3986's parsing regex finds a scheme, which it
# does exactly when the text starts with one and a colon (nothing else is validated).
_URI_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")


# Kinds of the bytes of a decimal number in its plainest writing, which every number reader
# takes as it is, and of those that end it.
_OTHER, _DIGIT, _SIGN, _POINT, _BREAK = 0, 1, 2, 3, 4
_ZERO = ord("0")
_BYTE_KINDS = np.zeros(256, dtype=np.uint8)
_BYTE_KINDS[_ZERO : _ZERO + 10] = _DIGIT
_BYTE_KINDS[[ord("-"), ord("."), ord("\n")]] = [_SIGN, _POINT, _BREAK]


def reads_plain_decimals(field: SchemaField) -> bool:
    """Whether the field reads "12", "-3.75" as numbers, whatever else it reads."""
    return (
        field.type == "number"
        and field.decimal_char == "."
        and not field.group_char
        and native_reader(field) is not None
    )


def plain_decimals(texts: list[str]) -> npt.NDArray[np.bool_] | None:
    r"""Which texts are plain decimals ("12", "-3.75"), found on their bytes all at once.

    A plain decimal is ``-?[0-9]+(\.[0-9]+)?``: digits, a minus sign only first and before
    a digit, at most one point and only between two digits. None when a text holds a line
    break (the texts are read joined by line breaks).
    """
    count = len(texts)
    if not count:
        return np.zeros(0, dtype=bool)
    joined = "\n".join(texts)
    if joined.count("\n") != count - 1:
        return None
    # Any byte of a character outside ASCII is 128 or more: never a digit, a sign, a point
    # or a break. Only the bytes that are no digit are looked at: a few per text.
    raw = np.frombuffer(joined.encode("utf-8", errors="surrogatepass"), dtype=np.uint8)
    others = np.flatnonzero(raw - np.uint8(_ZERO) > 9)
    other_kinds = _BYTE_KINDS[raw[others]]
    breaks = others[other_kinds == _BREAK]
    ends = np.append(breaks, len(raw))
    signs = others[other_kinds == _SIGN]
    points = others[other_kinds == _POINT]
    # A sign only first, before a digit; a point only between two digits, and only one.
    first = _kinds_at(raw, signs - 1) == _BREAK  # before the first byte: a break too
    faulty = [
        others[other_kinds == _OTHER],
        signs[~(first & (_kinds_at(raw, signs + 1) == _DIGIT))],
        points[(_kinds_at(raw, points - 1) != _DIGIT) | (_kinds_at(raw, points + 1) != _DIGIT)],
        others[1:][(other_kinds[1:] == _POINT) & (other_kinds[:-1] == _POINT)],
    ]
    # A text without a digit is empty, or holds something faulty (a lone sign or point).
    plain = np.asarray(ends - np.append(0, breaks + 1) > 0, dtype=bool)
    plain[np.searchsorted(ends, np.concatenate(faulty))] = False
    return plain


def _kinds_at(raw: npt.NDArray[np.uint8], positions: npt.NDArray[np.intp]) -> npt.NDArray[np.uint8]:
    """The kind of the byte at each position; before the first or after the last: a break."""
    kinds = np.full(len(positions), _BREAK, dtype=np.uint8)
    inside = (positions >= 0) & (positions < len(raw))
    kinds[inside] = _BYTE_KINDS[raw[positions[inside]]]
    return kinds


def native_reader(field: SchemaField) -> ValueReader | None:
    """The reader for a field whose type DataMairie reads itself; None for the others."""
    form = field.format or "default"
    if field.type == "string" and form == "default":
        return read_string
    if field.type == "any":
        return read_string
    if field.type == "string" and form == "uri":
        return _read_uri
    if field.type == "string" and form == "email":
        return _email_reader()
    if field.type == "number":
        return _number_reader(field)
    if field.type == "integer":
        return _integer_reader(field)
    if field.type == "boolean":
        return _boolean_reader(field)
    if field.type == "date" and form != "any":
        return _date_reader(form)
    if field.type == "year":
        return _read_year
    if field.type == "yearmonth":
        return _read_yearmonth
    return None


def native_limit_reader(field: SchemaField, native: ValueReader) -> ValueReader | None:
    """How frictionless reads the field's bounds and enum values, when DataMairie can say it.

    Texts are read as cells are; whole numbers in an integer or number field stay as they
    are, as frictionless keeps them. Any other limit (a float bound, a boolean…) gives None:
    frictionless's own reader then reads them all.
    """
    limits = field.constraints
    values: list[Any] = [limits.minimum, limits.maximum, *(limits.enum or ())]
    floats = field.type == "number"
    for value in values:
        if value is None or isinstance(value, str):
            continue
        if field.type in ("integer", "number") and type(value) is int:
            continue
        if floats and type(value) is float:
            continue
        return None
    # frictionless reads a float bound of a number field through its text ("0.01" is 0.01
    # exactly), unless the field's numbers are floats.
    as_float = field.descriptor.get("floatNumber") is True

    def read(value: Any) -> Any:
        if isinstance(value, str):
            return native(value)
        if type(value) is float and not as_float:
            return Decimal(str(value))
        return value

    return read


def read_string(cell: str) -> Any:
    """A string cell, read as itself."""
    return cell


def _read_uri(cell: str) -> Any:
    return cell if _URI_SCHEME.match(cell) else None


def _email_reader() -> ValueReader:
    # The very check frictionless makes, from the library it uses, without importing
    # frictionless (a third of a second at start-up).
    import validators

    def read(cell: str) -> Any:
        return cell if validators.email(cell) else None

    return read


def _number_reader(field: SchemaField) -> ValueReader:
    not_bare = None if field.bare_number else _NOT_BARE
    group_char, decimal_char = field.group_char, field.decimal_char
    cast: Callable[[str], Any] = float if field.descriptor.get("floatNumber") is True else Decimal

    def read(cell: str) -> Any:
        cell = cell.strip()
        if not_bare is not None:
            cell = not_bare.sub("", cell)
        if group_char:
            cell = cell.replace(group_char, "")
        if decimal_char != ".":
            if "." in cell:
                return None
            cell = cell.replace(decimal_char, ".")
        try:
            return cast(cell)
        except Exception:  # noqa: BLE001 - frictionless reads any failure as "not a number"
            return None

    return read


def _integer_reader(field: SchemaField) -> ValueReader:
    not_bare = None if field.bare_number else _NOT_BARE

    def read(cell: str) -> Any:
        cell = cell.strip()
        if not_bare is not None:
            cell = not_bare.sub("", cell)
        try:
            return int(cell)
        except ValueError:
            return None

    return read


def _boolean_reader(field: SchemaField) -> ValueReader:
    # Built like frictionless's mapping: a value in both lists reads as false.
    mapping = dict.fromkeys(field.true_values, True) | dict.fromkeys(field.false_values, False)
    return mapping.get


def _date_reader(form: str) -> ValueReader:
    pattern = "%Y-%m-%d" if form == "default" else form

    def read(cell: str) -> Any:
        if pattern == "%Y-%m-%d" and (match := _ISO_DATE.fullmatch(cell)):
            year, month, day = (int(part) for part in match.groups())
            return _date_or_none(year, month, day)
        if pattern == "%Y" and _YEAR_ONLY.fullmatch(cell):
            return _date_or_none(int(cell), 1, 1)
        try:
            return datetime.strptime(cell, pattern).date()
        except Exception:  # noqa: BLE001 - as frictionless: any failure means "not a date"
            return None

    return read


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _read_year(cell: str) -> Any:
    if len(cell) != 4:
        return None
    try:
        year = int(cell)
    except ValueError:
        return None
    return year if 0 <= year <= 9999 else None


def _read_yearmonth(cell: str) -> Any:
    parts = cell.split("-")
    if len(parts) != 2:
        return None
    try:
        year, month = int(parts[0]), int(parts[1])
    except ValueError:
        return None
    return (year, month) if 1 <= month <= 12 else None
