"""Date columns written in the schema's form, the day/month order decided once per column.

05/03/2024 is the 5th of March in France and the 3rd of May elsewhere: the column's other
values settle it (a first number above 12 means day first, a second one above 12 means
month first). A column where nothing settles it is read day first, as in France, and the
conversion says so. A date more precise than the field wants (a full date in a year
field) is cut to the field's precision; one less precise, or with a time of day a date
field cannot hold, is left for the agent to see.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.date_reading import DateReading, read_date
from desktop_app.core.mapping.conversion.model import ConversionOptions, DateOrder
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.schemas.model import SchemaField

ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%dT%H:%M:%S"
FRENCH_ORDER: DateOrder = "day-first"
# Change kinds that already tell the agent how the date was rewritten.
_EXPLAINING = frozenset({Change.DATE_MONTH_NAME, Change.EXCEL_SERIAL_DATE})


@dataclass(frozen=True)
class DateTarget:
    """The form a field wants its dates in, and what each must hold."""

    pattern: str
    needs_month: bool
    needs_day: bool
    needs_time: bool

    @classmethod
    def of(cls, schema_field: SchemaField) -> DateTarget:
        """The target of a date, datetime, year or yearmonth field."""
        if schema_field.type == "year":
            return cls("%Y", needs_month=False, needs_day=False, needs_time=False)
        if schema_field.type == "yearmonth":
            return cls("%Y-%m", needs_month=True, needs_day=False, needs_time=False)
        written = (schema_field.format or "").removeprefix("fmt:")
        is_datetime = schema_field.type == "datetime"
        if "%" not in written:
            # "default", "any" or nothing: Table Schema's ISO form.
            written = ISO_DATETIME if is_datetime else ISO_DATE
        return cls(
            written,
            needs_month=any(code in written for code in ("%m", "%b", "%B", "%j")),
            needs_day=any(code in written for code in ("%d", "%e", "%j")),
            needs_time=is_datetime,
        )


def convert_dates(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Write each date in the field's form, reading day and month in the column's order."""
    target = DateTarget.of(schema_field)
    outcomes = Outcomes.kept(cells, schema_field.type)
    readings: dict[int, DateReading] = {}
    for index, text in enumerate(cells.texts):
        if not text:
            continue
        reading = read_date(text, cells.values[index])
        if isinstance(reading, Failure):
            outcomes.fail(index, reading)
        else:
            readings[index] = reading
    open_readings = [reading for reading in readings.values() if reading.open_order]
    order = FRENCH_ORDER
    if open_readings:
        order, basis = column_order(open_readings, options)
        outcomes.detail["date_order"] = order
        outcomes.detail["date_order_basis"] = basis
    for index, reading in readings.items():
        result = _write(reading, order, target)
        if isinstance(result, Failure):
            outcomes.fail(index, result)
            continue
        output, kinds = result
        text = cells.texts[index]
        if output != text:
            outcomes.convert(index, output, _with_reordering(kinds, output, text))
    return outcomes


def column_order(readings: list[DateReading], options: ConversionOptions) -> tuple[DateOrder, str]:
    """The column's day/month order and what decided it: option, values, default or conflict."""
    if options.date_order is not None:
        return options.date_order, "option"
    # Readings hold the day-first reading: a "month" above 12 can only be a day.
    day_first = sum(1 for reading in readings if reading.day > 12 >= reading.month)
    month_first = sum(1 for reading in readings if reading.month > 12 >= reading.day)
    if day_first and month_first:
        return ("month-first" if month_first > day_first else FRENCH_ORDER), "conflicting-values"
    if month_first:
        return "month-first", "values"
    return FRENCH_ORDER, "values" if day_first else "default"


def _write(
    reading: DateReading, order: DateOrder, target: DateTarget
) -> tuple[str, tuple[str, ...]] | Failure:
    """The date in the target's form with the kinds of change, or why it cannot be."""
    if reading.open_order and order == "month-first":
        reading = reading._replace(day=reading.month, month=reading.day)
    if (target.needs_month and not reading.month) or (target.needs_day and not reading.day):
        return Failure.DATE_INCOMPLETE
    try:
        moment = dt.datetime(
            reading.year, reading.month or 1, reading.day or 1, *(reading.clock or ())
        )
    except ValueError:
        swapped_valid = reading.open_order and _valid(reading.year, reading.day, reading.month)
        return Failure.DATE_ORDER_CONFLICT if swapped_valid else Failure.DATE_INVALID
    kinds = list(reading.kinds)
    if (reading.day and not target.needs_day) or (reading.month and not target.needs_month):
        kinds.append(Change.DATE_PRECISION_REDUCED)
    elif target.needs_time:
        if reading.clock is None:
            return Failure.DATETIME_WITHOUT_TIME
    elif reading.clock is not None and reading.clock != (0, 0, 0):
        return Failure.DATE_HAS_TIME
    elif reading.clock_written:
        kinds.append(Change.DATETIME_TO_DATE)
    output = _formatted(moment, target.pattern)
    if target.needs_time and reading.zone and target.pattern == ISO_DATETIME:
        output += reading.zone
    return output, tuple(kinds)


def _formatted(moment: dt.datetime, pattern: str) -> str:
    if pattern == ISO_DATE:
        # The usual case, written directly: strftime costs a few microseconds per date.
        return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
    if pattern == ISO_DATETIME:
        return (
            f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
        )
    if pattern == "%Y":
        return f"{moment.year:04d}"
    return moment.strftime(pattern)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _with_reordering(kinds: tuple[str, ...], output: str, text: str) -> tuple[str, ...]:
    """The kinds of a changed date, with "reordered" when nothing else explains the change."""
    explained = _EXPLAINING.intersection(kinds) or Change.DATE_PRECISION_REDUCED in kinds
    date_part = text.split(" ")[0].split("T")[0]
    if (not explained and output != date_part) or not kinds:
        return (Change.DATE_REORDERED, *kinds)
    return kinds
