"""Every finding of a validation, kept compactly: a million errors fit in a few tens of MB.

A finding is a row number, a field, a code and a note; each is stored as a small integer in
NumPy arrays (the texts once each in side tables), so that nothing is capped and counts by
code and by field stay exact.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

NO_ROW = -1
NO_FIELD = -1


@dataclass(frozen=True)
class Finding:
    """One problem, as the report lists it (row and field are None for whole-file problems)."""

    row: int | None
    field: str | None
    field_number: int | None
    code: str
    note: str
    value: str | None


@dataclass(frozen=True, eq=False)
class FindingBatch:
    """Findings of one code about one field, with one note, as `FindingStore.add` takes them."""

    code: str
    rows: npt.NDArray[np.int64]
    field: int
    field_number: int
    note: str
    values: npt.NDArray[np.object_]


class _Interned:
    """A table of distinct texts, each known by its position."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._index: dict[str, int] = {}

    def index(self, text: str) -> int:
        found = self._index.get(text)
        if found is None:
            found = self._index[text] = len(self.texts)
            self.texts.append(text)
        return found


class FindingStore:
    """Collects findings batch by batch while a file is validated."""

    def __init__(self, field_names: Sequence[str]) -> None:
        self._fields = list(field_names)
        self._codes = _Interned()
        self._notes = _Interned()
        self._batches: list[tuple[npt.NDArray[np.int64], ...]] = []
        self._values: list[npt.NDArray[np.object_]] = []

    def add(
        self,
        code: str,
        rows: npt.NDArray[np.int64],
        *,
        field: int = NO_FIELD,
        field_number: int = 0,
        note: str = "",
        values: npt.NDArray[np.object_] | None = None,
    ) -> None:
        """Record ``code`` for each row given, all about one field, with one note.

        ``field`` is the field's position in the schema (NO_FIELD for a whole row);
        ``field_number`` its column's position in the file, from 1 (0: none), as
        frictionless numbers them.
        """
        count = len(rows)
        if not count:
            return
        self._batches.append(
            (
                np.asarray(rows, dtype=np.int64),
                np.full(count, field, dtype=np.int64),
                np.full(count, field_number, dtype=np.int64),
                np.full(count, self._codes.index(code), dtype=np.int64),
                np.full(count, self._notes.index(note), dtype=np.int64),
            )
        )
        self._values.append(
            values.astype(object) if values is not None else np.full(count, None, dtype=object)
        )

    def add_batch(self, batch: FindingBatch) -> None:
        """Record findings another store gave (see `batches`)."""
        self.add(
            batch.code,
            batch.rows,
            field=batch.field,
            field_number=batch.field_number,
            note=batch.note,
            values=batch.values,
        )

    def batches(self) -> list[FindingBatch]:
        """Every finding so far, batch by batch in the order they were added."""
        return [
            FindingBatch(
                self._codes.texts[int(codes[0])],
                rows,
                int(fields[0]),
                int(numbers[0]),
                self._notes.texts[int(notes[0])],
                values,
            )
            for (rows, fields, numbers, codes, notes), values in zip(
                self._batches, self._values, strict=True
            )
        ]

    def freeze(self) -> FindingList:
        """All findings, in the order of the file: by row, then by field."""
        if not self._batches:
            empty = np.zeros(0, dtype=np.int64)
            return FindingList(
                self._fields, [], [], empty, empty, empty, empty, empty, np.zeros(0, object)
            )
        rows, fields, numbers, codes, notes = (
            np.concatenate([batch[i] for batch in self._batches]) for i in range(5)
        )
        values = np.concatenate(self._values)
        order = np.lexsort((numbers, rows))
        return FindingList(
            self._fields,
            self._codes.texts,
            self._notes.texts,
            rows[order],
            fields[order],
            numbers[order],
            codes[order],
            notes[order],
            values[order],
        )


@dataclass(frozen=True, eq=False)
class FindingList:
    """The findings of one validation, in the file's order, with exact counts."""

    field_names: Sequence[str]
    code_names: Sequence[str]
    note_texts: Sequence[str]
    rows: npt.NDArray[np.int64]
    fields: npt.NDArray[np.int64]
    field_numbers: npt.NDArray[np.int64]
    codes: npt.NDArray[np.int64]
    notes: npt.NDArray[np.int64]
    values: npt.NDArray[np.object_]

    def __len__(self) -> int:
        return len(self.rows)

    def counts_by_code(self) -> dict[str, int]:
        """How many findings of each code."""
        counts = np.bincount(self.codes, minlength=len(self.code_names))
        return {name: int(n) for name, n in zip(self.code_names, counts, strict=True) if n}

    def counts_by_field(self) -> dict[str, int]:
        """How many findings about each field (findings about whole rows are not counted)."""
        located = self.fields[self.fields >= 0]
        counts = np.bincount(located, minlength=len(self.field_names))
        return {name: int(n) for name, n in zip(self.field_names, counts, strict=True) if n}

    def first(self, limit: int) -> Iterator[Finding]:
        """The first ``limit`` findings, in the file's order."""
        for index in range(min(limit, len(self))):
            yield self[index]

    def __getitem__(self, index: int) -> Finding:
        field = int(self.fields[index])
        row = int(self.rows[index])
        value = self.values[index]
        return Finding(
            row=None if row == NO_ROW else row,
            field=None if field == NO_FIELD else self.field_names[field],
            field_number=int(self.field_numbers[index]) or None,
            code=self.code_names[int(self.codes[index])],
            note=self.note_texts[int(self.notes[index])],
            value=None if value is None else str(value),
        )

    def as_set(self) -> set[tuple[int | None, str | None, str]]:
        """The (row, field, code) triples, as the differential tests compare them."""
        return {(f.row, f.field or None, f.code) for f in (self[i] for i in range(len(self)))}
