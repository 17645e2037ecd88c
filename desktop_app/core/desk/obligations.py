"""What a commune is commonly expected to publish, read from resources/obligations.

The list is data (obligations.json, with its sources in SOURCE.md): each entry names its
national schema, its legal reference when there is one, whether it is required or only
recommended, and when it applies. Its status for a commune comes from the commune's
datasets on data.gouv.fr, matched by schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.errors import AppError

OBLIGATIONS_FILE = Path("obligations") / "obligations.json"
FORMAT = "datamairie-obligations"


class ObligationStatus(StrEnum):
    """Where the commune stands for one obligation (the desk's and the JSON's words)."""

    PUBLISHED = "published"
    LATE = "late"
    NEVER = "never"
    NOT_APPLICABLE = "not-applicable"


@dataclass(frozen=True)
class Obligation:
    """One dataset a commune is expected (or advised) to publish.

    ``min_population`` is the size from which it applies (None: every commune); ``due`` is a
    yearly deadline as ``MM-DD`` (None: no fixed date, the dataset's own frequency says).
    ``title`` and ``sentence`` are in French and English, keyed by language.
    """

    id: str
    schema: str | None
    required: bool
    min_population: int | None
    due: str | None
    reference: str | None
    title: Mapping[str, str]
    sentence: Mapping[str, str]

    def applies_to(self, population: int | None) -> bool | None:
        """Whether it applies to a commune of that size; None when the size is unknown."""
        if self.min_population is None:
            return True
        if population is None:
            return None
        return population >= self.min_population

    def next_due(self, today: date) -> date | None:
        """The next yearly deadline (today's included), None without one."""
        if self.due is None:
            return None
        month, day = (int(part) for part in self.due.split("-"))
        deadline = date(today.year, month, day)
        return deadline if deadline >= today else date(today.year + 1, month, day)

    def missed_deadline(self, last_update: datetime | None, today: date) -> bool:
        """Whether this year's deadline passed with nothing published since January."""
        if self.due is None:
            return False
        month, day = (int(part) for part in self.due.split("-"))
        if today <= date(today.year, month, day):
            return False
        return last_update is None or last_update.date() < date(today.year, 1, 1)


def load_obligations(resources: Path) -> tuple[Obligation, ...]:
    """The bundled list of obligations.

    Raises:
        AppError: ``desk-obligations-damaged`` when the file is missing or malformed.
    """
    path = resources / OBLIGATIONS_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError(path.name)
        return tuple(_entry(item) for item in document["obligations"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise AppError("desk-obligations-damaged", file=path.name) from None


def _entry(item: Mapping[str, object]) -> Obligation:
    minimum = item.get("min_population")
    title, sentence = item["title"], item["sentence"]
    if not isinstance(title, Mapping) or not isinstance(sentence, Mapping):
        raise TypeError("title or sentence is not a mapping")
    return Obligation(
        id=str(item["id"]),
        schema=None if item.get("schema") is None else str(item["schema"]),
        required=bool(item["required"]),
        min_population=None if minimum is None else int(str(minimum)),
        due=None if item.get("due") is None else str(item["due"]),
        reference=None if item.get("reference") is None else str(item["reference"]),
        title=MappingProxyType({str(k): str(v) for k, v in title.items()}),
        sentence=MappingProxyType({str(k): str(v) for k, v in sentence.items()}),
    )


def obligation_status(
    obligation: Obligation,
    matches: Iterable[tuple[bool, datetime | None]],
    population: int | None,
    today: date,
) -> ObligationStatus:
    """The status from the commune's datasets of that schema, as (late, last update) pairs."""
    if obligation.applies_to(population) is False:
        return ObligationStatus.NOT_APPLICABLE
    found = list(matches)
    if not found:
        return ObligationStatus.NEVER
    latest = max((when for _, when in found if when is not None), default=None)
    if all(late for late, _ in found) or obligation.missed_deadline(latest, today):
        return ObligationStatus.LATE
    return ObligationStatus.PUBLISHED
