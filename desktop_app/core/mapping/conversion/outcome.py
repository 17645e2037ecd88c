"""The distinct values of a column and what becomes of each, before spreading back to rows.

A column of 100,000 rows rarely holds more than a few thousand distinct values: every
converter works on those once, and the rows get their result by lookup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.mapping.conversion.model import DetailValue

NO_KINDS: tuple[str, ...] = ()


@dataclass(frozen=True)
class DistinctValues:
    """The distinct cells of a column, as each converter receives them.

    ``raw`` is the text the agent sees, ``texts`` the same once trimmed and freed of
    spreadsheet artefacts (``tidying`` holds the change kinds this took), ``values`` the
    typed workbook value (None for text cells, empty cells and text files); ``typed`` says
    whether any value may be typed.
    """

    raw: list[str]
    texts: list[str]
    values: list[Any]
    tidying: list[tuple[str, ...]]
    typed: bool = False

    def __len__(self) -> int:
        return len(self.raw)


@dataclass
class Outcomes:
    """What each distinct value becomes: its output, the change kinds, or a failure code.

    Starts with every value kept as its cleaned text; a converter then records, value by
    value, a conversion or a failure, and the column-wide decisions in ``detail``.
    """

    outputs: list[str]
    kinds: list[tuple[str, ...]]
    failures: list[str | None]
    detail: dict[str, DetailValue] = field(default_factory=dict)

    @classmethod
    def kept(cls, cells: DistinctValues, converter: str) -> Outcomes:
        """Every value kept as its cleaned text, by the named converter."""
        count = len(cells)
        return cls(
            outputs=list(cells.texts),
            kinds=[NO_KINDS] * count,
            failures=[None] * count,
            detail={"converter": converter},
        )

    def convert(self, index: int, output: str, kinds: tuple[str, ...] = NO_KINDS) -> None:
        """Record that a value becomes ``output`` through the given change kinds."""
        self.outputs[index] = output
        self.kinds[index] = kinds

    def fail(self, index: int, code: str) -> None:
        """Record that a value cannot be converted, and why."""
        self.failures[index] = code
        self.kinds[index] = NO_KINDS
