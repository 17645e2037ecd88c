"""One preparation, and the tables and bytes derived from it, each computed once.

A ``Preparation`` holds what the agent decided about one table: the table as read, its
schema-shaped copy (``prepared``, None without a schema), the corrections (``edits``) and
the privacy decisions. From them it derives, lazily and cached:

- ``edited``: the prepared table with the corrections in force;
- ``scan``: the personal data found in what would be published;
- ``publishable``: the edited table with every privacy decision applied;
- ``write_publishable`` / ``publishable_bytes``: the CSV sent to data.gouv.fr;
- ``rows`` and ``conformity``: its row count and its check against the schema, from those bytes.

The wizard's Publication page, ``publish`` of a saved project and the outbox all write the
file through here, so what the agent checked is what goes online, byte for byte.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from desktop_app.core.errors import AppError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.mapping.prepare import PreparedTable, write_publishable_csv
from desktop_app.core.preparation.edits import EditHistory, ReplayOutcome, apply_edits
from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.privacy.remedies import PrivacyError, apply_decisions, undecided
from desktop_app.core.privacy.scan import scan_prepared, scan_table
from desktop_app.core.sources import Table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn
from desktop_app.core.validation.engine import TableCheck, validate_csv


def edited_table(prepared: PreparedTable, edits: EditHistory) -> PreparedTable:
    """The prepared table with the corrections in force (itself when there are none)."""
    if not edits.active:
        return prepared
    replayed = apply_edits(prepared.frame, edits.active, prepared.schema)
    return replace(prepared, frame=replayed.frame)


def scan_published(
    edited: PreparedTable | None,
    table: Table | None,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PrivacyScan:
    """The personal data in what would be published: the corrected table, else the table as read.

    Raises:
        CancelledError: the agent cancelled the scan.
    """
    if edited is not None:
        return scan_prepared(edited, progress=progress, cancel=cancel)
    if table is None:
        return PrivacyScan((), (), 0, ())
    return scan_table(table, progress=progress, cancel=cancel)


def scan_for_privacy(
    prepared: PreparedTable | None,
    edits: EditHistory,
    table: Table | None,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> PrivacyScan:
    """The Données personnelles step's scan (run off the window's thread: it reads every cell).

    Raises:
        CancelledError: the agent cancelled the scan.
    """
    progress(0.0, "privacy-scanning")
    edited = None if prepared is None else edited_table(prepared, edits)
    return scan_published(edited, table, progress=progress, cancel=cancel)


@dataclass(frozen=True, eq=False)
class Preparation:
    """A table prepared for publication: as read, shaped, corrected, decided.

    ``prepared`` is None for data published without a schema: then ``table`` is published
    as read, with the whole-column privacy decisions (remove or empty a column) applied.
    The object never changes; a new correction or decision makes a new Preparation (cheap:
    nothing is derived until asked).
    """

    table: Table | None
    prepared: PreparedTable | None
    edits: EditHistory = field(default_factory=EditHistory)
    decisions: tuple[PrivacyDecision, ...] = ()
    cancel: CancelToken = field(default_factory=CancelToken, compare=False)

    @cached_property
    def replayed(self) -> ReplayOutcome | None:
        """What the corrections did to the prepared table: cells changed, edits skipped."""
        if self.prepared is None:
            return None
        return apply_edits(self.prepared.frame, self.edits.active, self.prepared.schema)

    @cached_property
    def edited(self) -> PreparedTable | None:
        """The prepared table with the agent's corrections (None without a schema)."""
        if self.prepared is None or self.replayed is None:
            return None
        if self.replayed.frame is self.prepared.frame:
            return self.prepared
        return replace(self.prepared, frame=self.replayed.frame)

    @cached_property
    def scan(self) -> PrivacyScan:
        """The personal data found in what would be published (before any decision)."""
        return scan_published(self.edited, self.table, cancel=self.cancel)

    @cached_property
    def publishable(self) -> PreparedTable | None:
        """The table to publish: corrections made, then every privacy decision applied.

        None without a schema (``write_publishable`` then writes the table as read).

        Raises:
            PrivacyError: a finding is undecided or a decision does not fit.
        """
        if self.edited is None:
            return None
        return apply_decisions(self.edited, self.scan, self.decisions)

    @property
    def rows(self) -> int:
        """How many data rows the published file has."""
        if self.publishable is not None:
            return len(self.publishable.frame)
        return 0 if self.table is None else self.table.row_count

    def write_publishable(self, target: Path) -> int:
        """Write the file to publish at ``target`` (atomically); return its number of rows.

        Raises:
            PrivacyError: a finding is undecided or a decision does not fit.
            AppError: ``target`` cannot be written (``output-unwritable``).
        """
        if self.publishable is not None:
            write_publishable_csv(self.publishable, target)
        elif self.table is not None:
            self._write_free_table(self.table, target)
        return self.rows

    @cached_property
    def publishable_bytes(self) -> bytes:
        """The exact bytes of the file to publish (written once, then kept)."""
        with tempfile.TemporaryDirectory(prefix="datamairie-publishable-") as folder:
            path = Path(folder) / "publication.csv"
            self.write_publishable(path)
            return path.read_bytes()

    @cached_property
    def conformity(self) -> TableCheck | None:
        """The check against the schema of the exact bytes to publish (None without a schema)."""
        if self.publishable is None:
            return None
        with tempfile.TemporaryDirectory(prefix="datamairie-publishable-") as folder:
            path = Path(folder) / "publication.csv"
            path.write_bytes(self.publishable_bytes)
            return validate_csv(path, self.publishable.schema, cancel=self.cancel)

    def _write_free_table(self, table: Table, target: Path) -> None:
        """Data without a schema: the agent's columns as read, each column's decision applied.

        Without a schema only whole-column remedies exist: removing or emptying a column;
        any other decision is kept as the agent's justified choice.
        """
        waiting = undecided(self.scan.findings, self.decisions)
        if waiting:
            raise PrivacyError(
                "privacy-undecided", count=len(waiting), names=[f.label for f in waiting]
            )
        remedies = {decision.column: decision.remedy.value for decision in self.decisions}
        kept = [
            (index, column)
            for index, column in enumerate(table.columns)
            if remedies.get(column.name) != "remove-column"
        ]
        cells = [table.text.iloc[:, index].tolist() for index, _ in kept]
        emptied = [remedies.get(column.name) == "empty-column" for _, column in kept]
        try:
            with replaced_atomically(target, newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(column.label for _, column in kept)
                for row in zip(*cells, strict=True):
                    writer.writerow(
                        "" if empty else value for value, empty in zip(row, emptied, strict=True)
                    )
        except OSError:
            raise AppError("output-unwritable", file=target.name) from None
