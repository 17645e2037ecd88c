"""Personal data inside sentences: e-mails, phones, NIR, IBAN and "M. Jean Dupont" in free text.

Every cell of a free-text column is searched, so this must be quick on a million rows: the
column is joined into one text, a few cheap searches over it find the rare cells that may
mention someone, and only those cells are read closely (``patterns.mentions``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.core.privacy.masking import mask
from desktop_app.core.privacy.model import Category
from desktop_app.core.privacy.patterns import Mention, mentions

# One search per kind of clue; together they cover every kind ``mentions`` finds.
_CLUES = (
    re.compile("@"),
    re.compile(r"\d[\d .()AB-]{8}"),
    re.compile(r"[A-Z]{2}\d\d"),
    re.compile(r"M(?:\.|r\b|me\b|lle\b|elle\b|onsieur\b|adame\b|ademoiselle\b)"),
)
REDACTED = "[donnée personnelle retirée]"


@dataclass(frozen=True)
class TextMention:
    """A mention found in a cell: the cell's 0-based row, what it is, a masked example."""

    row: int
    category: Category
    example: str


def candidate_rows(texts: Sequence[str]) -> list[int]:
    """The rows whose text may mention someone (a superset of those that do), in order."""
    if not texts:
        return []
    joined = "\n".join(texts)
    ends = np.cumsum(np.fromiter((len(text) + 1 for text in texts), np.int64, len(texts)))
    starts: list[int] = []
    for clue in _CLUES:
        starts.extend(match.start() for match in clue.finditer(joined))
    if not starts:
        return []
    rows = np.searchsorted(ends, np.asarray(starts, dtype=np.int64), side="right")
    return [int(row) for row in np.unique(rows) if row < len(texts)]


def scan_text_column(texts: Sequence[str]) -> list[TextMention]:
    """Every mention of personal data in the cells of a free-text column."""
    found: list[TextMention] = []
    for row in candidate_rows(texts):
        text = texts[row]
        for mention in mentions(text):
            piece = text[mention.start : mention.end]
            found.append(TextMention(row, mention.category, mask(piece, mention.category)))
    return found


def redact(text: str, categories: frozenset[Category]) -> str:
    """The text with the mentions of these kinds replaced by « [donnée personnelle retirée] »."""
    chosen: list[Mention] = [item for item in mentions(text) if item.category in categories]
    for mention in reversed(chosen):
        text = text[: mention.start] + REDACTED + text[mention.end :]
    return text
