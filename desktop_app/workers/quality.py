"""The Qualité step's long work: check the prepared table with the agent's corrections.

The prepared table, corrections applied, is written to a temporary UTF-8 CSV and validated
by the core; the findings are then indexed by cell so the page can highlight them at once.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.prepare import PreparedTable, write_publishable_csv
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.preparation.preparation import edited_table
from desktop_app.core.project.conformity import data_fingerprint
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.tasks import CancelToken, ProgressFn, let_window_run
from desktop_app.core.validation.engine import FIRST_DATA_ROW, TableCheck, validate_csv
from desktop_app.core.validation.explain import explain
from desktop_app.core.validation.fixes import FixProposal, propose_fixes
from desktop_app.core.validation.groups import ProblemGroup as CoreGroup
from desktop_app.core.validation.groups import conforming_share, group_problems
from desktop_app.core.validation.remedies import (
    Remedy,
    automatic_remedies,
    percent_fields,
    remedies_for,
)
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
class ProblemGroup:
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
    groups: list[ProblemGroup] = field(default_factory=list)
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


@dataclass(frozen=True, eq=False)
class QualityResult:
    """A check of the prepared table: the problems, indexed and grouped, and the sure fixes.

    ``fingerprint`` is the SHA-256 of the table checked (corrections included), which a
    decision to go on despite problems names; ``share`` the part of its rows that conform.
    """

    index: ProblemIndex
    fixes: tuple[FixProposal, ...]
    groups: tuple[CoreGroup, ...] = ()
    fingerprint: str = ""
    share: float = 1.0
    automatic: tuple[Remedy, ...] = ()
    fixable: int = 0
    remedies: tuple[tuple[RemedyOffer, ...], ...] = ()


@dataclass(frozen=True, eq=False)
class RemedyOffer:
    """A remedy for a group, with how many cells it changes and a few real changes."""

    remedy: Remedy
    cells: int
    examples: tuple[tuple[str, str], ...]


# Groups past this many get their remedies when the agent picks them.
OFFERED_GROUPS = 40


def check_quality(
    prepared: PreparedTable,
    edits: EditHistory,
    commune: CommuneIdentity | None = None,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> QualityResult:
    """Validate the prepared table as it will be published, corrections included."""
    progress(0.0, "validating")
    shaped = edited_table(prepared, edits)
    with tempfile.TemporaryDirectory(prefix="datamairie-") as folder:
        path = Path(folder) / "qualite.csv"
        write_publishable_csv(shaped, path)
        cancel.raise_if_cancelled()
        check = validate_csv(path, prepared.schema, progress=progress, cancel=cancel)
        fingerprint = data_fingerprint(path)
    index = index_problems(check, prepared.schema)
    cancel.raise_if_cancelled()
    groups = group_problems(check, prepared.schema)
    fixes = tuple(propose_fixes(check, prepared.schema))
    # Worked out here, off the window's thread: on a million rows it takes seconds.
    automatic = automatic_remedies(groups, prepared.schema, percent_fields(prepared.conversions))
    fixable = 0
    for remedy in automatic:
        let_window_run()
        fixable += int(shaped.frame[remedy.field].isin(list(remedy.replacements)).sum())
    share = conforming_share(check)
    offers = tuple(
        offers_for(group, shaped, commune) if number < OFFERED_GROUPS else ()
        for number, group in enumerate(groups)
    )
    return QualityResult(
        index, fixes, groups, fingerprint, share, tuple(automatic), fixable, offers
    )


def offers_for(
    group: CoreGroup, shaped: PreparedTable, commune: CommuneIdentity | None
) -> tuple[RemedyOffer, ...]:
    """The remedies of a group, each with its count and examples (the column read once)."""
    if group.field is None or group.field not in shaped.frame.columns:
        return ()
    # The prepared table holds texts already: no conversion of a million cells here, each
    # would keep the interpreter (and the window) waiting.
    let_window_run()
    column = shaped.frame[group.field]
    texts = [str(text) for text in column.tolist()]
    percents = group.field in percent_fields(shaped.conversions)
    found = []
    for remedy in remedies_for(group, shaped.schema, texts, commune, percent_signs=percents):
        let_window_run()
        if remedy.fill is not None:
            cells = int((column != remedy.fill).sum())
        else:
            cells = int(column.isin(list(remedy.replacements)).sum())
        found.append(RemedyOffer(remedy, cells, tuple(remedy.examples(texts))))
    return tuple(found)


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
                ProblemGroup(batch.field, batch.code, len(batch), index.problem(start))
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
        index.groups.append(ProblemGroup(example.field, example.message, count, example))
