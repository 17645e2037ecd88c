"""Checking a big file on two processor cores: its second half in another process.

The file is cut where a record starts near its middle (a line break outside quotes: the
quotes before it are even in number). This process checks the first half while the other
checks the second, numbering its rows from the start; this process then takes in what the
other found, renumbered, and judges the repeated values of unique fields and of the primary
key across both halves, in the file's order. The findings are the very ones a single process
finds. If this process's half turns out to need the csv module (unusual quoting), it reads
the whole file itself and the other's work is dropped.

On Linux the other process is forked: it starts with every module already imported;
elsewhere (Windows, macOS) it is spawned and imports them again (about half a second), so it
is only worth it for bigger files.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.tasks import LARGE_BUFFER, collector_paused
from desktop_app.core.validation.checker import LaterRows, TableChecker
from desktop_app.core.validation.rows import CsvRows
from desktop_app.core.validation.structure import HeaderMatch

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

StartMethod = Literal["fork", "spawn"]
_QUOTE, _LF = b'"', b"\n"
_PIECE = 8 << 20


@dataclass(frozen=True)
class SecondProcess:
    """Whether and how to check a file's second half in another process.

    Attributes:
        start_method: "fork" (the process starts as a copy of this one) or "spawn" (a new
            interpreter that imports what it needs).
        min_bytes: the smallest file worth it: below, one process does everything.
    """

    start_method: StartMethod
    min_bytes: int

    @classmethod
    def for_this_system(cls) -> SecondProcess:
        """Fork from 16 MiB on Linux, spawn from 128 MiB elsewhere.

        macOS can fork, but its system libraries may not survive it (Python spawns there).
        """
        # os.fork is what multiprocessing's "fork" needs; importing multiprocessing itself
        # (sockets, pickling of connections) is left to a file big enough to split.
        forks = hasattr(os, "fork") and not sys.platform.startswith("darwin")
        return cls("fork", 16 << 20) if forks else cls("spawn", 128 << 20)


def middle_record(raw: BinaryIO, size: int) -> int | None:
    """Where a record starts near the middle of the file, or None if none is found.

    A line break ends a record when the quotes before it are even in number; the fast reader
    checks that the first half's quotes are all plain, and reads it all itself if not.
    """
    middle = size // 2
    raw.seek(0)
    quotes = 0
    while raw.tell() < middle:
        quotes += raw.read(min(_PIECE, middle - raw.tell())).count(_QUOTE)
    position = middle
    while True:
        piece = raw.read(1 << 16)
        if not piece:
            return None
        start = 0
        while (found := piece.find(_LF, start)) >= 0:
            quotes += piece.count(_QUOTE, start, found)
            if quotes % 2 == 0:
                return position + found + 1
            start = found + 1
        quotes += piece.count(_QUOTE, start)
        position += len(piece)


class SecondHalf:
    """The rows from ``start`` to the end of the file, checked in another process."""

    def __init__(
        self,
        path: Path,
        start: int,
        schema: TableSchema,
        header: HeaderMatch,
        start_method: StartMethod,
    ) -> None:
        import multiprocessing

        context = (
            multiprocessing.get_context("fork")
            if start_method == "fork"
            else multiprocessing.get_context("spawn")
        )
        self._receiver, sender = context.Pipe(duplex=False)
        order = _dumps((path, start, schema, header))
        self._process = context.Process(target=check_second_half, args=(sender, order))
        self._process.daemon = True
        self._process.start()
        sender.close()

    def result(self) -> LaterRows | None:
        """What the other process found; None if it could not finish (the caller redoes it)."""
        try:
            found = _loads(self._receiver.recv_bytes())
        except (EOFError, OSError):
            found = None
        finally:
            self._receiver.close()
            self._process.join()
        return found if isinstance(found, LaterRows) else None

    def stop(self) -> None:
        """Stop the other process (the agent cancelled, or its work is not needed)."""
        self._receiver.close()
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()


def check_second_half(sender: Connection, order: bytes) -> None:
    """In the other process: check the rows from the given offset, send what was found."""
    path, start, schema, header = _loads(order)
    found: LaterRows | str
    try:
        found = check_rows_from(path, start, schema, header)
    except Exception as error:  # noqa: BLE001 - whatever it is, the first process redoes the work
        found = type(error).__name__
    try:
        sender.send_bytes(_dumps(found))
    finally:
        sender.close()


def check_rows_from(path: Path, start: int, schema: TableSchema, header: HeaderMatch) -> LaterRows:
    """The findings in the rows from byte ``start`` on, numbered as if they came first."""
    checker = TableChecker(header, schema, judge_repeats=False)
    with path.open("rb", buffering=LARGE_BUFFER) as raw, collector_paused():
        raw.seek(start)
        for block in CsvRows(raw, header=False).blocks(header.width):
            checker.check(block)
    return checker.later_rows()


def _dumps(value: Any) -> bytes:
    """Pickled, read-only mappings (which pickle refuses) as plain dicts turned back."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _mapping_proxy}
    pickler.dump(value)
    return buffer.getvalue()


def _mapping_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return read_only, (dict(proxy),)


def read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """A mapping made read-only again after its journey between processes."""
    return MappingProxyType(mapping)


def _loads(data: bytes) -> Any:
    return pickle.loads(data)  # noqa: S301 - written by _dumps in this program's other process
