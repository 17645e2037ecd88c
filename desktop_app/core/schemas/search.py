"""Finding a schema by the words an agent would type: "déliberation", "equipement", "menus".

Accents and case are ignored, a word matches its plural and its beginning ("délib"), and
every word typed must be found; the schemas whose name or title match come first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.core.schemas.model import CatalogueEntry

# Short words that carry no meaning in a search ("budget de la commune").
STOP_WORDS = frozenset(
    {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "par"}
    | {"pour", "sur", "un", "une"}
)
LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})
# A word found in the name or title says more about a schema than one found in its description.
NAME_WEIGHT = 3.0
TITLE_WEIGHT = 3.0
DESCRIPTION_WEIGHT = 1.0
EXACT_BONUS = 2.0


def fold(text: str) -> str:
    """Text without accents or case, as compared by the search: "Équipés" → "equipes"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def search_words(text: str) -> list[str]:
    """The words of a text as the search compares them: folded, singular, in order."""
    return [_singular(word) for word in re.findall(r"[a-z0-9]+", fold(text))]


def query_words(text: str) -> list[str]:
    """The meaningful words of what the agent typed (short linking words left out)."""
    words = [word for word in search_words(text) if word not in STOP_WORDS]
    return words or search_words(text)


@dataclass(frozen=True)
class _Indexed:
    entry: CatalogueEntry
    position: int
    name: frozenset[str]
    title: frozenset[str]
    description: frozenset[str]


def rank(entries: Sequence[CatalogueEntry], text: str) -> list[CatalogueEntry]:
    """The entries where every word of ``text`` is found, best first.

    Ties keep the order of ``entries`` (SCDL first), so an empty search returns them all.
    """
    words = query_words(text)
    if not words:
        return list(entries)
    scored: list[tuple[float, int, CatalogueEntry]] = []
    for indexed in _index(entries):
        score = _score(indexed, words)
        if score > 0:
            scored.append((-score, indexed.position, indexed.entry))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in scored]


def _index(entries: Iterable[CatalogueEntry]) -> list[_Indexed]:
    return [
        _Indexed(
            entry=entry,
            position=position,
            name=frozenset(search_words(entry.name)),
            title=frozenset(search_words(entry.title)),
            description=frozenset(search_words(entry.description)),
        )
        for position, entry in enumerate(entries)
    ]


def _score(indexed: _Indexed, words: list[str]) -> float:
    total = 0.0
    for word in words:
        best = max(
            NAME_WEIGHT * _match(word, indexed.name),
            TITLE_WEIGHT * _match(word, indexed.title),
            DESCRIPTION_WEIGHT * _match(word, indexed.description),
        )
        if best == 0:
            return 0.0
        total += best
    return total


def _match(word: str, vocabulary: frozenset[str]) -> float:
    if word in vocabulary:
        return EXACT_BONUS
    return 1.0 if any(candidate.startswith(word) for candidate in vocabulary) else 0.0


def _singular(word: str) -> str:
    # French plurals mostly add -s or -x; stripping them lets "équipement" find "Équipements".
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word
