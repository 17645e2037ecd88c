"""Values that must not repeat: unique fields and the primary key, across every chunk.

As frictionless does, a repeated value is reported on the row that repeats it, with the row
where it was last seen; empty and unreadable cells are not compared.
"""

from __future__ import annotations

import itertools
import operator
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.store import FindingStore
from desktop_app.core.validation.structure import HeaderMatch

# Per unique field (and each field of the primary key), a block's keys and which are usable.
PendingKeys = dict[str, tuple[npt.NDArray[np.object_], npt.NDArray[np.bool_]]]
# frictionless's note when every cell of a row's primary key is empty or unreadable.
ALL_EMPTY_KEY_NOTE = 'cells composing the primary keys are all "None"'


def repeated_note(previous_row: int) -> str:
    """The note frictionless writes on a repeated value."""
    return f"the same as in the row at position {previous_row}"


class UniqueTracker:
    """Remembers, for each value of a unique field (and each key), the last row holding it."""

    def __init__(self, schema: TableSchema, header: HeaderMatch) -> None:
        self._positions = {name: index for index, name in enumerate(schema.field_names)}
        self._columns = header.columns
        self._unique = [
            field.name
            for field in schema.fields
            if field.constraints.unique and field.name in header.columns
        ]
        key = list(schema.primary_key)
        self._key = key if key and all(name in header.columns for name in key) else []
        self._seen: dict[str, dict[Any, int]] = {name: {} for name in self._unique}
        self._key_seen: dict[tuple[Any, ...], int] = {}
        self._chunk: PendingKeys = {}

    def wants(self, name: str) -> bool:
        """Whether the field's values are compared (a unique field, or in the primary key)."""
        return name in self._seen or name in self._key

    def collect(
        self, name: str, keys: npt.NDArray[np.object_], known: npt.NDArray[np.bool_]
    ) -> None:
        """Keep one column's keys for this chunk (rows ``known`` only: read, with a key)."""
        if name in self._seen or name in self._key:
            masked = keys.copy()
            masked[~known] = None
            self._chunk[name] = (masked, known)

    def take(self) -> PendingKeys:
        """The keys collected for this chunk, which the tracker forgets."""
        chunk, self._chunk = self._chunk, {}
        return chunk

    def record(
        self,
        store: FindingStore,
        numbers: npt.NDArray[np.int64],
        live: npt.NDArray[np.bool_],
        chunk: PendingKeys,
    ) -> None:
        """Report the repeated values of a chunk's keys (see `take`), rows in order."""
        for name in self._unique:
            keys, usable = chunk[name]
            self._repeats(store, name, keys, usable & live, numbers)
        if self._key:
            self._key_repeats(store, numbers, chunk)

    def _repeats(
        self,
        store: FindingStore,
        name: str,
        keys: npt.NDArray[np.object_],
        usable: npt.NDArray[np.bool_],
        numbers: npt.NDArray[np.int64],
    ) -> None:
        seen = self._seen[name]
        column = self._columns[name]
        rows = np.flatnonzero(usable)
        if _all_new(seen, keys[rows].tolist(), numbers[rows].tolist()):
            return
        for row in rows.tolist():
            key, number = keys[row], int(numbers[row])
            previous = seen.get(key)
            seen[key] = number
            if previous is not None:
                store.add(
                    "unique-error",
                    np.array([number]),
                    field=self._positions[name],
                    field_number=column + 1,
                    note=repeated_note(previous),
                )

    def _key_repeats(
        self, store: FindingStore, numbers: npt.NDArray[np.int64], chunk: PendingKeys
    ) -> None:
        """Primary keys: blank rows and unreadable cells take part, as None, like frictionless."""
        parts = [chunk[name][0].tolist() for name in self._key]
        keys = list(zip(*parts, strict=True))
        empty = np.ones(len(numbers), dtype=bool)
        for part in parts:
            empty &= np.fromiter(map(operator.is_, part, itertools.repeat(None)), bool, len(part))
        for row in np.flatnonzero(empty).tolist():
            store.add("primary-key", np.array([int(numbers[row])]), note=ALL_EMPTY_KEY_NOTE)
        rows = np.flatnonzero(~empty).tolist()
        filled = keys if len(rows) == len(keys) else [keys[row] for row in rows]
        if _all_new(self._key_seen, filled, numbers[rows].tolist()):
            return
        for row, key in zip(rows, filled, strict=True):
            number = int(numbers[row])
            previous = self._key_seen.get(key)
            self._key_seen[key] = number
            if previous is not None:
                store.add("primary-key", np.array([number]), note=repeated_note(previous))


def _all_new(seen: dict[Any, int], keys: list[Any], numbers: list[int]) -> bool:
    """Whether no key repeats another, here or before; if so, they are remembered.

    The usual case (no repeat) is settled by dictionaries built in C, not row by row.
    """
    fresh = dict(zip(keys, numbers, strict=True))
    if len(fresh) != len(keys) or not seen.keys().isdisjoint(fresh):
        return False
    seen.update(fresh)
    return True
