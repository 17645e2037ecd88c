"""Reading one number as a town hall writes it: "1 234,50 €", "−12", "12,5 %", "(1 200)".

This is the reference reading, value by value. ``numbers`` reads the plain values of a
column in bulk the same way, and gives the others to this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import DecimalChar

SPACES = " \u00a0\u202f\u2009\u2007"
# Marks that group thousands, besides the decimal mark the column does not use.
GROUP_MARKS = SPACES + "'’"
_MINUSES = "-\u2212\u2013"
_CURRENCY_AFTER = re.compile(r"\s*(?:€|eur|euros?)\.?$", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"^(?:€|eur)\s*", re.IGNORECASE)
_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d*)?[eE][+-]?\d+")
_GROUPED: Mapping[str, re.Pattern[str]] = MappingProxyType(
    {
        mark: re.compile(rf"[1-9][0-9]{{0,2}}(?:[{GROUP_MARKS}{other}][0-9]{{3}})+")
        for mark, other in ((",", "."), (".", ","))
    }
)
_NOT_DIGIT = re.compile(r"\D")

# A number's text once its currency, percent and sign are set aside: (negative, body, kinds).
Unsigned = tuple[bool, str, tuple[str, ...]]


def other_mark(mark: DecimalChar) -> DecimalChar:
    """The decimal mark that is not ``mark``."""
    return "." if mark == "," else ","


def read_number_text(
    text: str, decimal: DecimalChar, integer: bool, output_decimal: str
) -> tuple[str, tuple[str, ...]] | Failure:
    """A number's text as the schema writes it, with the change kinds, or why it cannot be."""
    unsigned = strip_decorations(text)
    if isinstance(unsigned, Failure):
        return unsigned
    negative, body, kinds = unsigned
    result = read_body(body, decimal, integer, output_decimal)
    if isinstance(result, Failure):
        return result
    digits, body_kinds = result
    return ("-" + digits if negative else digits), kinds + body_kinds


def strip_decorations(text: str) -> Unsigned | Failure:
    """Set aside the currency, percent sign and sign around a number's digits."""
    if text.startswith("(") and text.endswith(")"):
        return Failure.NUMBER_ACCOUNTING_NEGATIVE
    kinds: list[str] = []
    body = text
    if not body[-1].isdigit():
        currency = _CURRENCY_AFTER.search(body)
        if currency:
            body = body[: currency.start()]
            kinds.append(Change.CURRENCY_REMOVED)
        if body.endswith("%"):
            body = body[:-1].rstrip(SPACES)
            kinds.append(Change.PERCENT_SIGN_REMOVED)
    if body and not body[0].isdigit():
        currency = _CURRENCY_BEFORE.match(body)
        if currency:
            body = body[currency.end() :]
            kinds.append(Change.CURRENCY_REMOVED)
    negative = False
    if body and body[0] in _MINUSES:
        negative = True
        if body[0] != "-":
            kinds.append(Change.MINUS_SIGN_NORMALISED)
        body = body[1:].lstrip(SPACES)
    elif body[:1] == "+":
        kinds.append(Change.PLUS_SIGN_REMOVED)
        body = body[1:].lstrip(SPACES)
    if not body:
        return Failure.NUMBER_UNPARSABLE
    if _SCIENTIFIC.fullmatch(body):
        return Failure.NUMBER_SCIENTIFIC_NOTATION
    return negative, body, tuple(kinds)


def read_body(
    body: str, decimal: DecimalChar, integer: bool, output_decimal: str
) -> tuple[str, tuple[str, ...]] | Failure:
    """The digits of an unsigned number as the schema writes them, with the change kinds."""
    split = split_body(body, decimal)
    if split is None:
        if split_body(body, other_mark(decimal)) is not None:
            return Failure.NUMBER_MIXED_SEPARATORS
        return Failure.NUMBER_UNPARSABLE
    digits, fraction, grouped = split
    kinds: list[str] = [Change.THOUSANDS_SEPARATOR] if grouped else []
    has_mark = decimal in body
    if integer:
        if fraction.strip("0"):
            return Failure.INTEGER_HAS_DECIMALS
        if has_mark:
            kinds.append(Change.DECIMAL_ZEROS_REMOVED)
        return digits, tuple(kinds)
    if has_mark and decimal != output_decimal:
        kinds.append(Change.DECIMAL_COMMA if decimal == "," else Change.DECIMAL_POINT)
    if fraction:
        digits = f"{digits}{output_decimal}{fraction}"
    return digits, tuple(kinds)


def split_body(body: str, decimal: DecimalChar) -> tuple[str, str, bool] | None:
    """Integer digits, decimal digits and whether thousands were grouped; None if unreadable."""
    whole, _, fraction = body.partition(decimal)
    if fraction and not _is_digits(fraction):
        return None
    if _is_digits(whole):
        return whole, fraction, False
    if not whole:
        return ("0", fraction, False) if fraction else None
    if _GROUPED[decimal].fullmatch(whole):
        return _NOT_DIGIT.sub("", whole), fraction, True
    return None


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()
