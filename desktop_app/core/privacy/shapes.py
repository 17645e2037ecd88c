"""What the values of a column are made of, whatever its title says.

A column of amounts, codes or dates, or a handful of values repeated on every row (« Unique »,
« M »/« F », « échelonné »), holds no one's name: its title may say « Nom » or « élu », its
values decide. A title that points to an e-mail, a phone, a NIR or a date of birth is believed
only when the values have the shape of one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.privacy import patterns

_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"[\dA-Z]{5,}")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class ValueShape:
    """The shape of a column's sampled values: digits, distinct values, code-like values."""

    count: int
    distinct: int
    with_digits: float

    @classmethod
    def of(cls, values: Sequence[str]) -> ValueShape:
        """Measure the sampled values (non-empty, stripped)."""
        count = len(values)
        if not count:
            return cls(0, 0, 0.0)
        digits = sum(_DIGIT.search(value) is not None for value in values)
        return cls(count, len(set(values)), digits / count)

    @property
    def repeated_categories(self) -> bool:
        """A handful of values repeated over many rows: categories, not people."""
        if self.count < 10:
            return False
        return self.distinct <= max(3, min(20, self.count * 0.05))

    @property
    def never_names(self) -> bool:
        """Numbers, amounts, codes or dates: no name has digits in most of its values."""
        return self.count > 0 and self.with_digits >= 0.5


def share(values: Sequence[str], accepts: object) -> float:
    """Share of the values a test accepts (0 for no values)."""
    if not values or not callable(accepts):
        return 0.0
    return sum(1 for value in values if accepts(value)) / len(values)


def looks_like_nir(value: str) -> bool:
    """Fifteen characters of digits (2A/2B for Corsica), a NIR's shape even if its key is off."""
    compact = patterns.SPACES.sub("", value).upper()
    return (
        len(compact) == 15
        and compact[:1] in "1234789"
        and compact.replace("A", "0").replace("B", "0").isdigit()
    )


def looks_like_account(value: str) -> bool:
    """A bank account's shape: a long code of letters and digits (IBAN, RIB)."""
    compact = patterns.SPACES.sub("", value).upper()
    return (
        len(compact) >= 15
        and _CODE.fullmatch(compact) is not None
        and sum(char.isdigit() for char in compact) >= 10
    )


def looks_like_phone(value: str) -> bool:
    """At least eight digits, whatever the separators."""
    return len(_DIGIT.findall(value)) >= 8


def looks_like_date(value: str) -> bool:
    """A date, or a year alone (a date of birth cut to its year is still one)."""
    text = value.strip()
    return patterns.birth_year(text) is not None or _YEAR.fullmatch(text) is not None


def title_contradicted(category: str, values: Sequence[str]) -> bool:
    """Whether values contradict a title pointing to this kind (``Category`` value)."""
    tests = {
        "nir": looks_like_nir,
        "iban": looks_like_account,
        "phone": looks_like_phone,
        "birth_date": looks_like_date,
        "email": lambda value: "@" in value,
    }
    accepts = tests.get(category)
    return accepts is not None and share(values, accepts) < 0.3
