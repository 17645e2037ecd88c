"""Checking a schema's example values against their own field's type.

The examples are what the agent is shown as "the expected form": one that the schema itself
would reject (a date written 15/03/2024 where 2024-03-15 is required) must be flagged, not
copied.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable

from desktop_app.core.schemas.model import SchemaField

YEAR = re.compile(r"-?\d{4}")
YEARMONTH = re.compile(r"(\d{4})-(\d{2})")
DURATION = re.compile(r"P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")
NOT_A_DIGIT = re.compile(r"[^0-9.eE+\-]")

Checker = Callable[[str, SchemaField], bool]


def example_parses(schema_field: SchemaField) -> bool:
    """Whether the field's example would be read as a valid value of the field's own type.

    Only the type and format are checked (constraints are the validator's business); a
    field without an example, or of a type with no fixed form, passes.
    """
    text = schema_field.example
    if text is None:
        return True
    text = text.strip()
    checker = _CHECKERS.get(schema_field.type)
    if checker is None:
        return True
    try:
        return checker(text, schema_field)
    except (ValueError, TypeError, OverflowError):
        return False


def strptime_format(schema_field: SchemaField) -> str | None:
    """The strptime pattern of a date/time field, or None for the ISO default or "any"."""
    form = schema_field.format
    if form is None or form in ("default", "any"):
        return None
    return form.removeprefix("fmt:")


def _string(text: str, schema_field: SchemaField) -> bool:
    if schema_field.format == "email":
        local, _, domain = text.partition("@")
        return bool(local) and "." in domain and " " not in text
    if schema_field.format == "uri":
        return re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:\S+$", text) is not None
    if schema_field.format == "uuid":
        # Imported for the few schemas with a uuid field: every command reads a schema.
        import uuid

        uuid.UUID(text)
    return True


def _number_text(text: str, schema_field: SchemaField) -> str:
    if schema_field.group_char:
        text = text.replace(schema_field.group_char, "")
    if schema_field.decimal_char != ".":
        text = text.replace(schema_field.decimal_char, ".")
    if not schema_field.bare_number:
        # "12 €" or "45 %" are allowed when bareNumber is false: keep the number only.
        text = NOT_A_DIGIT.sub("", text)
    return text


def _integer(text: str, schema_field: SchemaField) -> bool:
    int(_number_text(text, schema_field))
    return True


def _number(text: str, schema_field: SchemaField) -> bool:
    if text in ("NaN", "INF", "-INF"):
        return True
    return math.isfinite(float(_number_text(text, schema_field)))


def _boolean(text: str, schema_field: SchemaField) -> bool:
    return text in schema_field.true_values or text in schema_field.false_values


def _date(text: str, schema_field: SchemaField) -> bool:
    if schema_field.format == "any":
        return True
    dt.datetime.strptime(text, strptime_format(schema_field) or "%Y-%m-%d")
    return True


def _datetime(text: str, schema_field: SchemaField) -> bool:
    return _moment(text, schema_field, "T" in text, dt.datetime.fromisoformat)


def _time(text: str, schema_field: SchemaField) -> bool:
    iso = re.fullmatch(r"\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?", text) is not None
    return _moment(text, schema_field, iso, dt.time.fromisoformat)


def _moment(
    text: str, schema_field: SchemaField, iso_shaped: bool, read_iso: Callable[[str], object]
) -> bool:
    """A datetime or time example: any form, the field's strptime form, or ISO 8601."""
    if schema_field.format == "any":
        return True
    form = strptime_format(schema_field)
    if form is not None:
        dt.datetime.strptime(text, form)
        return True
    if not iso_shaped:
        return False
    read_iso(text)
    return True


def _year(text: str, schema_field: SchemaField) -> bool:
    return YEAR.fullmatch(text) is not None


def _yearmonth(text: str, schema_field: SchemaField) -> bool:
    match = YEARMONTH.fullmatch(text)
    return match is not None and 1 <= int(match.group(2)) <= 12


def _duration(text: str, schema_field: SchemaField) -> bool:
    return DURATION.fullmatch(text) is not None


def _geopoint(text: str, schema_field: SchemaField) -> bool:
    if schema_field.format == "array":
        point = json.loads(text)
        values = [float(value) for value in point] if isinstance(point, list) else []
    elif schema_field.format == "object":
        point = json.loads(text)
        values = [float(point["lon"]), float(point["lat"])] if isinstance(point, dict) else []
    else:
        values = [float(part) for part in text.split(",")]
    return len(values) == 2 and -180 <= values[0] <= 180 and -90 <= values[1] <= 90


def _json_of(kind: type) -> Checker:
    def check(text: str, schema_field: SchemaField) -> bool:
        return isinstance(json.loads(text), kind)

    return check


_CHECKERS: dict[str, Checker] = {
    "string": _string,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "date": _date,
    "datetime": _datetime,
    "time": _time,
    "year": _year,
    "yearmonth": _yearmonth,
    "duration": _duration,
    "geopoint": _geopoint,
    "geojson": _json_of(dict),
    "object": _json_of(dict),
    "array": _json_of(list),
}
