"""Masked examples: enough of a value to recognise its kind, never enough to read it.

"jean.dupont@gmail.com" → "j***.d*****@gmail.com"; "06 12 34 56 78" → "06 ** ** ** 78";
"Mme Martine DURAND" → "Mme M****** D*****". The examples go to the screen and to JSON,
never to the log.
"""

from __future__ import annotations

import re

from desktop_app.core.privacy.model import Category, word_set

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_KEPT_WORDS = word_set(
    """m mr mme mlle melle monsieur madame mademoiselle et de du des la le les d l rue avenue
    av boulevard bd place chemin impasse allee allée route lieu dit lotissement hameau quai
    cours square passage résidence residence bis ter"""
)
MAX_EXAMPLE = 60


def _stars(word: str) -> str:
    return word[0] + "*" * (len(word) - 1)


def mask_words(text: str) -> str:
    """Each word reduced to its first letter, digits hidden; civilités and street types kept."""

    def hide(match: re.Match[str]) -> str:
        word = match.group()
        if word.isdigit():
            return "*" * len(word)
        return word if word.casefold() in _KEPT_WORDS else _stars(word)

    return _WORD.sub(hide, text)[:MAX_EXAMPLE]


def mask_email(text: str) -> str:
    """First letter of each part of the mailbox; the domain, which names no one, kept."""
    local, _, domain = text.partition("@")
    parts = re.split(r"([._+-])", local)
    hidden = "".join(part if not part or part in "._+-" else _stars(part) for part in parts)
    return f"{hidden}@{domain}"[:MAX_EXAMPLE]


def mask_digits(text: str, *, keep_start: int = 2, keep_end: int = 2) -> str:
    """Digits hidden except the first and last ones; separators kept so the form shows."""
    positions = [match.start() for match in _DIGIT.finditer(text)]
    if len(positions) > keep_start + keep_end:
        hidden = set(positions[keep_start : len(positions) - keep_end])
    else:
        hidden = set(positions)
    return "".join("*" if index in hidden else char for index, char in enumerate(text))[
        :MAX_EXAMPLE
    ]


def mask_identifier(text: str) -> str:
    """Every letter and digit hidden but the first two characters (NIR, IBAN, plates)."""
    seen = 0
    out = []
    for char in text:
        if char.isalnum():
            seen += 1
            out.append(char if seen <= 2 else "*")
        else:
            out.append(char)
    return "".join(out)[:MAX_EXAMPLE]


def mask_date(text: str) -> str:
    """Day and month hidden, the decade kept ("15/03/1985" → "**/**/198*")."""
    digits = [match.start() for match in _DIGIT.finditer(text)]
    year_digits: set[int] = set()
    for start in range(len(text) - 3):
        if all(index in digits for index in range(start, start + 4)):
            year_digits = {start, start + 1, start + 2}
            break
    return "".join(
        "*" if index in digits and index not in year_digits else char
        for index, char in enumerate(text)
    )[:MAX_EXAMPLE]


def mask(text: str, category: Category) -> str:
    """A masked example of a value of this kind."""
    value = text.strip()
    if category is Category.EMAIL:
        return mask_email(value)
    if category is Category.PHONE:
        return mask_digits(value)
    if category in (Category.NIR, Category.IBAN, Category.OTHER_IDENTIFIER):
        return mask_identifier(value)
    if category is Category.BIRTH_DATE:
        return mask_date(value)
    return mask_words(value)
