"""What a cell says about a date, however written: 15/03/2024, 15 mars 2024, 45366.

A reading keeps the day and month as written; when the text alone cannot tell which is
which (05/03/2024), it says so, and the column decides for all its cells at once.
Two-digit years are read 00–69 as 20xx and 70–99 as 19xx, as spreadsheets do.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.label_matching import folded

# Spreadsheet serial numbers count days from this date (Excel's 1900 system, past its
# phantom 29 February 1900).
EXCEL_EPOCH = dt.date(1899, 12, 30)
# Five-digit serials only: 10000 is 1927-05-18, 99999 is 2173-10-14. A smaller number in a
# date column is more likely a year or a count than a date.
SERIALS = range(10_000, 100_000)
YEARS = range(1000, 10_000)
# Two-digit years up to this one are in the 2000s, later ones in the 1900s.
LAST_21ST_CENTURY_YEAR = 69
MONTHS: Mapping[str, int] = MappingProxyType(
    {
        **dict.fromkeys(("janvier", "janv", "jan"), 1),
        **dict.fromkeys(("fevrier", "fevr", "fev"), 2),
        **dict.fromkeys(("mars", "mar"), 3),
        **dict.fromkeys(("avril", "avr"), 4),
        "mai": 5,
        "juin": 6,
        **dict.fromkeys(("juillet", "juil"), 7),
        "aout": 8,
        **dict.fromkeys(("septembre", "sept", "sep"), 9),
        **dict.fromkeys(("octobre", "oct"), 10),
        **dict.fromkeys(("novembre", "nov"), 11),
        **dict.fromkeys(("decembre", "dec"), 12),
    }
)

_CLOCK = (
    r"(?:(?:[T ]|\s+[aà]\s+|\s+)(?P<h>\d{1,2})[:h](?P<mi>\d{2})?(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _CLOCK
)
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _CLOCK)
_NAMED = re.compile(
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?"
    r"(?P<d>\d{1,2})(?:er)?\s*(?P<mon>[a-z]+)\.?\s+(?P<y>\d{4}|\d{2})" + _CLOCK
)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
_MONTH_YEAR = re.compile(r"(?P<m>\d{1,2})[/.\-](?P<y>\d{4})")
_YEAR_MONTH = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})")
_NAMED_MONTH_YEAR = re.compile(r"(?P<mon>[a-z]+)\.?\s+(?P<y>\d{4})")


class DateReading(NamedTuple):
    """What a cell says about a date, before the column decides its day/month order.

    ``month`` and ``day`` are 0 when the cell does not give them ("mars 2024", "2024").
    With ``open_order``, the text could be read day-first or month-first: ``day`` and
    ``month`` hold its first and second numbers, in the day-first reading. ``clock`` is the
    time of day if known, ``clock_written`` whether the agent sees it in the cell.
    """

    year: int
    month: int
    day: int
    open_order: bool = False
    clock: tuple[int, int, int] | None = None
    clock_written: bool = False
    zone: str = ""
    kinds: tuple[str, ...] = ()


def read_date(text: str, value: Any) -> DateReading | Failure:
    """Read a cell as a date: its typed workbook value if it has one, else its text."""
    if value is None:
        return read_date_text(text)
    if isinstance(value, dt.datetime):
        clock = (value.hour, value.minute, value.second)
        return DateReading(
            value.year, value.month, value.day, clock=clock, clock_written=":" in text
        )
    if isinstance(value, dt.date):
        return DateReading(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Failure.DATE_UNPARSABLE
    return _read_number(value)


def read_date_text(text: str) -> DateReading | Failure:
    """Read a date written as text, in any of the ways French spreadsheets hold them."""
    found = _NUMERIC.fullmatch(text)
    if found:
        year, kinds = _full_year(found["y"])
        return _reading(found, year, int(found["b"]), int(found["a"]), True, kinds)
    found = _ISO.fullmatch(text)
    if found:
        return _reading(found, int(found["y"]), int(found["m"]), int(found["d"]), False, ())
    found = _COMPACT.fullmatch(text)
    if found:
        return DateReading(int(found["y"]), int(found["m"]), int(found["d"]))
    if text.isascii() and text.isdigit():
        return _read_number(int(text))
    lowered = folded(text)
    found = _NAMED.fullmatch(lowered)
    if found and found["mon"] in MONTHS:
        year, kinds = _full_year(found["y"])
        month = MONTHS[found["mon"]]
        return _reading(
            found, year, month, int(found["d"]), False, (Change.DATE_MONTH_NAME, *kinds)
        )
    return _read_month(text, lowered)


def _read_month(text: str, lowered: str) -> DateReading | Failure:
    """Read a month without its day: 03/2024, 2024-03, mars 2024."""
    found = _MONTH_YEAR.fullmatch(text) or _YEAR_MONTH.fullmatch(text)
    if found:
        return DateReading(int(found["y"]), int(found["m"]), 0)
    found = _NAMED_MONTH_YEAR.fullmatch(lowered)
    if found and found["mon"] in MONTHS:
        return DateReading(
            int(found["y"]), MONTHS[found["mon"]], 0, kinds=(Change.DATE_MONTH_NAME,)
        )
    return Failure.DATE_UNPARSABLE


def _read_number(number: float) -> DateReading | Failure:
    """A number in a date column: a year (2024) or a spreadsheet serial (45366)."""
    if float(number).is_integer() and int(number) in YEARS:
        return DateReading(int(number), 0, 0)
    day = int(number)
    if day not in SERIALS:
        return Failure.DATE_UNPARSABLE
    date = EXCEL_EPOCH + dt.timedelta(days=day)
    reading = DateReading(date.year, date.month, date.day, kinds=(Change.EXCEL_SERIAL_DATE,))
    # A serial's fraction is the time of day; rounding must not reach the next day.
    seconds = min(round((number - day) * 86_400), 86_399)
    if seconds:
        hours, rest = divmod(seconds, 3600)
        reading = reading._replace(clock=(hours, rest // 60, rest % 60))
    return reading


def _full_year(digits: str) -> tuple[int, tuple[str, ...]]:
    year = int(digits)
    if len(digits) > 2:
        return year, ()
    century = 2000 if year <= LAST_21ST_CENTURY_YEAR else 1900
    return century + year, (Change.DATE_TWO_DIGIT_YEAR,)


def _reading(
    found: re.Match[str],
    year: int,
    month: int,
    day: int,
    open_order: bool,
    kinds: tuple[str, ...],
) -> DateReading | Failure:
    """The reading of a matched date, with the time of day written after it, if any."""
    if found["h"] is None:
        return DateReading(year, month, day, open_order, None, False, "", kinds)
    clock = (int(found["h"]), int(found["mi"] or 0), int(found["s"] or 0))
    if clock[0] > 23 or clock[1] > 59 or clock[2] > 59:
        return Failure.DATE_UNPARSABLE
    return DateReading(year, month, day, open_order, clock, True, found["zone"] or "", kinds)
