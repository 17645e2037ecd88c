"""The checks on the written form of one cell: year intervals, ACTES subjects, hours, phones.

Each distinct value is judged once; empty cells are never judged (a required value is the
schema's own ``required`` rule).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.validation.custom_checks.common import (
    FINE,
    CheckContext,
    batch,
    batches,
    distinct,
    is_yes,
    verdicts_by_value,
)
from desktop_app.core.validation.custom_checks.nomenclature import fold
from desktop_app.core.validation.custom_checks.result import CheckFindings

YEAR_CODES = ("check-year-interval-form", "check-year-or-interval-form")
ACTES_CODES = ("check-actes-slash", "check-actes-spaces", "check-actes-level1")
# Searched with re.search, as pandas' str.extract did: "$" also matches before a final "\n".
_YEAR_OR_INTERVAL = re.compile(r"^(?P<first>[0-9]{4})(?:/(?P<last>[0-9]{4}))?$")
# The OpenStreetMap opening_hours keywords, each in its only documented spelling.
_KEYWORDS = frozenset(
    ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
     "Aug", "Sep", "Oct", "Nov", "Dec", "PH", "SH", "week", "easter", "open", "closed", "off",
     "unknown", "dawn", "sunrise", "sunset", "dusk"]
)  # fmt: skip
_KEYWORDS_FOLDED = frozenset(word.casefold() for word in _KEYWORDS)
_COMMENT = re.compile(r'"[^"]*"')
_WORD = re.compile(r"[A-Za-z]+")
_ONE_DIGIT_HOUR = re.compile(r"(?<![0-9])[0-9]:[0-9]")
# "01 44 11 12 13", "01.44.11.12.13", "0144111213": ten digits, pairs apart or not.
_FRENCH_NATIONAL = re.compile(r"0[1-9](?:[ .\-]?[0-9]{2}){4}")


def check_year_interval(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find budget years that are not "2023/2024" (or "2024" when the schema allows it)."""
    column = str(params["column"])
    year_only = is_yes(params.get("allowyearonly", False))
    cells, filled = context.cells(column), context.filled(column)
    row_codes, uniques = context.distinct(column)
    parts = [_YEAR_OR_INTERVAL.search(str(value)) for value in uniques.tolist()]
    first_text = np.array([part["first"] if part else "" for part in parts], dtype=object)
    last_text = np.array([part["last"] or "" if part else "" for part in parts], dtype=object)
    matched = np.fromiter((part is not None for part in parts), dtype=bool, count=len(parts))
    has_last = np.asarray(last_text != "", dtype=bool)
    first = np.array([int(text or 0) for text in first_text.tolist()], dtype=np.int64)
    last = np.array([int(text or 0) for text in last_text.tolist()], dtype=np.int64)
    form_ok = matched & (has_last | year_only)
    wrong_form = (~form_ok)[row_codes] & filled
    wrong_order = (form_ok & has_last & (last <= first))[row_codes] & filled
    found: list[CheckFindings] = []
    code = YEAR_CODES[1] if year_only else YEAR_CODES[0]
    positions = np.flatnonzero(wrong_form)
    if positions.size:
        found.append(batch(context, "year-interval-value", code, column, positions, cells))
    positions = np.flatnonzero(wrong_order)
    if positions.size:
        years = {
            # As text: a year is not a quantity, "2 024" would read oddly.
            "first": first_text[row_codes[positions]],
            "last": last_text[row_codes[positions]],
        }
        found.append(
            batch(
                context,
                "year-interval-value",
                "check-year-interval-order",
                column,
                positions,
                cells,
                extras=years,
            )
        )
    return found


def check_actes(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find deliberation subjects not written "level 1/level 2" with a known level 1.

    The rule is Validata's: a slash, no space around it, and a level-1 name of the ACTES
    nomenclature, whatever the case and accents. Level 2 is not checked: the schema lets a
    commune use its own list of subjects after the slash.
    """
    column = str(params["column"])

    def judge(values: NDArray[np.object_]) -> NDArray[np.uint8]:
        parts = [str(value).partition("/") for value in values.tolist()]
        # Many subjects share a few level-1 names: fold each name once.
        name_codes, names = distinct(np.array([before for before, _, _ in parts], dtype=object))
        known = np.fromiter(
            (fold(str(name)) in context.actes_level1 for name in names.tolist()),
            dtype=bool,
            count=len(names),
        )[name_codes]
        # Only the slash between the levels: the official level-2 name
        # "Transactions /protocole d'accord transactionnel" has a space before its own slash.
        spaced = np.fromiter(
            (before[-1:].isspace() or after[:1].isspace() for before, _, after in parts),
            dtype=bool,
            count=len(parts),
        )
        slash = np.fromiter((bool(sep) for _, sep, _ in parts), dtype=bool, count=len(parts))
        return np.select([~slash, spaced, ~known], [1, 2, 3], FINE).astype(np.uint8)

    verdicts = verdicts_by_value(context, column, judge)
    return batches(context, "nomenclature-acte", column, verdicts, ACTES_CODES)


def check_opening_hours(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find opening hours not written in the OpenStreetMap way ("Mo-Fr 08:30-12:00")."""
    column = str(params["column"])

    def judge(values: NDArray[np.object_]) -> NDArray[np.uint8]:
        return np.array([not _opening_hours_ok(str(value)) for value in values], dtype=np.uint8)

    verdicts = verdicts_by_value(context, column, judge)
    return batches(context, "opening-hours-value", column, verdicts, ("check-opening-hours",))


def check_phone(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find phone numbers that are neither French, nor international with "+", nor short."""
    column = str(params["column"])

    def judge(values: NDArray[np.object_]) -> NDArray[np.uint8]:
        # phonenumbers takes about 20 µs to read a number. Whether a French number exists
        # depends only on the block it starts with (at most 5 digits after the 0 in
        # libphonenumber's data), so each block is asked once, without the reading step.
        answers: dict[str, bool] = {}
        verdicts = np.empty(len(values), dtype=np.uint8)
        for index, value in enumerate(values.tolist()):
            text = str(value)
            if _FRENCH_NATIONAL.fullmatch(text) is None:
                verdicts[index] = not phone_ok(text)
                continue
            digits = text.replace(" ", "").replace(".", "").replace("-", "")
            known = answers.get(digits[:6])
            if known is None:
                known = answers[digits[:6]] = _french_number_exists(digits)
            verdicts[index] = not known
        return verdicts

    verdicts = verdicts_by_value(context, column, judge)
    return batches(context, "phone-number-value", column, verdicts, ("check-phone",))


def phone_ok(value: str) -> bool:
    """Whether a phone number is valid: French (10 digits), international, or a short number.

    As in Validata, a number without "+" is read as French, and short numbers such as 115 or
    3949 are accepted.
    """
    # Imported here: only a schema with telephone numbers pays for it at start-up.
    import phonenumbers

    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException:
        return False
    return bool(
        phonenumbers.is_valid_number(number)
        or phonenumbers.is_valid_short_number_for_region(number, "FR")
    )


def _french_number_exists(digits: str) -> bool:
    import phonenumbers

    number = phonenumbers.PhoneNumber(country_code=33, national_number=int(digits[1:]))
    return bool(phonenumbers.is_valid_number(number))


def _opening_hours_ok(value: str) -> bool:
    if not _written_as_documented(value):
        return False
    import opening_hours  # only a schema with opening hours pays for it at start-up

    try:
        return bool(opening_hours.validate(value))
    except ValueError:  # the library raises on text it cannot even tokenise
        return False


def _written_as_documented(value: str) -> bool:
    """Whether the hours keep the spelling OpenStreetMap's syntax prescribes.

    The opening-hours library forgives what the documented syntax (and the national
    validator) refuses: "8:00" for "08:00", "mo" or "MO" for "Mo", "OFF" for "off". Each
    keyword has one spelling, hours two digits; comments between quotes are free text.
    """
    bare = _COMMENT.sub(" ", value)
    if _ONE_DIGIT_HOUR.search(bare):
        return False
    return all(
        word in _KEYWORDS or word.casefold() not in _KEYWORDS_FOLDED for word in _WORD.findall(bare)
    )
