"""The schema's own checks (SIRET, sums, ACTES…), run chunk after chunk beside the engine."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from desktop_app.core.notices import Notice
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.custom_checks import (
    ActesNomenclature,
    CheckFindings,
    load_actes_nomenclature,
    run_custom_checks,
)
from desktop_app.core.validation.custom_checks.common import TextColumns
from desktop_app.core.validation.structure import HeaderMatch


class ExtraChecks:
    """Runs a schema's ``custom_checks`` on each chunk and keeps what they find."""

    def __init__(self, schema: TableSchema, header: HeaderMatch) -> None:
        self._schema = schema
        self._columns = header.columns
        self._nomenclature: ActesNomenclature | None = None
        self._batches: list[CheckFindings] = []
        self._warnings: dict[tuple[str, str], Notice] = {}

    @property
    def wanted(self) -> bool:
        """Whether the schema declares any check of its own."""
        return bool(self._schema.custom_checks)

    def run(
        self,
        columns: Sequence[npt.NDArray[np.object_]],
        numbers: npt.NDArray[np.int64],
        live: npt.NDArray[np.bool_],
        known_distinct: Mapping[str, tuple[npt.NDArray[np.intp], npt.NDArray[np.object_]]]
        | None = None,
    ) -> None:
        """Check one chunk; findings on blank rows are dropped (frictionless reports those).

        ``known_distinct``: the distinct values of the columns the cell checks already found.
        """
        if not self.wanted or not len(numbers):
            return
        if self._nomenclature is None:
            self._nomenclature = load_actes_nomenclature()
        frame = TextColumns(_Named(columns, self._columns), len(numbers))
        result = run_custom_checks(
            frame,
            self._schema,
            first_row_number=int(numbers[0]),
            nomenclature=self._nomenclature,
            known_distinct=known_distinct,
        )
        blank_numbers = numbers[~live]
        for batch in result.findings:
            if not len(blank_numbers):
                self._batches.append(batch)
                continue
            keep = ~np.isin(batch.rows, blank_numbers)
            if keep.all():
                self._batches.append(batch)
            elif keep.any():
                self._batches.append(self._subset(batch, keep))
        for notice in result.warnings:
            self._warnings.setdefault((notice.code, repr(dict(notice.params))), notice)

    def adopt(self, findings: list[CheckFindings], warnings: list[Notice]) -> None:
        """Take in what the checks found in later rows, checked elsewhere."""
        self._batches.extend(findings)
        for notice in warnings:
            self._warnings.setdefault((notice.code, repr(dict(notice.params))), notice)

    @staticmethod
    def _subset(batch: CheckFindings, keep: npt.NDArray[np.bool_]) -> CheckFindings:
        extras = {name: column[keep] for name, column in batch.extras.items()}
        return dataclasses.replace(
            batch, rows=batch.rows[keep], values=batch.values[keep], extras=extras
        )

    @property
    def findings(self) -> tuple[CheckFindings, ...]:
        """Everything the checks found, batch by batch."""
        return tuple(self._batches)

    @property
    def warnings(self) -> tuple[Notice, ...]:
        """What the checks could not do (a column missing, an unknown check), once each."""
        return tuple(self._warnings.values())


class _Named(Mapping[str, npt.NDArray[np.object_]]):
    """A block's columns by the field each is under, each made only if a check reads it."""

    def __init__(
        self, columns: Sequence[npt.NDArray[np.object_]], positions: Mapping[str, int]
    ) -> None:
        self._columns = columns
        self._positions = positions

    def __getitem__(self, name: str) -> npt.NDArray[np.object_]:
        return self._columns[self._positions[name]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)
