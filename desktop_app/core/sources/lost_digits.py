"""Numbers a spreadsheet rounded for display and saved that way: their digits are gone.

Excel shows a long number in a General cell as ``2,43E+13``; saved as CSV (or copied), only
those few digits remain, and a SIRET or an account number cannot be told from them any more.
The agent must hear it as soon as the file is read, not only when it is checked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop_app.core.notices import Notice
from desktop_app.core.sources.column_lines import column_lines

if TYPE_CHECKING:
    import pandas as pd

    from desktop_app.core.sources.model import SourceColumn

# "2,43E+13", "2.4306E+13": the display Excel gives a long number in a General cell.
_SCIENTIFIC = re.compile(r"\s*[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+\s*")
# Excel keeps 15 significant digits but shows 6 in scientific notation; a number copied
# back from that display keeps those few and fills the rest with zeros.
_KEPT_DIGITS = 6
_LONG_NUMBER = 10
# At reading, with no schema to say the column holds identifiers, only numbers as long as a
# SIRET count: a 10-digit amount with zeros is a round sum, not a damaged number; and a
# "3E4" is a code, not a number shown in scientific notation.
_IDENTIFIER_LENGTH = 13
# No damaged identifier, in scientific display or copied back, is longer than this.
_SHORT = 20
_LONG_DISPLAY = re.compile(r"\s*\d[.,]\d+[eE]\+?(\d+)\s*")
# A value, among the lines of a joined column, that ends with seven zeros (spaces after).
_ZEROS_AT_END = re.compile(r"0000000\s*$", re.MULTILINE)
# What a lost identifier opens with, besides a digit.
_OPENING = frozenset("0123456789 +-")
_OPENING_CODES = np.array([ord(" "), ord("+"), ord("-")], dtype=np.uint32)
_OTHER_DIGITS = 0x660


def looks_like_lost_digits(text: str, *, shortest: int = _LONG_NUMBER) -> bool:
    """Whether a number was rounded by Excel's scientific display: its digits are gone.

    Either still in scientific notation (``2,43E+13``), or copied back from it, a long
    number (``shortest`` digits or more) made of a few digits and zeros (``24300000000000``).
    """
    if _SCIENTIFIC.fullmatch(text):
        return True
    digits = text.strip()
    return (
        len(digits) >= shortest
        and digits.isascii()
        and digits.isdigit()
        and len(digits.rstrip("0")) <= _KEPT_DIGITS
    )


def lost_digit_notices(columns: tuple[SourceColumn, ...], text: pd.DataFrame) -> tuple[Notice, ...]:
    """One notice per column holding numbers whose digits the spreadsheet lost."""
    # Imported here: the validation of a CSV as it is only needs ``looks_like_lost_digits``.
    import pandas as pd

    notices = []
    for position, column in enumerate(columns):
        cells = text.iloc[:, position]
        candidates = pd.unique(_candidates(cells.to_numpy(dtype=object)))
        damaged = {
            value
            for value in map(str, candidates)
            if _may_be_lost(value) and _damaged_identifier(value)
        }
        if not damaged:
            continue
        count = int(cells.isin(damaged).sum())
        example = str(cells[cells.isin(damaged)].iloc[0])
        notices.append(
            Notice.of("column-lost-digits", column=column.label, count=count, value=example)
        )
    return tuple(notices)


def _may_be_lost(text: str) -> bool:
    """Whether a cell may be a lost identifier: what ``_candidates`` keeps, cell by cell.

    Only a short value (20 characters at most) opening with a digit (or a space or sign
    before one), holding an "E" (scientific display) or ending with seven zeros (13 digits
    of which 6 at most kept), can be one.
    """
    return (
        len(text) <= _SHORT
        and text[:1] in _OPENING
        and ("E" in text or "e" in text or text.rstrip().endswith("0000000"))
    )


def _candidates(cells: Any) -> Any:
    """The cells that may be a lost identifier (a few more: ``_may_be_lost`` decides).

    Found in C, without a Python call per cell: a million cells cost a fraction of a second.
    """
    values = np.asarray(cells, dtype=object)
    if not len(values):
        return values
    lines = column_lines(values, padding=_SHORT)
    if lines is None:
        return _candidates_cell_by_cell(values)
    if not _may_hold_lost_digits(lines.joined):
        return values[:0]
    if "0000000" not in lines.joined and not _digit_then_e(lines.codes):
        # What can be damaged writes a digit right before its E (2,43E+13) or ends with
        # seven zeros: an "e" in words ("Saint-Étienne", "Service") cannot be.
        return values[:0]
    if not lines.cell_by_line:
        return _candidates_cell_by_cell(values)
    short = np.flatnonzero((lines.lengths > 0) & (lines.lengths <= _SHORT))
    first = lines.first_codes(short)
    short = short[((first >= ord("0")) & (first <= ord("9"))) | np.isin(first, _OPENING_CODES)]
    if not len(short):
        return values[:0]
    heads = lines.heads(short, _SHORT)
    scientific = np.any((heads == ord("E")) | (heads == ord("e")), axis=1)
    zeros = np.lib.stride_tricks.sliding_window_view(heads == ord("0"), 7, axis=1)
    return values[short[scientific | np.any(np.all(zeros, axis=2), axis=1)]]


def _digit_then_e(codes: Any) -> bool:
    """Whether a digit (any the regular expressions call one) stands right before an E or e."""
    after = codes[1:]
    e = (after == ord("E")) | (after == ord("e"))
    if not e.any():
        return False
    before = codes[:-1]
    # Beyond ASCII, the first decimal digits of other scripts start at U+0660.
    digit = ((before >= ord("0")) & (before <= ord("9"))) | (before >= _OTHER_DIGITS)
    return bool((digit & e).any())


def _candidates_cell_by_cell(values: Any) -> Any:
    """``_candidates`` for long texts, line breaks in a cell, or cells that are not text."""
    first = values.astype("U1")
    opening = ((first >= "0") & (first <= "9")) | np.isin(first, [" ", "+", "-"])
    values = values[opening]
    try:
        joined = "\n".join(values.tolist())
    except TypeError:  # not only text: let the per-cell search decide
        pass
    else:
        if not _may_hold_lost_digits(joined):
            return values[:0]
    short = values.astype(f"U{_SHORT + 1}")
    kept = np.strings.str_len(short) <= _SHORT
    kept &= (
        (np.strings.find(short, "E") >= 0)
        | (np.strings.find(short, "e") >= 0)
        | np.strings.endswith(np.strings.rstrip(short), "0000000")
    )
    return values[kept]


def _may_hold_lost_digits(joined: str) -> bool:
    """Whether any of these cells, joined by line breaks, holds an "E" or ends with 7 zeros.

    Dates, amounts, postcodes and most codes hold neither: their column is let go after a
    search through one joined string, far cheaper than a string operation per cell.
    """
    if "E" in joined or "e" in joined:
        return True
    # A plain search first: the regular expression is slower where no zeros run that long.
    return "0000000" in joined and _ZEROS_AT_END.search(joined) is not None


def _damaged_identifier(text: str) -> bool:
    shown = _LONG_DISPLAY.fullmatch(text)
    if shown is not None:
        return int(shown[1]) >= _IDENTIFIER_LENGTH - 1
    return not _SCIENTIFIC.fullmatch(text) and looks_like_lost_digits(
        text, shortest=_IDENTIFIER_LENGTH
    )
