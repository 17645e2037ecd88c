"""How a typed cell value reads on the agent's screen, in a French spreadsheet."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import numpy.typing as npt

ObjectArray = npt.NDArray[np.object_]


def display_text(value: Any) -> str:
    """The text a French spreadsheet shows for a cell value ("" for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, dt.datetime):
        return _datetime_text(value)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, dt.timedelta):
        return _duration_text(value)
    return str(value)


def _number_text(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(value, ".15g").replace(".", ",")


def _datetime_text(value: dt.datetime) -> str:
    if value.time() == dt.time(0, 0):
        return value.strftime("%d/%m/%Y")
    pattern = "%d/%m/%Y %H:%M:%S" if value.second else "%d/%m/%Y %H:%M"
    return value.strftime(pattern)


def _duration_text(value: dt.timedelta) -> str:
    seconds = int(value.total_seconds())
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def typed_value(value: Any) -> Any:
    """The value kept for a cell: None when empty, whole numbers as int."""
    if isinstance(value, str):
        return value if value else None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def column_texts(values: ObjectArray) -> ObjectArray:
    """Display texts of a column of cell values."""
    if all(type(value) is str for value in values):
        return values
    return np.array([display_text(value) for value in values], dtype=object)


def column_values(values: ObjectArray) -> ObjectArray:
    """Typed values of a column of cell values."""
    return np.array([typed_value(value) for value in values], dtype=object)
