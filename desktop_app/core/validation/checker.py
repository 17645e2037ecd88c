"""Checking a table's rows block after block, and keeping everything found on the way.

Each block's columns are judged at once on their distinct values (cells/), never cell by
cell; blank rows, extra and missing cells come from the rows' lengths. A checker can also
leave the repeated values to another (see `halves`): it then keeps each block's keys, which
that other checker judges after its own rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop_app.core.notices import Notice
from desktop_app.core.schemas.model import SchemaField, TableSchema
from desktop_app.core.tasks import let_window_run
from desktop_app.core.validation.cells import (
    CellFindings,
    check_column,
    check_free_text,
    constraint_note,
    type_note,
)
from desktop_app.core.validation.custom_checks import CheckFindings
from desktop_app.core.validation.distinct import Distinct, among
from desktop_app.core.validation.extra_checks import ExtraChecks
from desktop_app.core.validation.rows import RowBlock
from desktop_app.core.validation.store import NO_FIELD, FindingBatch, FindingStore
from desktop_app.core.validation.structure import HeaderMatch
from desktop_app.core.validation.uniqueness import PendingKeys, UniqueTracker

FIRST_DATA_ROW = 2  # frictionless numbers the header line 1


@dataclass(frozen=True, eq=False)
class LaterRows:
    """What a checker found in rows that follow another's, numbered as if they came first.

    ``keys`` holds each block's values of unique fields and of the primary key, with its row
    numbers and which rows are not blank: whoever checked the rows before judges repeats.
    """

    rows: int
    batches: list[FindingBatch]
    keys: list[tuple[PendingKeys, npt.NDArray[np.int64], npt.NDArray[np.bool_]]]
    extra_findings: list[CheckFindings]
    warnings: list[Notice]


class TableChecker:
    """Checks a table's rows block after block, keeping every finding."""

    def __init__(
        self, header: HeaderMatch, schema: TableSchema, *, judge_repeats: bool = True
    ) -> None:
        self.header = header
        self.schema = schema
        # Columns no field takes still count for the rows' shape, under their own label.
        self.store = FindingStore([*schema.field_names, *header.extra_names])
        self.uniques = UniqueTracker(schema, header)
        self.extras = ExtraChecks(schema, header)
        self.rows = 0
        self._judge_repeats = judge_repeats
        self._keys: list[tuple[PendingKeys, npt.NDArray[np.int64], npt.NDArray[np.bool_]]] = []

    def add_label_problems(self) -> None:
        """Report what is wrong with the file's first line."""
        positions = {name: index for index, name in enumerate(self.schema.field_names)}
        for problem in self.header.problems:
            field = positions.get(problem.field, NO_FIELD) if problem.field else NO_FIELD
            self.store.add(
                problem.code,
                np.array([-1]),
                field=field,
                field_number=problem.field_number,
                # The way columns were matched decides what a twin label means for the agent.
                note=self.header.matching,
                values=np.array([problem.label], dtype=object),
            )

    def check(self, block: RowBlock) -> None:
        """Check the next rows."""
        start = FIRST_DATA_ROW + self.rows
        numbers = np.arange(start, start + len(block), dtype=np.int64)
        live, known = _check_block(
            block, numbers, self.header, self.schema, self.store, self.uniques
        )
        pending = self.uniques.take()
        if self._judge_repeats:
            self.uniques.record(self.store, numbers, live, pending)
        else:
            self._keys.append((pending, numbers, live))
        self.extras.run(block.columns, numbers, live, _Known(known, block, self.header))
        self.rows += len(block)

    def later_rows(self) -> LaterRows:
        """What this checker found, for a checker of the rows before to adopt."""
        return LaterRows(
            self.rows,
            self.store.batches(),
            self._keys,
            list(self.extras.findings),
            list(self.extras.warnings),
        )

    def adopt(self, later: LaterRows) -> None:
        """Take in what was found in the rows that follow this checker's, renumbered."""
        shift = self.rows
        for batch in later.batches:
            self.store.add_batch(dataclasses.replace(batch, rows=batch.rows + shift))
        for pending, numbers, live in later.keys:
            self.uniques.record(self.store, numbers + shift, live, pending)
        self.extras.adopt(
            [dataclasses.replace(found, rows=found.rows + shift) for found in later.extra_findings],
            later.warnings,
        )
        self.rows += later.rows


def _check_block(
    block: RowBlock,
    numbers: npt.NDArray[np.int64],
    header: HeaderMatch,
    schema: TableSchema,
    store: FindingStore,
    uniques: UniqueTracker,
) -> tuple[npt.NDArray[np.bool_], dict[str, Distinct]]:
    """Check a block's rows: its rows that are not blank, and the distinct values found."""
    known: dict[str, Distinct] = {}
    width = header.width
    columns, lengths = block.columns, block.lengths
    distinct = block.distinct or [None] * len(columns)
    blank = _blank_rows(block, schema.missing_values)
    store.add("blank-row", numbers[blank])
    live = ~blank
    for position in range(width, int(lengths.max(initial=0))):
        extra = live & (lengths > position)
        store.add("extra-cell", numbers[extra], field_number=position + 1)
    for rank, position in enumerate(header.unmatched, start=len(schema.fields)):
        short = numbers[live & (lengths <= position)]
        store.add("missing-cell", short, field=rank, field_number=position + 1)
    for index, field in enumerate(schema.fields):
        column = header.columns.get(field.name)
        if column is None:
            continue
        present = live & (lengths > column)
        short = numbers[live & ~present]
        store.add("missing-cell", short, field=index, field_number=column + 1)
        if field.required:
            # frictionless also reports the absent value of a required field.
            note = constraint_note(field, "required")
            store.add("constraint-error", short, field=index, field_number=column + 1, note=note)
        let_window_run()
        wanted = uniques.wants(field.name)
        # Free text whose values nothing else wants (names, objects) is judged on which of
        # its cells are empty, told from the bytes: its values are never made.
        empty = block.empty(column) if schema.missing_values == ("",) and not wanted else None
        findings = None if empty is None else check_free_text(empty, field)
        if findings is None:
            findings = check_column(
                columns[column],
                field,
                schema.missing_values,
                keys_needed=wanted,
                distinct=distinct[column],
            )
        if findings.distinct is not None:
            known[field.name] = findings.distinct
        _record_cells(store, findings, numbers, columns, present, index, column, field)
        if wanted:
            uniques.collect(field.name, findings.keys, present & findings.has_key)
    return live, known


class _Known(Mapping[str, Distinct]):
    """The columns' distinct values for the schema's own checks.

    Those the cell checks found, else the reader's, made only for the columns a check reads.
    """

    def __init__(self, found: dict[str, Distinct], block: RowBlock, header: HeaderMatch) -> None:
        self._found = found
        self._block = block
        self._positions = header.columns

    def __getitem__(self, name: str) -> Distinct:
        if name in self._found:
            return self._found[name]
        position = self._positions.get(name)
        read = self._block.distinct
        found = None if position is None or read is None else read[position]
        if found is None:
            raise KeyError(name)
        return found

    def __iter__(self) -> Iterator[str]:
        # Every column the reader can factorise is known, without factorising it here.
        read = [] if self._block.distinct is None else list(self._positions)
        return iter(dict.fromkeys([*self._found, *read]))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _blank_rows(block: RowBlock, missing_values: tuple[str, ...]) -> npt.NDArray[np.bool_]:
    """Rows whose every cell under a label is missing, that frictionless reports as blank rows.

    Cells past the last label do not count, and are then not reported either. Column after
    column, until no row is left blank (usually after the first one); a column read from
    bytes is judged on its cells' lengths, one already factorized on its distinct texts.
    """
    blank = np.ones(len(block), dtype=bool)
    for position in range(len(block.columns)):
        empty = block.empty(position) if missing_values == ("",) else None
        known = block.distinct[position] if block.distinct is not None and empty is None else None
        if empty is not None:
            blank &= empty
        elif known is not None:
            codes, texts = known
            blank &= among(texts, missing_values)[codes]
        else:
            blank &= among(block.columns[position], missing_values)
        if not blank.any():
            break
    return blank


def _record_cells(
    store: FindingStore,
    findings: CellFindings,
    numbers: npt.NDArray[np.int64],
    columns: Sequence[npt.NDArray[np.object_]],
    present: npt.NDArray[np.bool_],
    index: int,
    column: int,
    field: SchemaField,
) -> None:
    """Type and constraint errors of a column's present cells, one batch per note.

    Judged on the distinct values: only the cells of faulty values are looked at, so a
    column without any problem costs one test.
    """
    verdicts = findings.verdicts
    faulty = verdicts.faulty
    if not faulty.any():
        return
    rows = np.flatnonzero(findings.per_cell(faulty) & present)
    if not len(rows):
        return
    value_of = rows if findings.codes is None else findings.codes[rows]
    cells = columns[column]
    number = column + 1
    wrong_type = verdicts.type_error[value_of]
    item = verdicts.item_type_error[value_of]
    for chosen, array_item in ((wrong_type & ~item, False), (wrong_type & item, True)):
        store.add(
            "type-error",
            numbers[rows[chosen]],
            field=index,
            field_number=number,
            note=type_note(field, array_item=array_item),
            values=cells[rows[chosen]],
        )
    broken, sets = rows[~wrong_type], verdicts.constraint_sets[value_of[~wrong_type]]
    # The rows grouped by the set of constraints they break; each constraint's batch added
    # in the order a walk down the rows would first meet it (frictionless's order, which the
    # store keeps within a row).
    kinds, first = np.unique(sets, return_index=True)
    by_constraint: dict[str, list[npt.NDArray[np.intp]]] = {}
    for kind in kinds[np.argsort(first, kind="stable")].tolist():
        of_kind = broken[sets == kind] if len(kinds) > 1 else broken
        for name in verdicts.sets[kind]:
            by_constraint.setdefault(name, []).append(of_kind)
    for name, parts in by_constraint.items():
        picked = parts[0] if len(parts) == 1 else np.sort(np.concatenate(parts))
        store.add(
            "constraint-error",
            numbers[picked],
            field=index,
            field_number=number,
            note=constraint_note(field, name),
            values=cells[picked],
        )
