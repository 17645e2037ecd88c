"""Text lines that a French-locale spreadsheet or a careless export left out of shape.

Two slips are common. A comma-separated file re-saved by a French spreadsheet ends every
line with `;;` (its own separator, for two empty columns), which hides the real separator.
And amounts written `24 975,00` without quotes in a comma-separated file, or a free text
holding commas, give a line more fields than there are titles. A person reading the line
sees at once which fields belong together; so does this module, and it says which lines it
joined.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from desktop_app.core.sources.rows import is_data_like

PAD_CHARACTERS = (";", ",", "\t", "|")
# "24 975" or "1 000" before "00": the two halves of an amount cut at its decimal comma.
_WHOLE = re.compile(r"^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*$|^-?\d+$")
_DECIMALS = re.compile(r"^\d{1,2}$")


def padding_character(lines: Sequence[str]) -> str | None:
    """The character every line ends with, repeated, and that appears nowhere else."""
    filled = [line.rstrip("\r\n") for line in lines if line.strip()]
    if len(filled) < 2:
        return None
    for char in PAD_CHARACTERS:
        if all(line.endswith(char) for line in filled) and not any(
            char in line.rstrip(char) for line in filled
        ):
            return char
    return None


def strip_padding(text: str, char: str) -> str:
    """Every line without its trailing run of the padding character."""
    return "".join(_strip_line(line, char) for line in text.splitlines(keepends=True))


def _strip_line(line: str, char: str) -> str:
    body = line.rstrip("\r\n")
    return body.rstrip(char) + line[len(body) :]


def rejoin_fields(rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """Lines with more fields than the titles, joined back into the titles' shape.

    The titles are the first line; the other lines of that width show what each column
    holds. Amounts cut at their decimal comma are joined first, then a text column takes
    the remaining extra fields where that makes the fields after it fit their columns best.
    Returns the rows and the 0-based indexes of the lines joined.
    """
    if not rows:
        return rows, []
    titles = [field for field in rows[0]]
    while titles and not titles[-1].strip():
        titles.pop()
    width = len(titles)
    if width < 2 or not all(field.strip() for field in titles):
        return rows, []
    widths = Counter(_used(row) for row in rows[1:] if _used(row))
    if not widths or width < 0.5 * widths.most_common(1)[0][0]:
        return rows, []  # a title line above a wider table, not its titles
    regular = [row for row in rows[1:] if _used(row) == width]
    kinds = _column_kinds(regular, width)
    lengths = [
        sum(len(row[column]) for row in regular[:500]) / max(len(regular[:500]), 1)
        for column in range(width)
    ]
    joined: list[int] = []
    result: list[list[str]] = []
    for index, row in enumerate(rows):
        used = _used(row)
        if index == 0 or used <= width:
            result.append(row)
            continue
        fixed = _rejoin(row[:used], width, kinds, lengths)
        if fixed is None:
            result.append(row)
        else:
            result.append(fixed)
            joined.append(index)
    return result, joined


def _used(row: list[str]) -> int:
    used = len(row)
    while used and not row[used - 1].strip():
        used -= 1
    return used


def _kind(text: str) -> str:
    text = text.strip()
    if not text:
        return "empty"
    return "value" if is_data_like(text) else "text"


def _column_kinds(regular: list[list[str]], width: int) -> list[Counter[str]]:
    kinds: list[Counter[str]] = [Counter() for _ in range(width)]
    for row in regular[:500]:
        for column in range(width):
            kinds[column][_kind(row[column])] += 1
    return kinds


def _rejoin(
    fields: list[str], width: int, kinds: list[Counter[str]], lengths: list[float]
) -> list[str] | None:
    """The reading of the line, at the titles' width, whose fields best fit their columns.

    Amounts cut at their decimal comma are joined first (that reading wins a tie); the
    extra fields left go to a column of words, the one where the fields fit best.
    """
    options: list[list[str]] = []
    for base in (_join_decimals(fields, width), fields):
        extra = len(base) - width
        if extra == 0:
            options.append(base)
        for column in range(width if extra > 0 else 0):
            if kinds[column]["text"] == 0 and kinds[column].total():
                continue  # only a column of words takes in commas
            options.append(
                [
                    *base[:column],
                    ",".join(base[column : column + extra + 1]),
                    *base[column + extra + 1 :],
                ]
            )
    if not options:
        return None
    return max(options, key=lambda option: _fit(option, kinds, lengths))


def _join_decimals(fields: list[str], width: int) -> list[str]:
    """Join "24 975" and "00" back into "24 975,00", from the left, while fields are extra."""
    fields = list(fields)
    position = 0
    while len(fields) > width and position < len(fields) - 1:
        whole, decimals = fields[position].strip(), fields[position + 1].strip()
        if _WHOLE.match(whole) and _DECIMALS.match(decimals):
            fields = [*fields[:position], f"{whole},{decimals}", *fields[position + 2 :]]
        position += 1
    return fields


def _fit(fields: list[str], kinds: list[Counter[str]], lengths: list[float]) -> float:
    """How well fields fit their columns; between equals, long texts fit the longest column."""
    score = 0.0
    for column, (text, counts) in enumerate(zip(fields, kinds, strict=False)):
        total = counts.total()
        if total:
            score += counts[_kind(text)] / total
        if "," in text and lengths[column] and _kind(text) == "text":
            score -= 0.001 / lengths[column]
    return score
