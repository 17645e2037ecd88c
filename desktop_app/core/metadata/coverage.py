"""Temporal and spatial coverage worked out from the data itself."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import pandas as pd

from desktop_app.core.metadata.model import TemporalCoverage
from desktop_app.core.schemas.model import SchemaField, TableSchema

DATE_TYPES = frozenset({"date", "datetime", "year", "yearmonth"})
_PLACE_FIELD = re.compile(r"(^|_)(lat|lon|long|latitude|longitude|geopoint|coordonnees)(_|$)")


def date_fields(schema: TableSchema) -> list[SchemaField]:
    """The schema's fields that hold dates (or years, or months)."""
    return [field for field in schema.fields if field.type in DATE_TYPES]


def temporal_coverage(frame: pd.DataFrame, schema: TableSchema) -> TemporalCoverage | None:
    """From the earliest to the latest date of the schema-shaped table, None without dates.

    Values are read in the schema's own formats (those the publishable file holds); a value
    that is not a date is left out rather than guessed.
    """
    found: list[date] = []
    for field in date_fields(schema):
        if field.name in frame.columns:
            found.extend(_dates(frame[field.name].astype(str), field.type))
    if not found:
        return None
    return TemporalCoverage(min(found), max(found))


def _dates(values: pd.Series, kind: str) -> Iterable[date]:
    text = values.str.strip()
    if kind == "year":
        years = pd.to_numeric(text.where(text.str.fullmatch(r"\d{4}")), errors="coerce").dropna()
        if years.empty:
            return []
        return [date(int(years.min()), 1, 1), date(int(years.max()), 12, 31)]
    if kind == "yearmonth":
        months = pd.to_datetime(
            text.where(text.str.fullmatch(r"\d{4}-\d{2}")), format="%Y-%m", errors="coerce"
        ).dropna()
        if months.empty:
            return []
        last = months.max() + pd.offsets.MonthEnd(0)
        return [months.min().date(), last.date()]
    moments = pd.to_datetime(text.str.slice(0, 10), format="%Y-%m-%d", errors="coerce").dropna()
    if moments.empty:
        return []
    return [moments.min().date(), moments.max().date()]


def granularity_for(schema: TableSchema | None) -> str:
    """``poi`` for lists of places (the schema has coordinates), else ``fr:commune``."""
    if schema is None:
        return "fr:commune"
    for field in schema.fields:
        if field.type == "geopoint" or _PLACE_FIELD.search(field.name.lower()):
            return "poi"
    return "fr:commune"
