"""Turning a code and its parameters into a sentence in the agent's language."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Literal

from desktop_app.texts.vocabulary import VOCABULARY
from desktop_app.texts.wording import Wording

Language = Literal["fr", "en"]

if TYPE_CHECKING:
    # Both are read through the module's __getattr__ below, loaded on first use.
    CATALOGUES: tuple[Mapping[str, Wording], ...]
    WORDINGS: dict[str, Wording]


def _merged(catalogues: tuple[Mapping[str, Wording], ...]) -> dict[str, Wording]:
    merged: dict[str, Wording] = {}
    for catalogue in catalogues:
        for code, wording in catalogue.items():
            if code in merged:
                raise ValueError(f"message code defined twice: {code}")
            merged[code] = wording
    return merged


@cache
def wordings() -> dict[str, Wording]:
    """Every code's words, from every table, loaded on the first sentence asked for.

    A command whose answer holds no sentence (``validate --json`` on a conforming file)
    starts without the thirty-odd modules of words.
    """
    from desktop_app.texts.catalogues import CATALOGUES

    return _merged(CATALOGUES)


def __getattr__(name: str) -> object:
    # WORDINGS and CATALOGUES stay importable from here, as the window and tests do.
    if name == "WORDINGS":
        return wordings()
    if name == "CATALOGUES":
        from desktop_app.texts.catalogues import CATALOGUES

        return CATALOGUES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render(code: str, params: Mapping[str, object] | None = None, lang: Language = "fr") -> str:
    """The sentence for a code, its parameters filled in; a plain fallback for unknown codes."""
    values = dict(params or {})
    wording = wordings().get(code)
    if wording is None:
        return _unknown(code, lang)
    template = agree_counted_nouns(_pick(wording, values, lang), values, lang)
    words = {key: _word(key, value, lang) for key, value in values.items()}
    try:
        return template.format_map(words)
    except (KeyError, IndexError, ValueError):
        return template


# The nouns written right after a count in the catalogues ("{rows} lignes"), and their
# singular: every sentence agrees them with the count, here, without a variant of its own.
SINGULAR_NOUNS: dict[Language, dict[str, str]] = {
    "fr": {
        "lignes": "ligne",
        "colonnes": "colonne",
        "problèmes": "problème",
        "cellules": "cellule",
        "valeurs": "valeur",
        "nombres": "nombre",
        "fichiers": "fichier",
        "parties": "partie",
        "groupes": "groupe",
        "champs": "champ",
        "blocs": "bloc",
        "constats": "constat",
        "jeux": "jeu",
    },
    "en": {
        "rows": "row",
        "lines": "line",
        "columns": "column",
        "problems": "problem",
        "cells": "cell",
        "values": "value",
        "numbers": "number",
        "files": "file",
        "parts": "part",
        "groups": "group",
        "fields": "field",
        "blocks": "block",
        "findings": "finding",
        "datasets": "dataset",
    },
}
_COUNT_THEN_WORD = re.compile(r"\{(\w+)\}(\s+)(\w+)")


def agree_counted_nouns(template: str, values: Mapping[str, object], lang: Language) -> str:
    """``{rows} lignes`` with the singular noun where the count takes it (1 row, 0 ou 1 ligne)."""
    singulars = SINGULAR_NOUNS[lang]

    def agreed(found: re.Match[str]) -> str:
        number = values.get(found[1])
        if isinstance(number, bool) or not isinstance(number, int):
            return found[0]
        singular = number in (0, 1) if lang == "fr" else number == 1
        noun = singulars.get(found[3]) if singular else None
        return found[0] if noun is None else f"{{{found[1]}}}{found[2]}{noun}"

    return _COUNT_THEN_WORD.sub(agreed, template)


def _pick(wording: Wording, values: Mapping[str, object], lang: Language) -> str:
    many, one = (wording.fr, wording.fr_one) if lang == "fr" else (wording.en, wording.en_one)
    if one is not None and wording.count is not None and values.get(wording.count) == 1:
        return one
    return many


class Counted(str):
    """A number in a sentence that can agree the words near it: ``{rows:ligne|lignes}``.

    A template may hold several counts ("{count} problèmes dans {rows} lignes"); each noun
    follows its own number. French takes the singular for 0 and 1, English for 1 only.
    """

    def __new__(cls, text: str, number: int, lang: Language) -> Counted:
        """The number written as the agent reads it, remembering its value."""
        counted = super().__new__(cls, text)
        counted.number = number
        counted.lang = lang
        return counted

    number: int
    lang: Language

    def __format__(self, spec: str) -> str:
        """``one|many`` picks the agreeing word; any other spec formats the number's text."""
        if "|" not in spec:
            return str.__format__(self, spec)
        one, many = spec.split("|", 1)
        singular = self.number in (0, 1) if self.lang == "fr" else self.number == 1
        return one if singular else many


def _word(key: str, value: object, lang: Language) -> str:
    if isinstance(value, (list, tuple)):
        items = [_word(key, item, lang) for item in value]
        quoted = [f"« {item} »" if lang == "fr" else f"“{item}”" for item in items]
        return ", ".join(quoted if key in ("sheets", "names") else items)
    if key in ("share", "share_before") and isinstance(value, float):
        return f"{round(value * 100)}\u202f%" if lang == "fr" else f"{round(value * 100)}%"
    if isinstance(value, int) and not isinstance(value, bool):
        return Counted(f"{value:,}".replace(",", "\u202f" if lang == "fr" else ","), value, lang)
    vocabulary = VOCABULARY.get(key, {})
    entry = vocabulary.get(str(value))
    if entry is not None:
        return entry[0] if lang == "fr" else entry[1]
    return str(value)


def _unknown(code: str, lang: Language) -> str:
    if lang == "fr":
        return f"Un problème inattendu est survenu (code « {code} »)."
    return f"An unexpected problem occurred (code “{code}”)."
