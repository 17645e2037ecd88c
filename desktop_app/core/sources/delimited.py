"""Reading CSV, TSV and TXT files: encoding, separator and quoting found from the content."""

from __future__ import annotations

import contextlib
import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from desktop_app.core.errors import SourceError
from desktop_app.core.sources.encoding import (
    SAMPLE_BYTES,
    EncodingGuess,
    Utf8Stream,
    decode_sample,
    detect_encoding,
    read_sample,
)
from desktop_app.core.sources.grid import Grid
from desktop_app.core.sources.line_repair import padding_character, rejoin_fields, strip_padding
from desktop_app.core.sources.model import Notice
from desktop_app.core.sources.stray_quotes import close_stray_quotes, runaway_cells
from desktop_app.core.tasks import CancelToken, ProgressFn

SEPARATORS = (";", ",", "\t", "|")
SAMPLE_LINES = 300
# A stray quote may hide another in the lines it swallowed: looked for again, a few times.
STRAY_QUOTE_ROUNDS = 3
BUFFER_BYTES = 1 << 18
# The longest cell Python's csv module reads (its default limit), as the check of the
# prepared file does; no spreadsheet writes one as long (Excel keeps 32,767 characters).
CELL_LIMIT = csv.field_size_limit()


@dataclass(frozen=True)
class Dialect:
    """How the fields of a text file are separated and quoted."""

    separator: str
    quotechar: str = '"'
    width: int = 1


@dataclass(frozen=True)
class DelimitedRead:
    """A text file's grid and how it was decoded."""

    grid: Grid
    encoding: str
    dialect: Dialect
    notices: tuple[Notice, ...]


def detect_dialect(sample_text: str, *, whole: bool = False) -> Dialect:
    """Find the separator under which the sample's lines have the most regular field count.

    ``whole`` says the sample is the entire file, so its last line is complete.
    """
    lines = _complete_lines(sample_text, whole=whole)
    best = Dialect(";", width=1)
    best_score = 0.0
    for separator in SEPARATORS:
        counts = _field_counts(lines, separator)
        if not counts:
            continue
        width, frequency = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = frequency / len(counts) + min(width, 50) / 1000
        if score > best_score:
            best, best_score = Dialect(separator, width=max(counts)), score
    return best


def _field_counts(lines: list[str], separator: str) -> list[int]:
    """How many fields each line has, up to a cell too long to read (judged after parsing)."""
    counts: list[int] = []
    with contextlib.suppress(csv.Error):
        counts.extend(len(fields) for fields in csv.reader(lines, delimiter=separator) if fields)
    return counts


def _complete_lines(sample_text: str, *, whole: bool) -> list[str]:
    lines = sample_text.splitlines()
    if len(lines) > 1 and not whole:
        lines = lines[:-1]  # the sample may cut the last line short
    return lines[:SAMPLE_LINES]


def read_delimited(
    path: Path, *, size: int, progress: ProgressFn, cancel: CancelToken
) -> DelimitedRead:
    """Read a text file into a grid of strings, one row per record.

    Raises:
        SourceError: the file cannot be read.
    """
    try:
        with path.open("rb") as raw:
            sample = read_sample(raw)
            guess = detect_encoding(sample)
            whole = len(sample) < SAMPLE_BYTES
            sample_text = decode_sample(sample, guess)
            pad = padding_character(_complete_lines(sample_text, whole=whole))
            if pad is not None:
                sample_text = strip_padding(sample_text, pad)
            dialect = detect_dialect(sample_text, whole=whole)
            stream = Utf8Stream(raw, guess, size=size, progress=progress, cancel=cancel)
            frame = None
            if pad is None:
                frame = _parse(io.BufferedReader(stream, BUFFER_BYTES), dialect)
            if frame is None:
                raw.seek(0)
                stream = Utf8Stream(raw, guess, size=size, progress=progress, cancel=cancel)
                text = stream.readall().decode("utf-8")
                frame = _parse_ragged(strip_padding(text, pad) if pad else text, dialect)
            stray: list[int] = []
            for _ in range(STRAY_QUOTE_ROUNDS):
                if stream.line_breaks <= len(frame):  # no record spans lines: nothing to see
                    break
                runaway = runaway_cells(frame, dialect.separator)
                if not runaway:
                    break
                raw.seek(0)
                stream = Utf8Stream(raw, guess, size=size, progress=progress, cancel=cancel)
                text = stream.readall().decode("utf-8")
                text, lines = close_stray_quotes(
                    strip_padding(text, pad) if pad else text,
                    runaway,
                    dialect.separator,
                    dialect.quotechar,
                )
                stray += lines
                frame = _parse_ragged(text, dialect)
    except PermissionError:
        raise SourceError("file-locked", file=path.name) from None
    except OSError:
        raise SourceError("file-unreadable", file=path.name) from None
    except _CellTooLongError as too_long:
        params = {"file": path.name, "row": too_long.row, "limit": CELL_LIMIT}
        raise SourceError("cell-too-long", **params) from None
    if stream.long_lines:
        _refuse_long_cells(frame, path)
    notices = _encoding_notices(guess, stream.fallback_lines, stream.other_encoding)
    if pad is not None:
        notices.append(Notice.of("trailing-separators", character=pad))
    if stray:
        notices.append(Notice.of("quote-unclosed", count=len(stray), lines=sorted(stray)[:10]))
    # Only a comma separator is also a decimal mark and a word's punctuation.
    frame, joined = _rejoin_wide_lines(frame) if dialect.separator == "," else (frame, [])
    if joined:
        lines = [index + 1 for index in joined]
        notices.append(Notice.of("fields-joined", count=len(lines), lines=lines[:10]))
    frame.columns = pd.RangeIndex(len(frame.columns))
    grid = Grid(frame, None, np.arange(1, len(frame) + 1, dtype=np.int64))
    return DelimitedRead(grid, guess.encoding, dialect, tuple(notices))


def _parse(stream: io.BufferedReader, dialect: Dialect) -> pd.DataFrame | None:
    """The fast path: pandas' C parser. None when a line has more fields than foreseen."""
    try:
        frame = pd.read_csv(
            stream,
            sep=dialect.separator,
            quotechar=dialect.quotechar,
            encoding="utf-8",
            header=None,
            names=range(dialect.width),
            index_col=False,
            dtype=object,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.ParserError:
        return None
    except pd.errors.EmptyDataError:
        return pd.DataFrame(dtype=object)
    # Only a line with fewer fields than the widest leaves empty (NaN) cells, and always at its
    # end: looking at the last column avoids scanning the whole frame, and asking whether it
    # holds text only stops at the first cell that is not (a quarter of isna's time).
    last = frame[frame.columns[-1]].to_numpy() if len(frame.columns) else None
    if last is not None and infer_dtype(last, skipna=False) != "string":
        frame = frame.fillna("")
    return frame


def _parse_ragged(text: str, dialect: Dialect) -> pd.DataFrame:
    """The careful path, for files whose lines do not all have the same number of fields."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=dialect.separator)
    try:
        rows = list(reader)
    except csv.Error:
        raise _CellTooLongError(reader.line_num) from None
    return _parse_rows(rows)


class _CellTooLongError(Exception):
    """A cell longer than CELL_LIMIT, in the given record (1-based)."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def _refuse_long_cells(frame: pd.DataFrame, path: Path) -> None:
    """Refuse a file with a cell longer than any spreadsheet's: checking it would fail later.

    Only measured when the file has very long lines, so cell by cell is fine.
    """
    rows = [
        int(too_long[0]) + 1
        for column in frame.columns
        if len(too_long := np.flatnonzero(frame[column].map(len).to_numpy() > CELL_LIMIT))
    ]
    if rows:
        raise SourceError("cell-too-long", file=path.name, row=min(rows), limit=CELL_LIMIT)


def _rejoin_wide_lines(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[int]]:
    """Lines wider than the titles of the first line, joined back into their shape."""
    width = len(frame.columns)
    if width < 3 or not len(frame):
        return frame, []
    first = [str(cell) for cell in frame.iloc[0].tolist()]
    used = len(first)
    while used and not first[used - 1].strip():
        used -= 1
    if used >= width or not bool((frame[frame.columns[-1]] != "").any()):
        return frame, []
    rows, joined = rejoin_fields([[str(c) for c in row] for row in frame.to_numpy().tolist()])
    if not joined:
        return frame, []
    return _parse_rows(rows), joined


def _parse_rows(rows: list[list[str]]) -> pd.DataFrame:
    width = max((len(row) for row in rows), default=0)
    return pd.DataFrame([row + [""] * (width - len(row)) for row in rows], dtype=object)


def _encoding_notices(guess: EncodingGuess, fallback_lines: int, other: str) -> list[Notice]:
    notices: list[Notice] = []
    if guess.encoding in ("cp1252", "cp850", "latin-1"):
        notices.append(Notice.of("legacy-encoding", encoding=guess.encoding))
    elif guess.encoding.startswith("utf-16"):
        notices.append(Notice.of("utf16-encoding", encoding=guess.encoding))
    if fallback_lines:
        notices.append(
            Notice.of(
                "mixed-encoding",
                lines=fallback_lines,
                encoding=guess.encoding,
                fallback=other,
            )
        )
    return notices
