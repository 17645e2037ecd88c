"""Validating a publishable CSV against a schema, a block of rows and a column at a time.

Findings follow frictionless 5 code for code and row for row, columns matched to fields by
name (``"fieldsMatch": "equal"``) or by position (its default), as asked:
label problems, blank rows, extra and missing cells, type and constraint errors, unique
values and primary keys. Rows are read in blocks so memory stays bounded; each column of a
block is judged at once on its distinct values (cells/), never cell by cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.errors import SourceError
from desktop_app.core.schemas.model import SchemaField, TableSchema
from desktop_app.core.sources.model import Notice
from desktop_app.core.tasks import (
    LARGE_BUFFER,
    NO_PROGRESS,
    CancelToken,
    ProgressFn,
    collector_paused,
    let_window_run,
)
from desktop_app.core.validation.cells import (
    CellFindings,
    check_column,
    constraint_note,
    type_note,
)
from desktop_app.core.validation.custom_checks import CheckFindings
from desktop_app.core.validation.extra_checks import ExtraChecks
from desktop_app.core.validation.rows import BLOCK_ROWS, CsvRows, RowBlock, block_of
from desktop_app.core.validation.store import NO_FIELD, FindingList, FindingStore
from desktop_app.core.validation.structure import HeaderMatch, HeaderMatching, match_header
from desktop_app.core.validation.uniqueness import UniqueTracker

Distinct = tuple[npt.NDArray[np.intp], npt.NDArray[np.object_]]
FIRST_DATA_ROW = 2  # frictionless numbers the header line 1


@dataclass(frozen=True, eq=False)
class TableCheck:
    """What validating a table found: its size, every finding, and the schema's own checks'."""

    rows: int
    findings: FindingList
    header: HeaderMatch
    extra_findings: tuple[CheckFindings, ...] = ()
    warnings: tuple[Notice, ...] = ()

    @property
    def error_count(self) -> int:
        """How many problems were found, of every kind."""
        return len(self.findings) + sum(len(batch) for batch in self.extra_findings)

    @property
    def valid(self) -> bool:
        """Whether nothing at all was found."""
        return self.error_count == 0


def validate_csv(
    path: Path,
    schema: TableSchema,
    *,
    header_matching: HeaderMatching = "name",
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> TableCheck:
    """Check a UTF-8 CSV (header on the first line) against a schema.

    Columns are matched to fields by name (the national validator's way) unless
    ``header_matching`` is "position" (see `structure`).

    Rows are cut as Python's csv module cuts them (see `rows`): a short line is told from
    one with empty cells, and the cells of a long line are all counted.

    Raises:
        SourceError: the file cannot be read.
        CancelledError: the agent cancelled.
    """
    token = cancel or CancelToken()
    size = max(path.stat().st_size, 1)
    try:
        with path.open("rb", buffering=LARGE_BUFFER) as raw, collector_paused():
            rows = CsvRows(raw)
            header = match_header(rows.labels, schema, header_matching)
            return _validate_rows(
                header,
                rows.blocks(header.width),
                schema,
                lambda: raw.tell() / size,
                progress,
                token,
            )
    except UnicodeDecodeError:
        raise SourceError("csv-not-utf8", file=path.name) from None
    except OSError:
        raise SourceError("file-unreadable", file=path.name) from None


def validate_rows(
    labels: list[str],
    rows: list[list[str]],
    schema: TableSchema,
    header_matching: HeaderMatching = "name",
) -> TableCheck:
    """Check rows already in memory (the header apart), as the differential tests do."""
    header = match_header(labels, schema, header_matching)
    blocks = (
        block_of(rows[i : i + BLOCK_ROWS], header.width) for i in range(0, len(rows), BLOCK_ROWS)
    )
    with collector_paused():
        return _validate_rows(header, blocks, schema, lambda: 0.0, NO_PROGRESS, CancelToken())


def _validate_rows(
    header: HeaderMatch,
    blocks: Iterator[RowBlock],
    schema: TableSchema,
    done: Callable[[], float],
    progress: ProgressFn,
    cancel: CancelToken,
) -> TableCheck:
    # Columns no field takes still count for the rows' shape, under their own label.
    store = FindingStore([*schema.field_names, *header.extra_names])
    positions = {name: index for index, name in enumerate(schema.field_names)}
    for problem in header.problems:
        field = positions.get(problem.field, NO_FIELD) if problem.field else NO_FIELD
        store.add(
            problem.code,
            np.array([-1]),
            field=field,
            field_number=problem.field_number,
            # The way columns were matched decides what a twin label means for the agent.
            note=header.matching,
            values=np.array([problem.label], dtype=object),
        )
    uniques = UniqueTracker(schema, header)
    extras = ExtraChecks(schema, header)
    first_row = FIRST_DATA_ROW
    for block in blocks:
        cancel.raise_if_cancelled()
        numbers = np.arange(first_row, first_row + len(block), dtype=np.int64)
        live, known = _check_block(block, numbers, header, schema, store, uniques)
        extras.run(block.columns, numbers, live, known)
        first_row += len(block)
        progress(min(done(), 1.0), "validating")
    progress(1.0, "done")
    rows = first_row - FIRST_DATA_ROW
    return TableCheck(rows, store.freeze(), header, extras.findings, extras.warnings)


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
    blank = _blank_rows(columns, len(block), schema.missing_values)
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
        cells = columns[column]
        let_window_run()
        findings = check_column(cells, field, schema.missing_values)
        if findings.distinct is not None:
            known[field.name] = findings.distinct
        _record_cells(store, findings, numbers, cells, present, index, column, field)
        uniques.collect(field.name, findings.keys, numbers, present)
    uniques.record(store, numbers, live)
    return live, known


def _blank_rows(
    columns: list[npt.NDArray[np.object_]], count: int, missing_values: tuple[str, ...]
) -> npt.NDArray[np.bool_]:
    """Rows whose every cell under a label is missing, that frictionless reports as blank rows.

    Cells past the last label do not count, and are then not reported either. Column after
    column, until no row is left blank (usually after the first one).
    """
    blank = np.ones(count, dtype=bool)
    for cells in columns:
        if missing_values == ("",):
            blank &= cells == ""
        else:
            blank &= pd.Series(cells, dtype=object).isin(list(missing_values)).to_numpy(bool)
        if not blank.any():
            break
    return blank


def _record_cells(
    store: FindingStore,
    findings: CellFindings,
    numbers: npt.NDArray[np.int64],
    cells: npt.NDArray[np.object_],
    present: npt.NDArray[np.bool_],
    index: int,
    column: int,
    field: SchemaField,
) -> None:
    number = column + 1
    plain = present & findings.type_error & ~findings.item_type_error
    item = present & findings.type_error & findings.item_type_error
    store.add(
        "type-error",
        numbers[plain],
        field=index,
        field_number=number,
        note=type_note(field),
        values=cells[plain],
    )
    store.add(
        "type-error",
        numbers[item],
        field=index,
        field_number=number,
        note=type_note(field, array_item=True),
        values=cells[item],
    )
    broken = np.flatnonzero(present & ~findings.type_error & findings.constraint_error)
    by_constraint: dict[str, list[int]] = {}
    for row in broken:
        for name in findings.constraints[row]:
            by_constraint.setdefault(name, []).append(int(row))
    for name, rows in by_constraint.items():
        picked = np.array(rows, dtype=np.int64)
        store.add(
            "constraint-error",
            numbers[picked],
            field=index,
            field_number=number,
            note=constraint_note(field, name),
            values=cells[picked],
        )
