"""A column's distinct values, and which of them each row holds, with NumPy and a dict.

The checks judge each distinct value once and map the verdicts back to the rows. The fast
reader hands most columns over already factorized; these serve the others (rows read by the
csv module, in-memory rows, a report's faulty values) without importing pandas, whose import
alone costs a quarter of a second at start-up.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

# Above so many texts, membership is looked up in a set rather than compared text by text.
_FEW = 8
# Each row's index among the distinct values, and those values in the order they first appear.
Distinct = tuple[npt.NDArray[np.intp], npt.NDArray[np.object_]]


def factorize(values: npt.NDArray[np.object_]) -> Distinct:
    """The distinct values of an object array and, for each row, which of them it holds.

    Values compare as Python compares them (dict keys); the distinct values come in the order
    of their first appearance, as pandas' ``factorize`` gives them.
    """
    count = len(values)
    if not count:
        return np.zeros(0, dtype=np.intp), np.empty(0, dtype=object)
    first = values[0]
    # A column of one value (a commune's name, its SIRET) needs no hashing: one comparison.
    if isinstance(first, str) and bool((values == first).all()):
        return np.zeros(count, dtype=np.intp), values[:1].copy()
    # Each value's first row: dict.setdefault keeps the first count it was given.
    first_rows: dict[object, int] = {}
    firsts = np.fromiter(
        map(first_rows.setdefault, values.tolist(), itertools.count()), dtype=np.intp, count=count
    )
    starts = np.flatnonzero(firsts == np.arange(count))
    rank = np.empty(count, dtype=np.intp)
    rank[starts] = np.arange(len(starts))
    return rank[firsts], values[starts]


def among(values: npt.NDArray[np.object_], texts: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Which values are one of some texts (the schema's missing values, values to replace).

    A few texts are compared with the whole array each; many are looked up in a set.
    """
    wanted = dict.fromkeys(texts)
    if len(wanted) > _FEW:
        keys = set(wanted)
        return np.fromiter(
            (value in keys for value in values.tolist()), dtype=bool, count=len(values)
        )
    found = np.zeros(len(values), dtype=bool)
    for text in wanted:
        found |= np.asarray(values == text, dtype=bool)
    return found


def sorted_unique(numbers: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct row numbers, sorted, as np.unique gives them.

    np.unique of a plain array imports numpy.ma on its first call (about 20 ms, in each
    process that checks a half): a sort and a comparison do the same here.
    """
    ordered = np.sort(numbers)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
