"""Codes the schema spells with a pattern: postcodes, INSEE codes, department codes.

A spreadsheet that took "01000" for a number shows 1000: the zeros in front are lost.
They are put back only when the field's pattern then accepts the code; anything else the
pattern refuses is left for the agent to see.
"""

from __future__ import annotations

import re

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import ConversionOptions
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.schemas.model import SchemaField

# Codes of the catalogue's patterns never run past this many digits.
LONGEST_CODE = 20


def compile_pattern(schema_field: SchemaField) -> re.Pattern[str] | None:
    """The field's pattern as Python understands it, or None if it has none or is unreadable."""
    pattern = schema_field.constraints.pattern
    if not pattern:
        return None
    try:
        return re.compile(pattern)
    except re.error:
        # A pattern in a syntax Python does not read: validation will say so, not us.
        return None


def convert_patterned(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Restore lost leading zeros of codes, and flag the values the field's pattern refuses."""
    del options  # nothing to choose: the pattern decides
    outcomes = Outcomes.kept(cells, "patterned")
    pattern = compile_pattern(schema_field)
    if pattern is None:
        outcomes.detail["converter"] = "text"
        return outcomes
    for index, text in enumerate(cells.texts):
        if not text or pattern.fullmatch(text):
            continue
        restored = restore_zeros(text, pattern)
        if restored is None:
            outcomes.fail(index, Failure.PATTERN_MISMATCH)
        else:
            outcomes.convert(index, restored, (Change.LEADING_ZEROS_RESTORED,))
    return outcomes


def restore_zeros(text: str, pattern: re.Pattern[str]) -> str | None:
    """The code with the fewest zeros in front that the pattern accepts, if there is one."""
    if not (text.isascii() and text.isdigit()):
        return None
    for length in range(len(text) + 1, LONGEST_CODE + 1):
        candidate = text.zfill(length)
        if pattern.fullmatch(candidate):
            return candidate
    return None
