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

from desktop_app.core.errors import SourceError
from desktop_app.core.notices import Notice
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.tasks import (
    LARGE_BUFFER,
    NO_PROGRESS,
    CancelToken,
    ProgressFn,
    collector_paused,
)
from desktop_app.core.validation.checker import FIRST_DATA_ROW as FIRST_DATA_ROW
from desktop_app.core.validation.checker import TableChecker
from desktop_app.core.validation.custom_checks import CheckFindings
from desktop_app.core.validation.halves import (
    SecondHalf,
    SecondProcess,
    check_rows_from,
    middle_record,
)
from desktop_app.core.validation.rows import BLOCK_ROWS, CsvRows, RowBlock, block_of
from desktop_app.core.validation.store import FindingList
from desktop_app.core.validation.structure import HeaderMatch, HeaderMatching, match_header


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
    second_process: SecondProcess | None = None,
) -> TableCheck:
    """Check a UTF-8 CSV (header on the first line) against a schema.

    Columns are matched to fields by name (the national validator's way) unless
    ``header_matching`` is "position" (see `structure`).

    Rows are cut as Python's csv module cuts them (see `rows`): a short line is told from
    one with empty cells, and the cells of a long line are all counted.

    With ``second_process``, a big file's second half is checked in another process, on
    the other processor core (see `halves`); the findings are the same.

    Raises:
        SourceError: the file cannot be read.
        CancelledError: the agent cancelled.
    """
    token = cancel or CancelToken()
    size = max(path.stat().st_size, 1)
    try:
        with path.open("rb", buffering=LARGE_BUFFER) as raw, collector_paused():
            split = None
            if second_process is not None and size >= second_process.min_bytes:
                split = middle_record(raw, size)
                raw.seek(0)
            rows = CsvRows(raw, end=split)
            header = match_header(rows.labels, schema, header_matching)
            if split is None or second_process is None:
                return _validate_rows(
                    header,
                    rows.blocks(header.width),
                    schema,
                    lambda: raw.tell() / size,
                    progress,
                    token,
                )
            other = SecondHalf(path, split, schema, header, second_process.start_method)
            half = split
            try:
                return _validate_halves(
                    rows,
                    header,
                    schema,
                    other,
                    (path, split),
                    lambda: raw.tell() / half,
                    progress,
                    token,
                )
            finally:
                other.stop()
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
    checker = _checked(header, schema, blocks, lambda: min(done(), 1.0), progress, cancel)
    progress(1.0, "done")
    return _table_check(checker)


def _validate_halves(
    rows: CsvRows,
    header: HeaderMatch,
    schema: TableSchema,
    other: SecondHalf,
    second_half: tuple[Path, int],
    done: Callable[[], float],
    progress: ProgressFn,
    cancel: CancelToken,
) -> TableCheck:
    """The first half here while ``other`` checks the second, then the two put together."""
    blocks = rows.blocks(header.width)
    checker = _checked(header, schema, blocks, lambda: min(done(), 1.0) / 2, progress, cancel)
    # Unusual quoting made the csv module read this half: it went on to the file's end.
    if rows.fast:
        later = other.result()
        if later is None:  # the other process failed: its half is checked here
            path, start = second_half
            later = check_rows_from(path, start, schema, header)
        checker.adopt(later)
    progress(1.0, "done")
    return _table_check(checker)


def _checked(
    header: HeaderMatch,
    schema: TableSchema,
    blocks: Iterator[RowBlock],
    done: Callable[[], float],
    progress: ProgressFn,
    cancel: CancelToken,
) -> TableChecker:
    """A checker that has seen the header and every block; ``done`` says how far it is."""
    checker = TableChecker(header, schema)
    checker.add_label_problems()
    for block in blocks:
        cancel.raise_if_cancelled()
        checker.check(block)
        progress(done(), "validating")
    return checker


def _table_check(checker: TableChecker) -> TableCheck:
    extras = checker.extras
    return TableCheck(
        checker.rows, checker.store.freeze(), checker.header, extras.findings, extras.warnings
    )
