"""Tidying the text of every cell: stray spaces, line breaks and Excel's escape codes.

Every conversion starts here. Case, accents and single non-breaking spaces (French
typography) are kept: only what the agent cannot see, or did not mean, goes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

import numpy as np

from desktop_app.core.mapping.conversion.bulk import containing
from desktop_app.core.mapping.conversion.codes import Change
from desktop_app.core.mapping.conversion.outcome import NO_KINDS

# Invisible characters copied from web pages and Word along with the text.
_INVISIBLE = "\u200b\ufeff"
# Excel writes the control characters of a cell as _xHHHH_ in its XML; some readers and
# copy-pastes leave them in the text.
_EXCEL_ESCAPE = re.compile(r"_x000([9ADad])_")
_ESCAPED: Mapping[str, str] = MappingProxyType({"9": "\t", "A": "\n", "D": ""})
_REPEATED_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009]{2,}")
# What a text needing tidying inside (not only at its ends) holds; most texts hold none.
_MARKS = ("  ", "\t", "\r", "_x000", "\u00a0", "\u202f", "\u2009", "\u200b", "\ufeff")


def tidy_texts(raw: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The texts trimmed and freed of artefacts, with the change kinds made to each."""
    texts = list(raw)
    kinds = [NO_KINDS] * len(raw)
    untidy = containing(raw, _MARKS)
    untidy |= np.fromiter(
        (len(text.strip()) != len(text) for text in raw), dtype=bool, count=len(raw)
    )
    for index in np.flatnonzero(untidy).tolist():
        texts[index], kinds[index] = tidy_text(raw[index])
    return texts, kinds


def tidy_text(text: str) -> tuple[str, tuple[str, ...]]:
    """One text trimmed and freed of artefacts, with the change kinds made to it."""
    kinds: list[str] = []
    tidied = text
    if "_x" in tidied:
        unescaped = _EXCEL_ESCAPE.sub(lambda match: _ESCAPED[match[1].upper()], tidied)
        if unescaped != tidied:
            kinds.append(Change.EXCEL_ARTEFACT_REMOVED)
            tidied = unescaped
    if "\r" in tidied:
        kinds.append(Change.LINE_BREAKS_NORMALISED)
        tidied = tidied.replace("\r\n", "\n").replace("\r", "\n")
    trimmed = tidied.strip().strip(_INVISIBLE).strip()
    if trimmed != tidied:
        kinds.append(Change.WHITESPACE_TRIMMED)
        tidied = trimmed
    collapsed = _REPEATED_SPACE.sub(" ", tidied)
    if collapsed != tidied:
        kinds.append(Change.WHITESPACE_COLLAPSED)
        tidied = collapsed
    return tidied, tuple(kinds)
