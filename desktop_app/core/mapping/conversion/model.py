"""What the agent can decide about a column's conversion, and what the conversion did."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, get_args

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    # Only the output's annotation: the conversions of single values (validate's sure
    # corrections) do not import pandas.
    import pandas as pd

DateOrder = Literal["day-first", "month-first"]
DecimalChar = Literal[",", "."]
# Details are codes or short lists of the agent's own spellings, never sentences.
DetailValue = str | tuple[str, ...]
Example = tuple[str, str]


@dataclass(frozen=True)
class ConversionOptions:
    """The agent's own choices for one column, kept in the saved mapping for next time.

    Left at None, each choice is made from the column's values. ``true_words`` and
    ``false_words`` add the agent's words for yes and no (compared without case or accents);
    ``disabled`` lists change kinds the agent refused: a value needing one of them is left
    as it was. ``examples`` is how many (before, after) pairs to keep per change kind.
    """

    date_order: DateOrder | None = None
    decimal_char: DecimalChar | None = None
    true_words: tuple[str, ...] = ()
    false_words: tuple[str, ...] = ()
    disabled: frozenset[str] = frozenset()
    examples: int = 3

    def as_dict(self) -> dict[str, Any]:
        """The choices as JSON-ready data, only those that differ from the defaults."""
        data: dict[str, Any] = {}
        if self.date_order is not None:
            data["date_order"] = self.date_order
        if self.decimal_char is not None:
            data["decimal_char"] = self.decimal_char
        if self.true_words:
            data["true_words"] = list(self.true_words)
        if self.false_words:
            data["false_words"] = list(self.false_words)
        if self.disabled:
            data["disabled"] = sorted(self.disabled)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConversionOptions:
        """Choices read back from a saved mapping; unknown keys are ignored.

        Raises:
            ValueError: a choice holds something no version of DataMairie writes.
        """
        date_order = data.get("date_order")
        if date_order is not None and date_order not in get_args(DateOrder):
            raise ValueError(f"date_order: {date_order!r}")
        decimal_char = data.get("decimal_char")
        if decimal_char is not None and decimal_char not in get_args(DecimalChar):
            raise ValueError(f"decimal_char: {decimal_char!r}")
        return cls(
            date_order=date_order,
            decimal_char=decimal_char,
            true_words=_words(data, "true_words"),
            false_words=_words(data, "false_words"),
            disabled=frozenset(_words(data, "disabled")),
        )


def _words(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    words = data.get(key, ())
    if not isinstance(words, list | tuple) or not all(isinstance(word, str) for word in words):
        raise ValueError(f"{key}: {words!r}")
    return tuple(words)


def _frozen(mapping: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True, eq=False)
class ColumnConversion:
    """A source column put in the form a schema field expects, with every change accounted for.

    ``output`` holds the value to publish for each row ("" when missing), in the order and
    with the index of the source column. ``changed`` counts the rows whose value differs from
    what the agent sees. ``counts_by_kind`` counts rows per change code (a row can count
    under several); ``examples`` keeps a few distinct (before, after) pairs per change code.
    ``failures`` are the positions (0-based) of rows that could not be converted and are
    left exactly as they were, ``failure_reasons`` their codes (same order), ``failure_codes``
    the rows per code and ``failure_examples`` a few distinct values per code. ``detail``
    says what was decided for the whole column (converter, date order, decimal character,
    boolean words) and on what basis.
    """

    output: pd.Series
    changed: int
    counts_by_kind: Mapping[str, int] = field(default_factory=_frozen)
    failures: npt.NDArray[np.intp] = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    failure_reasons: npt.NDArray[np.object_] = field(
        default_factory=lambda: np.zeros(0, dtype=object)
    )
    failure_codes: Mapping[str, int] = field(default_factory=_frozen)
    examples: Mapping[str, tuple[Example, ...]] = field(default_factory=_frozen)
    failure_examples: Mapping[str, tuple[str, ...]] = field(default_factory=_frozen)
    detail: Mapping[str, DetailValue] = field(default_factory=_frozen)

    @property
    def failed(self) -> int:
        """Number of rows left as they were because they could not be converted."""
        return len(self.failures)
