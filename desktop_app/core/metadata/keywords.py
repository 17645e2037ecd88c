"""Keywords as data.gouv.fr stores them: slugified, 3 to 96 characters long.

data.gouv.fr lower-cases each keyword, strips its accents and joins its words with dashes
(« Conseil Municipal » becomes ``conseil-municipal``), then refuses any that is shorter than
3 or longer than 96 characters. DataMairie does the same before publishing, so the agent sees
the keywords exactly as they will appear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MIN_LENGTH = 3
MAX_LENGTH = 96


def slugify_keyword(text: str) -> str:
    """The keyword as data.gouv.fr will store it."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def keyword_fits(slug: str) -> bool:
    """Whether data.gouv.fr accepts a slugified keyword's length."""
    return MIN_LENGTH <= len(slug) <= MAX_LENGTH


def normalised_keywords(texts: Iterable[str]) -> tuple[str, ...]:
    """Keywords slugified, empty ones dropped, each kept once in the agent's order."""
    seen: dict[str, None] = {}
    for text in texts:
        slug = slugify_keyword(text)
        if slug:
            seen.setdefault(slug, None)
    return tuple(seen)
