"""A mapping: which of the agent's columns fills each field of a schema, or which constant."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from desktop_app.core.mapping.label_matching import plain

# Below this confidence a suggestion is a guess: shown as one, for the agent to confirm.
GUESS_BELOW = 0.6


@dataclass(frozen=True)
class Evidence:
    """One reason for a suggestion, as a code with its details (worded by the interface)."""

    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, code: str, **params: Any) -> Evidence:
        """Build evidence from keyword parameters."""
        return cls(code, MappingProxyType(dict(params)))


@dataclass(frozen=True)
class FieldMapping:
    """What fills one schema field: a source column, a constant, or nothing yet.

    ``confidence`` is DataMairie's certainty for a suggestion (0 to 1), None once the agent
    chose. ``options`` are the conversion settings kept for next time (date order…).
    """

    field: str
    column: str | None = None
    constant: str | None = None
    confidence: float | None = None
    evidence: tuple[Evidence, ...] = ()
    options: Mapping[str, Any] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    @property
    def filled(self) -> bool:
        """Whether the field gets a column or a constant."""
        return self.column is not None or self.constant is not None

    @property
    def guess(self) -> bool:
        """Whether the column is DataMairie's uncertain guess, for the agent to confirm."""
        return (
            self.column is not None
            and self.confidence is not None
            and (self.confidence < GUESS_BELOW)
        )

    @property
    def values_to_check(self) -> bool:
        """Whether the column was taken for its title although its values do not fit yet."""
        codes = {item.code for item in self.evidence}
        return "label-is-field-name" in codes and "values-misfit" in codes


def columns_signature(columns: Iterable[str]) -> str:
    """A short fingerprint of a table's column names, order and spelling details ignored.

    Next month's file, with the same columns, has the same fingerprint, and its saved
    mapping applies itself.
    """
    names = sorted({plain(name) for name in columns})
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ColumnMapping:
    """The whole mapping of a table onto one version of a schema."""

    schema_name: str
    schema_version: str
    fields: tuple[FieldMapping, ...]
    source_columns: tuple[str, ...] = ()

    @property
    def signature(self) -> str:
        """The fingerprint of the source columns this mapping was made for."""
        return columns_signature(self.source_columns)

    def for_field(self, name: str) -> FieldMapping:
        """The mapping of one field (an empty one if the field is not listed)."""
        for item in self.fields:
            if item.field == name:
                return item
        return FieldMapping(name)

    def with_field(self, updated: FieldMapping, *, shared: bool = False) -> ColumnMapping:
        """A copy where one field's mapping is replaced.

        The column moves from any field that had it, unless ``shared``: the agent chose to
        use one column for two fields.
        """
        fields = []
        for item in self.fields:
            if item.field == updated.field:
                fields.append(updated)
            elif not shared and updated.column is not None and item.column == updated.column:
                fields.append(replace(item, column=None, confidence=None, evidence=()))
            else:
                fields.append(item)
        if updated.field not in {item.field for item in self.fields}:
            fields.append(updated)
        return replace(self, fields=tuple(fields))

    def with_column(
        self, field_name: str, column: str | None, *, shared: bool = False
    ) -> ColumnMapping:
        """A copy where the agent chose ``column`` (or no column) for a field.

        The column leaves any other field that had it, unless ``shared`` keeps it there too.
        """
        current = self.for_field(field_name)
        return self.with_field(
            replace(current, column=column, constant=None, confidence=None, evidence=()),
            shared=shared,
        )

    def fields_using(self, column: str, *, besides: str = "") -> list[str]:
        """The fields (other than ``besides``) that take their values from ``column``."""
        return [
            item.field for item in self.fields if item.column == column and item.field != besides
        ]

    def with_constant(self, field_name: str, value: str) -> ColumnMapping:
        """A copy where a field takes the same value on every row."""
        current = self.for_field(field_name)
        return self.with_field(
            replace(current, column=None, constant=value, confidence=None, evidence=())
        )

    def applies_to(self, columns: Iterable[str]) -> bool:
        """Whether this mapping was made for a table with these columns."""
        return columns_signature(columns) == self.signature
