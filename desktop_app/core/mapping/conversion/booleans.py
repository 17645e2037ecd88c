"""Yes/no columns: Oui/Non, O/N, Vrai/Faux, 1/0, a cross in a box… into the schema's words.

Each value becomes the field's first true or false value (the subventions schema wants
"oui" and "non"). A column holding only crosses (and empty cells) is a column of ticks:
an empty cell there means no. A word that says neither yes nor no is left as it was.
"""

from __future__ import annotations

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import ConversionOptions
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.mapping.label_matching import folded
from desktop_app.core.schemas.model import SchemaField

# Words of French spreadsheets (and a few English ones) for yes and for no, compared once
# lowered and without accents.
YES_WORDS = frozenset({"oui", "o", "vrai", "true", "yes", "y", "1"})
NO_WORDS = frozenset({"non", "n", "faux", "false", "no", "0"})
# A cross or a tick marks a box; only meaningful when the other boxes are empty.
TICKS = frozenset({"x", "\u2713", "\u2714"})


def word_key(text: str) -> str:
    """A yes/no word lowered and without accents, to compare spellings."""
    return folded(text.strip())


def convert_booleans(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Turn each yes/no value into the field's first true or false value."""
    outcomes = Outcomes.kept(cells, "boolean")
    true_output = schema_field.true_values[0] if schema_field.true_values else "true"
    false_output = schema_field.false_values[0] if schema_field.false_values else "false"
    meanings = _meanings(schema_field, options)
    keys = [word_key(text) for text in cells.texts]
    ticks = _is_tick_column(keys, meanings)
    outcomes.detail["boolean_mode"] = "ticks" if ticks else "words"
    true_words: list[str] = []
    false_words: list[str] = []
    for index, (text, key) in enumerate(zip(cells.texts, keys, strict=True)):
        value = cells.values[index]
        meaning: bool | None
        if isinstance(value, bool):
            meaning = value
        elif not key:
            if not ticks:
                continue
            meaning = False
        elif ticks:
            meaning = True
        else:
            meaning = meanings.get(key)
        if meaning is None:
            outcomes.fail(index, Failure.BOOLEAN_UNKNOWN)
            continue
        (true_words if meaning else false_words).append(text)
        output = true_output if meaning else false_output
        if not text:
            outcomes.convert(index, output, (Change.BOOLEAN_EMPTY_FALSE,))
        elif output != text:
            outcomes.convert(index, output, (Change.BOOLEAN_MAPPED,))
    outcomes.detail["true_words"] = tuple(sorted(set(true_words)))
    outcomes.detail["false_words"] = tuple(sorted(set(false_words)))
    return outcomes


def _meanings(schema_field: SchemaField, options: ConversionOptions) -> dict[str, bool]:
    """What each known word means; the agent's own words win over the schema's and ours."""
    meanings: dict[str, bool] = {}
    for words, meaning in (
        (YES_WORDS, True),
        (NO_WORDS, False),
        (schema_field.true_values, True),
        (schema_field.false_values, False),
        (options.true_words, True),
        (options.false_words, False),
    ):
        meanings.update((word_key(word), meaning) for word in words)
    return meanings


def _is_tick_column(keys: list[str], meanings: dict[str, bool]) -> bool:
    """Whether the column holds only ticks (and empty cells), none a word the agent chose."""
    filled = {key for key in keys if key}
    return bool(filled) and filled <= TICKS and not (filled & meanings.keys())
