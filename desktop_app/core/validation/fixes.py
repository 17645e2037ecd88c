"""Problems with a sure correction: the agent can accept it in one click instead of retyping.

A faulty cell can be fixed when the conversions DataMairie applies to the agent's columns
(dates, decimal commas, Oui/Non, allowed values' case, spaces…) turn it into a value the
field accepts. Nothing is guessed: a value the conversion cannot read, or reads into a value
still refused, stays a problem for the agent to settle.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from desktop_app.core.errors import AppError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.cells import check_column
from desktop_app.core.validation.distinct import among, factorize, sorted_unique
from desktop_app.core.validation.engine import TableCheck

FIXABLE_CODES = frozenset({"type-error", "constraint-error"})
EXAMPLES = 3


@dataclass(frozen=True, eq=False)
class FixProposal:
    """A sure correction for some faulty cells of one column, and what it changes."""

    field: str
    kinds: tuple[str, ...]
    rows: npt.NDArray[np.int64]
    replacements: Mapping[str, str]

    @property
    def count(self) -> int:
        """How many cells the correction fixes."""
        return len(self.rows)

    @property
    def examples(self) -> list[tuple[str, str]]:
        """A few (before, after) pairs to show the agent."""
        return list(self.replacements.items())[:EXAMPLES]


def propose_fixes(check: TableCheck, schema: TableSchema) -> list[FixProposal]:
    """The corrections the conversions can make to the cells found faulty."""
    findings = check.findings
    proposals = []
    for index, field in enumerate(schema.fields):
        picked = (findings.fields == index) & np.isin(
            findings.codes, [i for i, c in enumerate(findings.code_names) if c in FIXABLE_CODES]
        )
        if not picked.any():
            continue
        # The conversions (and their label matching) are imported only when a cell needs them.
        from desktop_app.core.mapping.conversion import converted_values

        rows = findings.rows[picked]
        values = np.array([str(value or "") for value in findings.values[picked]], dtype=object)
        _, distinct = factorize(values)
        outputs, kinds = converted_values(distinct.tolist(), field)
        converted = np.array(outputs, dtype=object)
        verdicts = check_column(converted, field, schema.missing_values)
        accepted = (converted != distinct) & ~verdicts.type_error & ~verdicts.constraint_error
        accepted &= ~verdicts.missing
        replacements = {
            str(before): str(after)
            for before, after, ok in zip(distinct, converted, accepted, strict=True)
            if ok
        }
        if not replacements:
            continue
        fixed_rows = sorted_unique(rows[among(values, list(replacements))])
        proposals.append(FixProposal(field.name, kinds, fixed_rows, replacements))
    return proposals


def apply_fixes(source: Path, target: Path, proposals: Sequence[FixProposal]) -> int:
    """Write a corrected copy of a schema-shaped CSV; the source file is left untouched.

    Returns:
        How many cells were corrected.

    Raises:
        AppError: the copy cannot be written (``output-unwritable``).
    """
    wanted = {proposal.field: proposal for proposal in proposals}
    rows_by_field = {name: set(p.rows.tolist()) for name, p in wanted.items()}
    fixed = 0
    try:
        with (
            source.open(encoding="utf-8-sig", newline="") as reading,
            replaced_atomically(target, newline="") as writing,
        ):
            reader = csv.reader(reading)
            writer = csv.writer(writing, lineterminator="\n")
            labels = next(reader, [])
            writer.writerow(labels)
            columns = {name: labels.index(name) for name in wanted if name in labels}
            for number, row in enumerate(reader, start=2):
                for name, column in columns.items():
                    if number in rows_by_field[name] and column < len(row):
                        replacement = wanted[name].replacements.get(row[column])
                        if replacement is not None:
                            row[column] = replacement
                            fixed += 1
                writer.writerow(row)
    except OSError:
        raise AppError("output-unwritable", file=target.name) from None
    return fixed
