"""Dates, datetimes, years and times put in the schema's form, the day/month order per column."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
import pytest

from desktop_app.core.mapping.conversion import ColumnConversion, ConversionOptions, convert_column
from desktop_app.core.schemas.model import FieldConstraints, SchemaField
from desktop_app.paths import resources_dir

DATE = SchemaField("date", "date")


def convert(
    texts: Sequence[str],
    field: SchemaField = DATE,
    typed: Sequence[Any] | None = None,
    options: ConversionOptions | None = None,
) -> ColumnConversion:
    values = None if typed is None else pd.Series(list(typed), dtype=object)
    return convert_column(pd.Series(list(texts), dtype=object), values, field, options=options)


def delib_date() -> SchemaField:
    path = resources_dir() / "schemas/schemas/scdl/deliberations/2.1.5/schema.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    raw = next(item for item in descriptor["fields"] if item["name"] == "DELIB_DATE")
    constraints = FieldConstraints(required=raw["constraints"]["required"])
    return SchemaField(raw["name"], raw["type"], raw.get("format"), constraints=constraints)


def test_french_spellings_of_a_date_become_iso() -> None:
    texts = ["15/03/2024", "15-03-2024", "15.03.2024", "2024-03-15", "15/3/2024", "20240315"]
    result = convert(texts, delib_date())
    assert list(result.output) == ["2024-03-15"] * 6
    assert result.changed == 5
    assert dict(result.counts_by_kind) == {"date-reordered": 5}
    assert result.failed == 0
    assert result.detail["date_order"] == "day-first"
    assert result.detail["date_order_basis"] == "values"


def test_two_digit_years_are_put_in_their_century() -> None:
    result = convert(["15/3/24", "01/01/69", "01/01/70", "31/12/99"])
    assert list(result.output) == ["2024-03-15", "2069-01-01", "1970-01-01", "1999-12-31"]
    assert result.counts_by_kind["date-two-digit-year"] == 4
    assert result.counts_by_kind["date-reordered"] == 4


def test_month_names_in_french_are_read() -> None:
    texts = ["15 mars 2024", "1er mars 2024", "1ᵉʳ août 2024", "lundi 4 mars 2024", "3 févr. 2024"]
    result = convert(texts)
    assert list(result.output) == [
        "2024-03-15",
        "2024-03-01",
        "2024-08-01",
        "2024-03-04",
        "2024-02-03",
    ]
    assert dict(result.counts_by_kind) == {"date-month-name": 5}
    assert "date_order" not in result.detail  # nothing needed the column's order


def test_a_month_without_its_day_is_a_failure_for_a_date_field() -> None:
    result = convert(["mars 2024", "03/2024", "15/03/2024"])
    assert list(result.output) == ["mars 2024", "03/2024", "2024-03-15"]
    assert list(result.failures) == [0, 1]
    assert dict(result.failure_codes) == {"date-incomplete": 2}
    assert list(result.failure_reasons) == ["date-incomplete", "date-incomplete"]


def test_a_month_without_its_day_fills_a_yearmonth_field() -> None:
    result = convert(["mars 2024", "03/2024", "2024-03"], SchemaField("mois", "yearmonth"))
    assert list(result.output) == ["2024-03", "2024-03", "2024-03"]
    assert dict(result.counts_by_kind) == {"date-month-name": 1, "date-reordered": 1}


def test_the_order_is_decided_for_the_whole_column_never_per_cell() -> None:
    # 05/03 alone could be either; 03/15 proves the column writes the month first.
    result = convert(["05/03/2024", "03/15/2024", "12/01/2024"])
    assert list(result.output) == ["2024-05-03", "2024-03-15", "2024-12-01"]
    assert result.detail["date_order"] == "month-first"
    assert result.detail["date_order_basis"] == "values"


def test_a_day_above_twelve_makes_the_whole_column_day_first() -> None:
    result = convert(["05/03/2024", "15/03/2024"])
    assert list(result.output) == ["2024-03-05", "2024-03-15"]
    assert result.detail["date_order"] == "day-first"
    assert result.detail["date_order_basis"] == "values"


def test_an_ambiguous_column_is_read_day_first_and_says_so() -> None:
    result = convert(["05/03/2024", "03/05/2024", "01/02/2024"])
    assert list(result.output) == ["2024-03-05", "2024-05-03", "2024-02-01"]
    assert result.detail["date_order"] == "day-first"
    assert result.detail["date_order_basis"] == "default"


def test_the_agent_can_force_the_order() -> None:
    options = ConversionOptions(date_order="month-first")
    result = convert(["05/03/2024", "15/03/2024"], options=options)
    assert list(result.output) == ["2024-05-03", "15/03/2024"]
    assert result.detail["date_order_basis"] == "option"
    # 15/03 read month first is no date, but it would be one day first: a conflict.
    assert dict(result.failure_codes) == {"date-order-conflict": 1}


def test_values_contradicting_the_column_order_are_left_as_they_were() -> None:
    result = convert(["13/01/2024", "14/01/2024", "01/13/2024"])
    assert result.detail["date_order"] == "day-first"
    assert result.detail["date_order_basis"] == "conflicting-values"
    assert list(result.output) == ["2024-01-13", "2024-01-14", "01/13/2024"]
    assert list(result.failures) == [2]
    assert dict(result.failure_codes) == {"date-order-conflict": 1}


def test_impossible_and_unreadable_dates_are_failures() -> None:
    result = convert(["31/02/2024", "bientôt", "12", "15/03/2024"])
    assert list(result.output) == ["31/02/2024", "bientôt", "12", "2024-03-15"]
    assert dict(result.failure_codes) == {"date-invalid": 1, "date-unparsable": 2}
    assert result.failure_examples["date-unparsable"] == ("bientôt", "12")


def test_excel_serial_numbers_become_dates() -> None:
    result = convert(["45366", "45366", "999"], typed=[45366, None, None])
    # Typed 45366 and text 45366 are both serials; 999 is neither a year nor a serial.
    assert list(result.output) == ["2024-03-15", "2024-03-15", "999"]
    assert result.counts_by_kind["excel-serial-date"] == 2
    assert dict(result.failure_codes) == {"date-unparsable": 1}


def test_workbook_dates_and_midnight_datetimes_become_dates() -> None:
    typed = [dt.date(2024, 3, 15), dt.datetime(2024, 3, 16), dt.datetime(2024, 3, 17, 14, 30)]
    texts = ["15/03/2024", "16/03/2024", "17/03/2024 14:30"]
    result = convert(texts, typed=typed)
    assert list(result.output) == ["2024-03-15", "2024-03-16", "17/03/2024 14:30"]
    assert dict(result.counts_by_kind) == {"date-reordered": 2}
    assert dict(result.failure_codes) == {"date-has-time": 1}


def test_a_written_midnight_time_is_dropped() -> None:
    result = convert(["2024-03-15 00:00:00", "15/03/2024 00:00", "2024-03-15T00:00:00"])
    assert list(result.output) == ["2024-03-15"] * 3
    assert dict(result.counts_by_kind) == {"datetime-to-date": 3, "date-reordered": 1}


def test_a_strftime_format_is_followed() -> None:
    french = SchemaField("date", "date", format="%d/%m/%Y")
    result = convert(["2024-03-15", "15/03/2024", "5/3/2024"], french)
    assert list(result.output) == ["15/03/2024", "15/03/2024", "05/03/2024"]
    assert result.changed == 2


def test_a_year_format_keeps_only_the_year() -> None:
    year_only = SchemaField("annee", "date", format="%Y")
    result = convert(["2024", "15/03/2024"], year_only, typed=[2024, None])
    assert list(result.output) == ["2024", "2024"]
    assert dict(result.counts_by_kind) == {"date-precision-reduced": 1}


def test_a_year_field_takes_years() -> None:
    result = convert(
        ["2016", "2017", "an 2018"], SchemaField("ANNEE", "year"), typed=[2016, None, None]
    )
    assert list(result.output) == ["2016", "2017", "an 2018"]
    assert dict(result.failure_codes) == {"date-unparsable": 1}


def test_datetimes_need_their_time() -> None:
    field = SchemaField("horodatage", "datetime")
    texts = ["15/03/2024 14:30", "2024-03-15T14:30:00Z", "15/03/2024", "15/03/2024 à 9h05"]
    typed = [None, None, None, None]
    result = convert(texts, field, typed)
    assert list(result.output) == [
        "2024-03-15T14:30:00",
        "2024-03-15T14:30:00Z",
        "15/03/2024",
        "2024-03-15T09:05:00",
    ]
    assert dict(result.failure_codes) == {"datetime-without-time": 1}


def test_typed_datetimes_fill_a_datetime_field() -> None:
    field = SchemaField("horodatage", "datetime")
    result = convert(["15/03/2024 14:30"], field, [dt.datetime(2024, 3, 15, 14, 30)])
    assert list(result.output) == ["2024-03-15T14:30:00"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("9h30", "09:30:00"), ("14:30", "14:30:00"), ("14h", "14:00:00"), ("08:15:30", "08:15:30")],
)
def test_times_of_day(text: str, expected: str) -> None:
    result = convert([text], SchemaField("heure", "time"))
    assert list(result.output) == [expected]
    assert result.failed == 0


def test_impossible_times_are_failures() -> None:
    result = convert(["25:00", "midi"], SchemaField("heure", "time"), typed=[None, None])
    assert list(result.output) == ["25:00", "midi"]
    assert dict(result.failure_codes) == {"time-unparsable": 2}


def test_typed_times_are_written_in_full() -> None:
    result = convert(["14:30"], SchemaField("heure", "time"), [dt.time(14, 30)])
    assert list(result.output) == ["14:30:00"]
    assert dict(result.counts_by_kind) == {"time-normalised": 1}


def test_empty_cells_stay_empty_and_spaces_around_dates_go() -> None:
    result = convert(["", " 15/03/2024 ", "   "])
    assert list(result.output) == ["", "2024-03-15", ""]
    assert dict(result.counts_by_kind) == {"whitespace-trimmed": 2, "date-reordered": 1}
    assert result.changed == 2
