"""Ways to rewrite a faulty value so that its field accepts it, each sure or to be confirmed.

Every candidate is checked against the field before it is offered: a rewrite the field
still refuses is no repair. Sure rewrites only change how a value is written (a French
date into the ISO form the pattern wants, a decimal comma, spaces, the case of an allowed
value); rewrites that pick a meaning (the allowed value nearest to "numéraire", a
percentage written without its sign) need the agent's confirmation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.schemas.model import SchemaField
from desktop_app.core.validation.cells import check_column

_SAMPLE_DAY = "2024-03-15"
_SAMPLE_PERIOD = "2024-01-01/2024-12-31"
# "du 01/01/2022 au 31/12/2022", "01/01/2022 - 31/12/2022", "01/01/2022 au 31/12/2022"
_TWO_DATES = re.compile(r"\s*(?:du\s+)?(\S+)\s*(?:au|-|–|à)\s*(\S+)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Repair:
    """A rewrite of one value: the new text, what kind of rewrite, and whether it is sure."""

    after: str
    code: str
    certain: bool


def repairs_for(
    values: Sequence[str],
    field: SchemaField,
    missing: Sequence[str],
    *,
    percent_signs: bool = False,
) -> dict[str, Repair]:
    """For each distinct value that can be repaired, its repair (the first accepted rewrite).

    ``percent_signs``: the agent's column wrote its values with "%" (the mapping took the
    sign away), so "100" there surely means 100 %.
    """
    pending = [value for value in dict.fromkeys(values) if value]
    found: dict[str, Repair] = {}
    converted = _conversions(pending, field)
    passes: list[tuple[str, bool, Callable[[str], str | None]]] = [
        ("repair-conversion", True, converted.get),
        ("repair-dates-in-text", True, lambda v: _dates_in_text(v, field)),
        ("repair-spaces", True, _spaces),
        ("repair-percent", True, lambda v: _percent(v, field, written=True)),
        (
            "repair-percent" if percent_signs else "repair-percent-unwritten",
            percent_signs,
            lambda v: _percent(v, field, written=False),
        ),
        ("repair-nearest-allowed", False, lambda v: _nearest_allowed(v, field)),
    ]
    for code, certain, rewrite in passes:
        candidates = {v: after for v in pending if (after := rewrite(v)) is not None and after != v}
        for before, after in _accepted(candidates, field, missing).items():
            found[before] = Repair(after, code, certain)
        pending = [value for value in pending if value not in found]
        if not pending:
            break
    return found


def _accepted(
    candidates: dict[str, str], field: SchemaField, missing: Sequence[str]
) -> dict[str, str]:
    if not candidates:
        return {}
    afters = np.array(list(candidates.values()), dtype=object)
    verdicts = check_column(afters, field, missing)
    good = ~verdicts.type_error & ~verdicts.constraint_error & ~verdicts.missing
    return {
        before: after
        for (before, after), ok in zip(candidates.items(), good.tolist(), strict=True)
        if ok
    }


def _conversions(values: list[str], field: SchemaField) -> dict[str, str]:
    """What the mapping's own conversions make of each value (dates, numbers, Oui/Non…)."""
    if not values:
        return {}
    # The conversions are imported only when a value needs repairing.
    from desktop_app.core.mapping.conversion import converted_values

    output, _ = converted_values(values, field)
    return {before: str(after) for before, after in zip(values, output, strict=True)}


def accepts(field: SchemaField, text: str) -> bool:
    """Whether the field's pattern takes a text (a field without a pattern takes none here)."""
    pattern = field.constraints.pattern
    if not pattern:
        return False
    try:
        return re.fullmatch(pattern, text) is not None
    except re.error:
        return False


def _dates_in_text(value: str, field: SchemaField) -> str | None:
    """A French date (or two) in a text field whose pattern wants ISO dates or periods."""
    if field.type != "string" or not field.constraints.pattern:
        return None
    single, period = accepts(field, _SAMPLE_DAY), accepts(field, _SAMPLE_PERIOD)
    if not (single or period):
        return None
    day = _iso_day(value)
    if day is not None:
        return day if single else f"{day}/{day}"
    found = _TWO_DATES.fullmatch(value)
    if found is None or not period:
        return None
    start, end = _iso_day(found[1]), _iso_day(found[2])
    if start is None or end is None or start > end:
        return None
    return f"{start}/{end}"


def _iso_day(text: str) -> str | None:
    from desktop_app.core.mapping.conversion.date_reading import DateReading, read_date_text

    reading = read_date_text(text.strip())
    if not isinstance(reading, DateReading) or not (reading.month and reading.day):
        return None
    if reading.clock is not None:
        return None
    # Written with slashes, a French date is read day first.
    try:
        return dt.date(reading.year, reading.month, reading.day).isoformat()
    except ValueError:
        return None


def _spaces(value: str) -> str | None:
    tidied = " ".join(value.split())
    return tidied if tidied != value else None


def _percent(value: str, field: SchemaField, *, written: bool) -> str | None:
    """A share written as a percentage where the field wants a fraction (85 % → 0.85)."""
    maximum = field.constraints.maximum
    if field.type != "number" or maximum is None or float(maximum) > 1:
        return None
    if ("%" in value) != written:
        return None
    number = _simple_number(value.replace("%", ""))
    if number is None or not 1 < number <= 100:
        return None
    return _plain(round(number / 100, 10))


def _simple_number(text: str) -> float | None:
    compact = "".join(text.split()).replace(",", ".")
    try:
        return float(compact)
    except ValueError:
        return None


def _plain(number: float) -> str:
    return f"{number:.10f}".rstrip("0").rstrip(".")


def _nearest_allowed(value: str, field: SchemaField) -> str | None:
    """The one allowed value that the text names, loosely ("NUMERAIRE" → "aide en numéraire")."""
    from desktop_app.core.mapping.conversion.enums import spelling_key

    allowed = [str(item) for item in field.constraints.enum or ()]
    key = spelling_key(value)
    if not allowed or not key:
        return None
    keys = {item: spelling_key(item) for item in allowed}
    # An initial or a cut word (« I », « Fonct. ») begins the value it stands for: within
    # « fonctionnement » the i of « investissement » would make « I » name both.
    beginning = [item for item, k in keys.items() if k.startswith(key)]
    if len(beginning) == 1:
        return beginning[0]
    naming = [item for item, k in keys.items() if key in k or (k and k in key)]
    # "aide en numéraire;aide en nature" also contains "numéraire": keep the plainest.
    plainest = [
        item
        for item in naming
        if not any(other != item and keys[other] in keys[item] for other in naming)
    ]
    return plainest[0] if len(plainest) == 1 else None
