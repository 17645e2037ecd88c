"""The file's columns matched to the schema's fields by name, whatever their order.

This follows frictionless 5 with ``"fieldsMatch": "equal"`` (checked against it): a label
the schema does not know is an ``extra-label``, a field without a column a ``missing-label``
numbered after the file's last column; an empty label is an extra one. Twin labels make
frictionless give up on the whole file; DataMairie reports each twin as a
``duplicate-label`` (frictionless's code when it matches by position) and keeps the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.schemas.model import TableSchema


@dataclass(frozen=True)
class LabelProblem:
    """A problem with the file's first line: a column too many, or a field without column."""

    code: str
    field: str | None
    field_number: int


@dataclass(frozen=True)
class HeaderMatch:
    """Which column of the file holds each field, and what is wrong with the labels."""

    columns: dict[str, int]
    problems: tuple[LabelProblem, ...]
    width: int

    @property
    def unmatched(self) -> list[int]:
        """Positions of the file's columns that no field takes (unknown, blank or twin labels)."""
        taken = set(self.columns.values())
        return [position for position in range(self.width) if position not in taken]


def match_header(labels: Sequence[str], schema: TableSchema) -> HeaderMatch:
    """Match the file's labels to the schema's field names."""
    names = set(schema.field_names)
    columns: dict[str, int] = {}
    problems: list[LabelProblem] = []
    for position, label in enumerate(labels):
        if label in names and label not in columns:
            columns[label] = position
        elif label in columns:
            problems.append(LabelProblem("duplicate-label", label, position + 1))
        else:
            problems.append(LabelProblem("extra-label", None, position + 1))
    missing = [name for name in schema.field_names if name not in columns]
    problems += [
        LabelProblem("missing-label", name, len(labels) + rank)
        for rank, name in enumerate(missing, start=1)
    ]
    return HeaderMatch(columns, tuple(problems), len(labels))
