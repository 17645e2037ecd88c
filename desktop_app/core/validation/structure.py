"""The file's columns matched to the schema's fields, in either of frictionless 5's two ways.

By name (``"name"``; frictionless with ``"fieldsMatch": "equal"``, the national validator's
way): whatever their order, a label the schema does not know is an ``extra-label``, a field
without a column a ``missing-label`` numbered after the file's last column; an empty label is
an extra one. Twin labels make frictionless give up on the whole file; DataMairie reports each
twin as a ``duplicate-label`` and keeps the first.

By position (``"position"``; frictionless's default, ``"fieldsMatch": "exact"``): the n-th
column holds the n-th field whatever its label. A label that is not its field's name is an
``incorrect-label`` (empty: ``blank-label``; the same as an earlier label:
``duplicate-label``), columns past the last field are ``extra-label``, fields past the last
column ``missing-label``.

Either way, a column no field takes is still checked for the rows' shape, under its label
made unique as frictionless makes it ("x", then "x2").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.schemas.model import TableSchema

HeaderMatching = Literal["name", "position"]
HEADER_MATCHINGS: tuple[HeaderMatching, ...] = ("name", "position")


@dataclass(frozen=True)
class LabelProblem:
    """A problem with the file's first line: a column too many, or a field without column."""

    code: str
    field: str | None
    field_number: int
    label: str = ""


@dataclass(frozen=True)
class HeaderMatch:
    """Which column of the file holds each field, and what is wrong with the labels."""

    columns: dict[str, int]
    problems: tuple[LabelProblem, ...]
    width: int
    matching: HeaderMatching = "name"
    extra_names: tuple[str, ...] = ()

    @property
    def unmatched(self) -> list[int]:
        """Positions of the file's columns that no field takes (unknown, blank or twin labels)."""
        taken = set(self.columns.values())
        return [position for position in range(self.width) if position not in taken]


def match_header(
    labels: Sequence[str], schema: TableSchema, matching: HeaderMatching = "name"
) -> HeaderMatch:
    """Match the file's labels to the schema's field names, by name or by position."""
    if matching == "position":
        columns, problems = _by_position(labels, schema)
    else:
        columns, problems = _by_name(labels, schema)
    return HeaderMatch(
        columns, tuple(problems), len(labels), matching, _extra_names(labels, columns)
    )


def _by_name(
    labels: Sequence[str], schema: TableSchema
) -> tuple[dict[str, int], list[LabelProblem]]:
    names = set(schema.field_names)
    columns: dict[str, int] = {}
    problems: list[LabelProblem] = []
    for position, label in enumerate(labels):
        if label in names and label not in columns:
            columns[label] = position
        elif label in columns:
            problems.append(LabelProblem("duplicate-label", label, position + 1, label))
        else:
            problems.append(LabelProblem("extra-label", None, position + 1, label))
    missing = [name for name in schema.field_names if name not in columns]
    problems += [
        LabelProblem("missing-label", name, len(labels) + rank)
        for rank, name in enumerate(missing, start=1)
    ]
    return columns, problems


def _by_position(
    labels: Sequence[str], schema: TableSchema
) -> tuple[dict[str, int], list[LabelProblem]]:
    names = schema.field_names
    paired = min(len(labels), len(names))
    columns = {names[position]: position for position in range(paired)}
    problems = [
        LabelProblem("extra-label", None, number, labels[number - 1])
        for number in range(len(names) + 1, len(labels) + 1)
    ]
    problems += [
        LabelProblem("missing-label", name, len(labels) + rank)
        for rank, name in enumerate(names[paired:], start=1)
    ]
    for position in range(paired):
        label, name = labels[position], names[position]
        if not label:
            problems.append(LabelProblem("blank-label", name, position + 1))
        elif label in labels[:position]:
            problems.append(LabelProblem("duplicate-label", name, position + 1, label))
        elif label != name:
            problems.append(LabelProblem("incorrect-label", name, position + 1, label))
    return columns, problems


def _extra_names(labels: Sequence[str], columns: dict[str, int]) -> tuple[str, ...]:
    """Names of the columns no field takes, made unique the way frictionless does it."""
    by_position = {position: name for name, position in columns.items()}
    used: set[str] = set()
    extra: list[str] = []
    for position, label in enumerate(labels):
        name = by_position.get(position, label)
        suffix = 2
        while name in used:
            name, suffix = f"{label}{suffix}", suffix + 1
        used.add(name)
        if position not in by_position:
            extra.append(name)
    return tuple(extra)
