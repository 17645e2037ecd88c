"""Problems as the agent thinks of them: one group per column and kind, explained once.

396 red cells that all say "this SIRET lost its digits" are one problem to understand and
one decision to take, not 396. A group keeps every row and value it stands for (counts
stay exact), and the kind is the message code that explains it, refined where the value
tells more than the rule: a SIRET shown ``2,43E+13`` breaks the key check, but what the
agent must hear is that Excel rounded it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.lost_digits import looks_like_lost_digits
from desktop_app.core.validation.custom_checks import CheckFindings
from desktop_app.core.validation.distinct import factorize, sorted_unique
from desktop_app.core.validation.engine import FIRST_DATA_ROW, TableCheck
from desktop_app.core.validation.explain import explain
from desktop_app.core.validation.store import Finding, FindingList

LOST_DIGITS = "group-lost-digits"
_IDENTIFIER_CODES = frozenset({"check-siret-key", "check-siret-length", "check-siret-characters"})
_CELL_CODES = frozenset({"type-error", "constraint-error"})
_IDENTIFIER_CODES |= {"check-siren-key", "check-siren-length", "check-siren-characters"}


@dataclass(frozen=True, eq=False)
class ProblemGroup:
    """Problems of one kind in one column: what they are, how many, and where.

    Attributes:
        field: the schema field (None for problems about a whole row or the header).
        kind: the message code that explains the whole group (``finding-pattern``,
            ``check-siret-key``, ``group-lost-digits``…).
        params: the explanation's parameters, taken from the group's first problem.
        rows: each problem's row, numbered as frictionless does (header = 1; -1: header).
        values: each problem's cell text ("" when none), in the order of ``rows``.
    """

    field: str | None
    kind: str
    params: Mapping[str, Any]
    rows: npt.NDArray[np.int64]
    values: npt.NDArray[np.object_]

    @property
    def count(self) -> int:
        """How many problems the group holds."""
        return len(self.rows)

    @property
    def cells(self) -> int:
        """How many cells (or rows, or header labels) the group is about.

        A SIRET shown "2,43E+13" breaks the field's pattern and the SIRET check: two
        problems, one cell to put right.
        """
        return self.row_count if self.first_row is not None else self.count

    @property
    def row_count(self) -> int:
        """How many distinct rows have a problem of the group."""
        located = self.rows[self.rows >= FIRST_DATA_ROW]
        return len(sorted_unique(located))

    @property
    def first_row(self) -> int | None:
        """The first row concerned (None for the header)."""
        located = self.rows[self.rows >= FIRST_DATA_ROW]
        return int(located.min()) if len(located) else None

    def distinct_values(self, limit: int | None = None) -> list[str]:
        """The group's distinct faulty texts, most frequent first."""
        codes, distinct = factorize(self.values)
        # Most frequent first; among as frequent, the first met first.
        order = np.argsort(-np.bincount(codes, minlength=len(distinct)), kind="stable")
        return [str(value) for value in distinct[order[:limit]].tolist()]


def group_problems(check: TableCheck, schema: TableSchema) -> tuple[ProblemGroup, ...]:
    """Every finding of a check, in groups by column and kind, the largest first."""
    collected: dict[tuple[str | None, str], list[_Part]] = {}
    for part in _finding_parts(check.findings, schema):
        collected.setdefault((part.field, part.kind), []).append(part)
    for batch in check.extra_findings:
        if not len(batch):
            continue
        for part in _split_lost_digits(batch):
            collected.setdefault((part.field, part.kind), []).append(part)
    groups = [_joined(parts) for parts in collected.values()]
    order = {name: place for place, name in enumerate(schema.field_names)}
    groups.sort(key=lambda g: (-g.count, order.get(g.field or "", len(order)), g.kind))
    return tuple(groups)


def problem_rows(check: TableCheck) -> npt.NDArray[np.int64]:
    """The sorted data rows (frictionless numbering) that have at least one problem."""
    parts = [check.findings.rows] + [batch.rows for batch in check.extra_findings]
    rows = sorted_unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
    return rows[rows >= FIRST_DATA_ROW]


def conforming_share(check: TableCheck) -> float:
    """The share of data rows without any problem (1.0 for an empty table)."""
    if check.rows == 0:
        return 1.0
    return 1.0 - len(problem_rows(check)) / check.rows


@dataclass(frozen=True, eq=False)
class _Part:
    field: str | None
    kind: str
    params: Mapping[str, Any]
    rows: npt.NDArray[np.int64]
    values: npt.NDArray[np.object_]


def _finding_parts(findings: FindingList, schema: TableSchema) -> Iterator[_Part]:
    """Findings cut by field, code and note, then by what each value means."""
    if not len(findings):
        return
    keys = np.stack([findings.fields, findings.codes, findings.notes], axis=1)
    _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    order = np.argsort(inverse, kind="stable")
    bounds = np.cumsum(np.bincount(inverse, minlength=len(first)))
    start = 0
    for end in bounds.tolist():
        picked = order[start:end]
        start = end
        if not len(picked):
            continue
        sample = findings[int(picked[0])]
        values = np.array(
            ["" if value is None else str(value) for value in findings.values[picked]],
            dtype=object,
        )
        yield from _explained(sample, findings.rows[picked], values, schema)


def _explained(
    sample: Finding,
    rows: npt.NDArray[np.int64],
    values: npt.NDArray[np.object_],
    schema: TableSchema,
) -> Iterator[_Part]:
    """The findings of one field, code and note, cut by the message each value gets."""
    codes, distinct = factorize(values)
    kinds: dict[str, list[int]] = {}
    params_of: dict[str, dict[str, Any]] = {}
    for number, value in enumerate(distinct.tolist()):
        finding = Finding(
            sample.row, sample.field, sample.field_number, sample.code, sample.note, value
        )
        kind, params = explain(finding, schema)
        damaged = value and looks_like_lost_digits(str(value))
        if damaged and sample.field is not None and sample.code in _CELL_CODES:
            kind, params = LOST_DIGITS, {"field": sample.field, "value": value}
        kinds.setdefault(kind, []).append(number)
        params_of.setdefault(kind, params)
    for kind, numbers in kinds.items():
        chosen = np.isin(codes, numbers)
        yield _Part(sample.field, kind, params_of[kind], rows[chosen], values[chosen])


def _split_lost_digits(batch: CheckFindings) -> Iterator[_Part]:
    """A SIRET check's batch, the numbers Excel rounded set apart from the others."""
    texts = np.array([str(value) for value in batch.values.tolist()], dtype=object)
    lost = np.zeros(len(texts), dtype=bool)
    if batch.code in _IDENTIFIER_CODES:
        lost = np.fromiter(map(looks_like_lost_digits, texts), dtype=bool, count=len(texts))
    rows, field = batch.rows, batch.field
    if lost.any():
        first = str(texts[lost][0])
        yield _Part(field, LOST_DIGITS, {"field": field, "value": first}, rows[lost], texts[lost])
    if (~lost).any():
        params = dict(batch[int(np.flatnonzero(~lost)[0])].details)
        yield _Part(field, batch.code, params, rows[~lost], texts[~lost])


def _joined(parts: list[_Part]) -> ProblemGroup:
    first = parts[0]
    rows = np.concatenate([part.rows for part in parts])
    values = np.concatenate([part.values for part in parts])
    order = np.argsort(rows, kind="stable")
    return ProblemGroup(
        first.field, first.kind, MappingProxyType(dict(first.params)), rows[order], values[order]
    )
