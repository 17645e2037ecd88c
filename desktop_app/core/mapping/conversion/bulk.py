"""Looking at many distinct values at once, in one pass of C code over their joined text.

A column of 100,000 different amounts or free texts is too many for a Python loop doing
regular expressions value by value within the time the agent waits; joined with line
breaks, the same checks run as single searches and replacements over one long string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

# Marks a line that matched; a control character no cell holds on its own would do, and
# texts holding it are set aside (NUL is no good: NumPy strips trailing NULs in comparisons).
_MATCHED = "\x01"
# Stands for a text that cannot be given whole to a line-by-line search.
_SET_ASIDE = "\x02"


def joined(texts: Sequence[str]) -> str:
    """The texts one per line, with a line break before the first and after the last.

    A text holding a line break of its own, or the mark of a match, is replaced by a lone
    control character, so that line numbers stay the texts' positions and no such text
    matches; callers read those texts one by one.
    """
    text = "\n".join(texts)
    if text.count("\n") != len(texts) - 1 or _MATCHED in text:
        text = "\n".join(_SET_ASIDE if "\n" in item or _MATCHED in item else item for item in texts)
    return f"\n{text}\n"


def lines(text: str) -> list[str]:
    """The lines of a text made by ``joined`` (or transformed line by line from it)."""
    return text[1:-1].split("\n")


def fullmatches(texts: Sequence[str], body: str) -> npt.NDArray[np.bool_]:
    """Which texts match ``body`` (a regular expression) as a whole.

    ``body`` must neither match nor cross a line break.
    """
    if not texts:
        return np.zeros(0, dtype=bool)
    # The leading line break is a literal prefix: the regular expression engine jumps from
    # one line to the next instead of trying every character.
    pattern = re.compile(rf"\n(?:{body})(?=\n)")
    marked = pattern.sub("\n" + _MATCHED, joined(texts))
    matched: npt.NDArray[np.bool_] = np.asarray(lines(marked), dtype=object) == _MATCHED
    return matched


def containing(texts: Sequence[str], needles: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Which texts contain any of the needles (substrings without line breaks)."""
    found = np.zeros(len(texts), dtype=bool)
    whole = "\n".join(texts)
    present = [needle for needle in needles if needle in whole]
    if not present:
        return found
    pattern = re.compile("|".join(re.escape(needle) for needle in present))
    positions = np.fromiter((match.start() for match in pattern.finditer(whole)), dtype=np.int64)
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths(texts)[:-1] + 1, out=starts[1:])
    found[np.searchsorted(starts, positions, side="right") - 1] = True
    return found


def lengths(texts: Sequence[str]) -> npt.NDArray[np.int64]:
    """The length of each text."""
    return np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
