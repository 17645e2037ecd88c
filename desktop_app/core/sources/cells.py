"""How a typed cell value reads on the agent's screen, in a French spreadsheet."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

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


def convert_column(cells: ObjectArray) -> tuple[ObjectArray, ObjectArray]:
    """Display texts and typed values of a column of cell values, in that order.

    Text cells, by far the most common, keep their string for both (an empty one is None as
    a value); whole numbers are converted in bulk; only the other cells go one by one.
    """
    values = cells.copy()
    if pd.api.types.infer_dtype(cells, skipna=False) == "string":
        values[cells == ""] = None
        return cells, values
    is_text = np.fromiter((type(cell) is str for cell in cells), dtype=bool, count=len(cells))
    values[is_text & (cells == "")] = None
    texts = cells.copy()
    others = np.flatnonzero(~is_text)
    is_float = np.fromiter(
        (type(cell) is float for cell in cells[others]), dtype=bool, count=len(others)
    )
    floats = others[is_float]
    numbers = cells[floats].astype(np.float64)
    whole = np.isfinite(numbers) & (np.floor(numbers) == numbers) & (np.abs(numbers) < 1e15)
    integers = numbers[whole].astype(np.int64)
    texts[floats[whole]] = integers.astype(str).astype(object)
    values[floats[whole]] = integers.astype(object)
    for index in np.concatenate([others[~is_float], floats[~whole]]):
        cell = cells[index]
        texts[index] = display_text(cell)
        values[index] = typed_value(cell)
    return texts, values
