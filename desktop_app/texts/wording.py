"""A message in the agent's two languages: the unit every text catalogue is made of."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    """A message in French and English, with singular forms chosen by a count parameter."""

    fr: str
    en: str
    fr_one: str | None = None
    en_one: str | None = None
    count: str | None = None
