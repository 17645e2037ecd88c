"""The SIRET and SIREN checks: the number of a body or establishment must exist in form.

The rules are those of python-stdnum's ``stdnum.fr.siret`` and ``stdnum.fr.siren``, which
Validata applies (through fr-format): the number is first cleaned as stdnum cleans it (its own
``compact``: any kind of space — the no-break and narrow no-break spaces office software puts
between groups of digits — and dots are dropped, full-width and other Unicode digits become
ASCII ones), then it must have 14 (SIRET) or 9 (SIREN) digits whose Luhn key is right. No
register is consulted. stdnum judges one number in about 15 µs; the Luhn key is computed here
for all distinct numbers at once, and stdnum still decides the La Poste establishments, whose
key follows another rule.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.validation.custom_checks.common import (
    FINE,
    CheckContext,
    batches,
    verdicts_by_value,
)
from desktop_app.core.validation.custom_checks.result import CheckFindings

SIRET_CODES = ("check-siret-characters", "check-siret-length", "check-siret-key")
SIREN_CODES = ("check-siren-characters", "check-siren-length", "check-siren-key")
_CHARACTERS, _LENGTH, _KEY = 1, 2, 3
_UNSURE = 255  # not yet judged: needs cleaning first
LA_POSTE_SIREN = "356000000"


def check_siret(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find SIRETs that are not 14 digits or whose key is wrong."""
    column = str(params["column"])
    verdicts = verdicts_by_value(context, column, lambda values: _judge(values, 14))
    return batches(context, "siret", column, verdicts, SIRET_CODES)


def check_siren(context: CheckContext, params: Mapping[str, object]) -> list[CheckFindings]:
    """Find SIRENs that are not 9 digits or whose key is wrong."""
    column = str(params["column"])
    verdicts = verdicts_by_value(context, column, lambda values: _judge(values, 9))
    return batches(context, "siren", column, verdicts, SIREN_CODES)


def _judge(values: NDArray[np.object_], length: int) -> NDArray[np.uint8]:
    texts = list(map(str, values.tolist()))
    verdicts = _judge_exact(texts, length)
    # Only numbers not already in their exact form pay for Python-level cleaning.
    odd = np.flatnonzero(verdicts == _UNSURE)
    if odd.size:
        compacted = [_compact(texts[index]) for index in odd.tolist()]
        again = _judge_exact(compacted, length)
        for position in np.flatnonzero(again == _UNSURE).tolist():
            text = compacted[position]
            # stdnum's isdigits() also takes an empty number as digits (of the wrong length).
            digits_only = text.isascii() and (text.isdigit() or not text)
            again[position] = _LENGTH if digits_only else _CHARACTERS
        verdicts[odd] = again
    return verdicts


def _judge_exact(texts: list[str], length: int) -> NDArray[np.uint8]:
    """FINE or _KEY for numbers of exactly ``length`` ASCII digits, _UNSURE for the others."""
    verdicts = np.full(len(texts), _UNSURE, dtype=np.uint8)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    candidates = np.flatnonzero(lengths == length)
    if candidates.size == 0:
        return verdicts
    chosen = [texts[index] for index in candidates.tolist()]
    # A fixed-width NumPy string array exposes each character's code point as a uint32.
    points = np.array(chosen, dtype=f"<U{length}").view(np.uint32).reshape(-1, length)
    ascii_digits = ((points >= ord("0")) & (points <= ord("9"))).all(axis=1)
    digits = (points[ascii_digits] - ord("0")).astype(np.uint8)
    numbers = [chosen[index] for index in np.flatnonzero(ascii_digits).tolist()]
    good = _key_is_right(digits, numbers)
    verdicts[candidates[ascii_digits]] = np.where(good, FINE, _KEY)
    return verdicts


def _compact(text: str) -> str:
    # stdnum's own cleaning, so that what it accepts (and only that) is accepted; SIRET and
    # SIREN share it. Only the numbers not already in their exact form pay for it, and for
    # importing stdnum (its package imports pydoc and ssl).
    from stdnum.exceptions import ValidationError
    from stdnum.fr import siret as stdnum_siret

    try:
        return str(stdnum_siret.compact(text))
    except ValidationError:
        return text


def _key_is_right(digits: NDArray[np.uint8], numbers: list[str]) -> NDArray[np.bool_]:
    good = luhn_valid(digits)
    if digits.shape[1] == 9:
        return good
    # stdnum also checks the SIREN inside the SIRET.
    good &= luhn_valid(digits[:, :9])
    la_poste_siren = np.frombuffer(LA_POSTE_SIREN.encode("ascii"), dtype=np.uint8) - ord("0")
    for index in np.flatnonzero((digits[:, :9] == la_poste_siren).all(axis=1)).tolist():
        from stdnum.fr import siret as stdnum_siret

        good[index] = stdnum_siret.is_valid(numbers[index])
    return good


def luhn_valid(digits: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """Whether each row of digits (one number per row) ends with a right Luhn key."""
    width = digits.shape[1]
    # Counting from the right, every second digit is doubled, then 9 taken off past 9.
    doubled = (width - 1 - np.arange(width)) % 2 == 1
    weighted = np.where(doubled, digits * np.uint8(2), digits)
    weighted = np.where(weighted > 9, weighted - np.uint8(9), weighted)
    return np.asarray(weighted.sum(axis=1, dtype=np.int32) % 10 == 0, dtype=bool)
