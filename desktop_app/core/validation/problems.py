"""The findings of a check, found again by cell and by row, and counted by kind.

The Qualité page highlights a cell's problems at once and words any of them on demand:
a million findings stay in the check's compact arrays, only their places are indexed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.engine import FIRST_DATA_ROW, TableCheck
from desktop_app.core.validation.explain import explain
from desktop_app.core.validation.store import NO_FIELD

WHOLE_ROW = -1


@dataclass(frozen=True)
class Problem:
    """One problem ready to be put into words: where (0-based data row, field) and what."""

    row: int | None
    field: str | None
    message: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class ProblemCount:
    """Problems of one kind in one column, for the summary: "COLL_NOM : 20 cellules vides"."""

    field: str | None
    message: str
    count: int
    example: Problem


@dataclass(eq=False)
class ProblemIndex:
    """The findings of a check, by cell and by row, and grouped by kind for the summary.

    ``cells`` maps (data row, field position) to problem numbers; ``rows`` maps a data row
    to problems about the whole row (blank row, extra cell); ``problem(n)`` words one.
    """

    schema: TableSchema
    check: TableCheck
    cells: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    rows: dict[int, list[int]] = field(default_factory=dict)
    groups: list[ProblemCount] = field(default_factory=list)
    _refs: list[tuple[int, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many problems there are in all."""
        return self.check.error_count

    def problem(self, number: int) -> Problem:
        """Problem ``number``, with its message code and parameters."""
        batch, index = self._refs[number]
        if batch == WHOLE_ROW:
            finding = self.check.findings[index]
            code, params = explain(finding, self.schema)
            row = None if finding.row is None else finding.row - FIRST_DATA_ROW
            return Problem(row, finding.field, code, params)
        extra = self.check.extra_findings[batch][index]
        return Problem(extra.row_number - FIRST_DATA_ROW, extra.field, extra.code, extra.details)

    def at(self, row: int, column: int) -> list[Problem]:
        """The problems of one cell (data row, field position), and of its whole row."""
        numbers = self.cells.get((row, column), []) + self.rows.get(row, [])
        return [self.problem(number) for number in numbers]

    def problem_rows(self) -> set[int]:
        """The data rows that have at least one problem."""
        return {row for row, _ in self.cells} | set(self.rows)

    def counts_by_field(self) -> dict[str, int]:
        """How many problems each column has, in the schema's order."""
        counts: dict[str, int] = {}
        for group in self.groups:
            if group.field is not None:
                counts[group.field] = counts.get(group.field, 0) + group.count
        return {name: counts[name] for name in self.schema.field_names if name in counts}


def index_problems(check: TableCheck, schema: TableSchema) -> ProblemIndex:
    """Index every finding by cell and row, and group them by column and kind."""
    index = ProblemIndex(schema, check)
    findings = check.findings
    width = len(schema.fields)
    rows = findings.rows - FIRST_DATA_ROW
    for number in range(len(findings)):
        index._refs.append((WHOLE_ROW, number))
        position = int(findings.fields[number])
        row = int(rows[number])
        if row < 0:
            continue
        if position == NO_FIELD or position >= width:
            index.rows.setdefault(row, []).append(number)
        else:
            index.cells.setdefault((row, position), []).append(number)
    _group_findings(index)
    positions = {name: place for place, name in enumerate(schema.field_names)}
    for batch_number, batch in enumerate(check.extra_findings):
        start = len(index._refs)
        index._refs.extend((batch_number, item) for item in range(len(batch)))
        column = positions.get(batch.field)
        for item, row_number in enumerate(batch.rows.tolist()):
            row = row_number - FIRST_DATA_ROW
            if column is None:
                index.rows.setdefault(row, []).append(start + item)
            else:
                index.cells.setdefault((row, column), []).append(start + item)
        if len(batch):
            index.groups.append(
                ProblemCount(batch.field, batch.code, len(batch), index.problem(start))
            )
    index.groups.sort(key=lambda group: -group.count)
    return index


def _group_findings(index: ProblemIndex) -> None:
    """One group per column, code and note: the findings' message depends on nothing else."""
    findings = index.check.findings
    if not len(findings):
        return
    keys = np.stack([findings.fields, findings.codes, findings.notes], axis=1)
    _, first, counts = np.unique(keys, axis=0, return_index=True, return_counts=True)
    for number, count in zip(first.tolist(), counts.tolist(), strict=True):
        example = index.problem(number)
        index.groups.append(ProblemCount(example.field, example.message, count, example))
