"""Values chosen from the schema's list: found whatever their case, accents or punctuation.

"Aide en numeraire" is the schema's "aide en numéraire" typed without its accent; the agent
meant the allowed value, and gets it exactly. A value that matches none, or more than one,
is left as it was.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import ConversionOptions
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.schemas.model import SchemaField


def spelling_key(text: str) -> str:
    """What is left of a text once case, accents, spaces and punctuation are set aside."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def allowed_by_key(allowed: Iterable[str]) -> dict[str, str | None]:
    """Each allowed value under its spelling key; None where two allowed values share one."""
    by_key: dict[str, str | None] = {}
    for value in allowed:
        key = spelling_key(value)
        by_key[key] = None if key in by_key and by_key[key] != value else value
    return by_key


def convert_enum(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Replace each value by the allowed value it spells, if exactly one."""
    del options  # the schema's list decides
    outcomes = Outcomes.kept(cells, "enum")
    allowed = [str(value) for value in schema_field.constraints.enum or ()]
    exact = set(allowed)
    by_key = allowed_by_key(allowed)
    for index, text in enumerate(cells.texts):
        if not text or text in exact:
            continue
        key = spelling_key(text)
        if key not in by_key:
            outcomes.fail(index, Failure.ENUM_UNKNOWN)
            continue
        match = by_key[key]
        if match is None:
            outcomes.fail(index, Failure.ENUM_AMBIGUOUS)
        elif match.casefold() == text.casefold():
            outcomes.convert(index, match, (Change.ENUM_CASE,))
        else:
            outcomes.convert(index, match, (Change.ENUM_SPELLING,))
    return outcomes
