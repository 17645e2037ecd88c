"""The national schemas as DataMairie uses them: a catalogue of entries, each a table schema.

These are the domain objects every later step reads: mapping (which field is which column),
conversion (what form a value must take), validation and publication (name and version).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from desktop_app.core.notices import Notice

FieldType = str  # "string", "number", "integer", "boolean", "date", "datetime", "time", "year",
# "yearmonth", "duration", "geopoint", "geojson", "array", "object", "any"


@dataclass(frozen=True)
class FieldConstraints:
    """The constraints a field's values must respect (Table Schema ``constraints``)."""

    required: bool = False
    unique: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: Any = None
    maximum: Any = None
    pattern: str | None = None
    enum: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class SchemaField:
    """One column of a national schema: its name, meaning, expected form and constraints."""

    name: str
    type: FieldType = "string"
    format: str | None = None
    title: str = ""
    description: str = ""
    example: str | None = None
    constraints: FieldConstraints = field(default_factory=FieldConstraints)
    true_values: tuple[str, ...] = ("true", "True", "TRUE", "1")
    false_values: tuple[str, ...] = ("false", "False", "FALSE", "0")
    decimal_char: str = "."
    group_char: str = ""
    bare_number: bool = True
    array_item: Mapping[str, Any] | None = None
    descriptor: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def required(self) -> bool:
        """Whether every row must have a value for this field."""
        return self.constraints.required

    @property
    def label(self) -> str:
        """What to call the field in front of the agent: its title, else its name."""
        return self.title or self.name


@dataclass(frozen=True)
class CustomCheck:
    """A check beyond Table Schema that the schema declares (``custom_checks``), e.g. SIRET."""

    name: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class TableSchema:
    """A national Table Schema, parsed once, with what was odd about it kept as notices.

    ``name`` is the catalogue's name ("scdl/deliberations"), the one data.gouv.fr records on a
    resource; ``descriptor`` is the schema as published, for tools that need it whole.
    """

    name: str
    version: str
    title: str
    description: str
    fields: tuple[SchemaField, ...]
    primary_key: tuple[str, ...] = ()
    missing_values: tuple[str, ...] = ("",)
    custom_checks: tuple[CustomCheck, ...] = ()
    notices: tuple[Notice, ...] = ()
    descriptor: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def field_names(self) -> list[str]:
        """The fields' names, in the schema's order (the order of the published CSV)."""
        return [schema_field.name for schema_field in self.fields]

    def field_named(self, name: str) -> SchemaField:
        """The field called ``name``.

        Raises:
            KeyError: the schema has no such field.
        """
        for schema_field in self.fields:
            if schema_field.name == name:
                return schema_field
        raise KeyError(name)


@dataclass(frozen=True)
class CatalogueEntry:
    """A schema as listed on schema.data.gouv.fr: what it is for, who keeps it, its versions."""

    name: str
    title: str
    description: str
    schema_type: str
    versions: tuple[str, ...]
    labels: tuple[str, ...] = ()
    homepage: str | None = None
    schema_files: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def latest(self) -> str:
        """The newest version."""
        return self.versions[-1]

    @property
    def scdl(self) -> bool:
        """Whether the schema belongs to the Socle Commun des Données Locales."""
        in_socle = any("Socle Commun" in label for label in self.labels)
        return self.name.startswith("scdl/") or in_socle

    @property
    def producer(self) -> str:
        """Who publishes the schema (the part of its name before the slash)."""
        return self.name.split("/", 1)[0]

    @property
    def is_table_schema(self) -> bool:
        """Whether DataMairie can map and validate a table against it."""
        return self.schema_type == "tableschema"
