"""What the schema's extra checks found, kept as arrays so that a million problems stay small.

A check reports its problems in batches: one batch per check, column and kind of problem, holding
the row numbers and the cells' text as NumPy arrays. A single problem becomes a `Finding` only
when the agent looks at it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.notices import Notice
from desktop_app.core.validation.distinct import sorted_unique


@dataclass(frozen=True)
class Finding:
    """One problem on one cell, ready to be put into words with ``render(code, details)``."""

    row_number: int
    field: str
    code: str
    details: Mapping[str, object]
    value: str


@dataclass(frozen=True, eq=False)
class CheckFindings:
    """The problems of one kind that one check found in one column.

    Attributes:
        check: the check's current name in schema.data.gouv.fr ("siret", not
            "french-siret-value").
        code: the message code shared by every problem of the batch ("check-siret-key").
        field: the column the problems are shown in.
        rows: row numbers as frictionless counts them (header = 1, first data row = 2).
        values: the text of each faulty cell, in the order of ``rows``.
        params: details shared by the whole batch (the other columns involved).
        extras: details that change from row to row (the expected sum, the compared value),
            one array entry per row.
    """

    check: str
    code: str
    field: str
    rows: NDArray[np.int64]
    values: NDArray[np.object_]
    params: Mapping[str, object] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    extras: Mapping[str, NDArray[Any]] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )

    def __len__(self) -> int:
        return int(self.rows.size)

    def __getitem__(self, index: int) -> Finding:
        """The problem at ``index`` of the batch, as one object for display."""
        value = str(self.values[index])
        details: dict[str, object] = {"field": self.field, "text": value, **self.params}
        for name, column in self.extras.items():
            details[name] = _plain(column[index])
        return Finding(
            int(self.rows[index]), self.field, self.code, MappingProxyType(details), value
        )

    def __iter__(self) -> Iterator[Finding]:
        return (self[index] for index in range(len(self)))

    @property
    def nbytes(self) -> int:
        """Memory held by the batch's arrays (the cells' text is shared with the table)."""
        extras = sum(column.nbytes for column in self.extras.values())
        return int(self.rows.nbytes + self.values.nbytes + extras)


@dataclass(frozen=True)
class CustomCheckResult:
    """Everything the schema's extra checks found in a table, and what they could not check."""

    findings: tuple[CheckFindings, ...] = ()
    warnings: tuple[Notice, ...] = ()

    @property
    def error_count(self) -> int:
        """How many cells break one of the schema's extra rules."""
        return sum(len(batch) for batch in self.findings)

    @property
    def nbytes(self) -> int:
        """Memory held by all the batches' arrays."""
        return sum(batch.nbytes for batch in self.findings)

    def codes(self) -> set[str]:
        """The message codes of the problems found, to summarise a report."""
        return {batch.code for batch in self.findings}

    def rows_with_errors(self) -> NDArray[np.int64]:
        """The sorted row numbers with at least one problem, to count or highlight rows."""
        if not self.findings:
            return np.empty(0, dtype=np.int64)
        return sorted_unique(np.concatenate([batch.rows for batch in self.findings]))

    def iter_findings(self) -> Iterator[Finding]:
        """Every problem one at a time, batch after batch; for display, not for counting."""
        for batch in self.findings:
            yield from batch


def _plain(item: object) -> object:
    # NumPy scalars would print as "np.float64(3.0)" in a sentence; whole numbers read as such.
    if isinstance(item, np.generic):
        item = item.item()
    if isinstance(item, float) and item.is_integer():
        return int(item)
    if isinstance(item, Decimal):
        # An exact sum: written out in full ("1E+1" would puzzle an agent), never rounded.
        whole = item.is_finite() and item == item.to_integral_value()
        return int(item) if whole else f"{item.normalize():f}"
    return item
