"""SIRET and SIREN numbers, written as the agent's colleagues write them: "213 500 018 00013".

Spaces, dots and dashes between the digits go. Nothing else is repaired: a number Excel
showed as "2,14E+13" has lost its last digits for good, and a SIRET one digit short
cannot be told apart from a wrong one, so both are left for the agent to correct.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import ConversionOptions
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.sources.lost_digits import looks_like_lost_digits

IdentifierKind = Literal["siret", "siren"]
DIGITS: Mapping[IdentifierKind, int] = MappingProxyType({"siret": 14, "siren": 9})
_PATTERNS: Mapping[str, IdentifierKind] = MappingProxyType(
    {
        r"^\d{14}$": "siret",
        r"^[0-9]{14}$": "siret",
        r"^\d{9}$": "siren",
        r"^[0-9]{9}$": "siren",
    }
)
_SEPARATORS = re.compile(r"[\s.\-]+")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
# Excel's General format keeps 6 significant digits of a long number it shows in
# scientific notation; a SIRET that came back from such a display ends in zeros.
_KEPT_DIGITS = 6
_CHANGES: Mapping[IdentifierKind, Change] = MappingProxyType(
    {"siret": Change.SIRET_SPACES_REMOVED, "siren": Change.SIREN_SPACES_REMOVED}
)
# Per kind: scientific notation, wrong number of digits, something else than digits.
_FAILURES: Mapping[IdentifierKind, tuple[Failure, Failure, Failure]] = MappingProxyType(
    {
        "siret": (
            Failure.SIRET_SCIENTIFIC_NOTATION,
            Failure.SIRET_WRONG_LENGTH,
            Failure.SIRET_INVALID_CHARACTERS,
        ),
        "siren": (
            Failure.SIREN_SCIENTIFIC_NOTATION,
            Failure.SIREN_WRONG_LENGTH,
            Failure.SIREN_INVALID_CHARACTERS,
        ),
    }
)


def identifier_kind(schema_field: SchemaField) -> IdentifierKind | None:
    """Whether a string field holds SIRET or SIREN numbers, by its pattern, name or title.

    The title counts: subventions' idBeneficiaire has no pattern, but is titled
    "Identification SIRET du bénéficiaire".
    """
    if schema_field.type != "string":
        return None
    pattern = schema_field.constraints.pattern
    if pattern:
        return _PATTERNS.get(pattern)
    name = f"{schema_field.name} {schema_field.title}".casefold()
    if "siret" in name:
        return "siret"
    if "siren" in name:
        return "siren"
    return None


def convert_identifiers(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Remove the separators inside SIRET or SIREN numbers; refuse damaged ones."""
    del options  # nothing to choose
    kind = identifier_kind(schema_field) or "siret"
    outcomes = Outcomes.kept(cells, kind)
    change = _CHANGES[kind]
    scientific, wrong_length, invalid = _FAILURES[kind]
    for index, text in enumerate(cells.texts):
        if not text:
            continue
        if (
            _SCIENTIFIC.fullmatch(text)
            or _lost_digits(cells.values[index])
            or looks_like_lost_digits(text)
        ):
            outcomes.fail(index, scientific)
            continue
        digits = _SEPARATORS.sub("", text)
        if not (digits.isascii() and digits.isdigit()):
            outcomes.fail(index, invalid)
        elif len(digits) != DIGITS[kind]:
            outcomes.fail(index, wrong_length)
        elif digits != text:
            outcomes.convert(index, digits, (change,))
    return outcomes


def _lost_digits(value: Any) -> bool:
    """Whether a number from a workbook looks rounded by a scientific-notation display."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, float) and not value.is_integer():
        return False
    digits = str(int(value))
    return len(digits) > _KEPT_DIGITS + 3 and len(digits.rstrip("0")) <= _KEPT_DIGITS
