"""Turning a published schema.json into a TableSchema, once, forgiving its authors' slips.

The national schemas are written by hand and some carry quirks (``contraints`` misspelt,
``required`` outside the constraints, ``exemple`` in French, examples in the wrong form).
Each quirk is corrected the way its author obviously meant and reported as a notice, so
that the agent can still use the schema and the maintainers can tell its authors.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from desktop_app.core.errors import SchemaError
from desktop_app.core.notices import Notice
from desktop_app.core.schemas.fields import SchemaQuirks, quirk_notices, read_fields, text_of
from desktop_app.core.schemas.listing import same_version
from desktop_app.core.schemas.model import CustomCheck, SchemaField, TableSchema

log = logging.getLogger(__name__)

# Table Schema's own rule for names of packages and resources.
VALID_NAME = re.compile(r"[a-z0-9._/\-]+")


def is_table_schema_document(document: Any) -> bool:
    """Whether a JSON document is a Table Schema: an object with a list of fields."""
    return isinstance(document, Mapping) and isinstance(document.get("fields"), list)


def parse_table_schema(
    descriptor: Mapping[str, Any], *, name: str | None = None, version: str | None = None
) -> TableSchema:
    """Read a schema.json's content into the TableSchema every later step uses.

    Args:
        descriptor: the JSON object of the schema, as published.
        name: the catalogue's name for it ("scdl/deliberations"); else the schema's own.
        version: the catalogue's version; else the one written in the schema.

    Raises:
        SchemaError: ``schema-not-table-schema`` when there is no list of fields.
    """
    if not is_table_schema_document(descriptor):
        raise SchemaError("schema-not-table-schema", name=name or "")
    quirks = SchemaQuirks()
    own_name = descriptor.get("name")
    if own_name is not None and not _valid_name(own_name):
        quirks.notices.append(Notice.of("schema-invalid-name", name=str(own_name)))
        own_name = None
    declared = descriptor.get("version")
    declared = str(declared) if isinstance(declared, (str, int, float)) else ""
    if version and declared and not same_version(version, declared):
        quirks.notices.append(
            Notice.of("schema-version-differs", declared=declared, version=version)
        )
    fields = tuple(read_fields(descriptor["fields"], quirks))
    return TableSchema(
        name=name or own_name or "",
        version=version or declared,
        title=text_of(descriptor.get("title")),
        description=text_of(descriptor.get("description")),
        fields=fields,
        primary_key=_primary_key(descriptor.get("primaryKey"), fields, quirks),
        missing_values=_missing_values(descriptor.get("missingValues")),
        custom_checks=_custom_checks(descriptor.get("custom_checks")),
        notices=quirk_notices(quirks),
        descriptor=MappingProxyType(dict(descriptor)),
    )


def load_schema_file(path: Path) -> TableSchema:
    """Read a schema.json the agent has on disk (a schema that is not in the catalogue).

    Raises:
        SchemaError: ``schema-file-not-found``, ``schema-file-unreadable``,
            ``schema-file-not-json`` or ``schema-file-not-table-schema``.
    """
    if not path.exists():
        raise SchemaError("schema-file-not-found", file=path.name)
    try:
        content = path.read_bytes()
    except OSError as error:
        log.warning("schema file %s unreadable: %s", path, error)
        raise SchemaError("schema-file-unreadable", file=path.name) from error
    try:
        descriptor = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise SchemaError("schema-file-not-json", file=path.name) from error
    if not is_table_schema_document(descriptor):
        raise SchemaError("schema-file-not-table-schema", file=path.name)
    if _valid_name(descriptor.get("name")):
        return parse_table_schema(descriptor)
    # Without a usable name of its own, the schema is called after its file (or its folder,
    # since most are called schema.json).
    fallback = path.parent.name if path.stem == "schema" else path.stem
    return parse_table_schema(descriptor, name=_safe_name(fallback) or "schema")


def _primary_key(
    raw: Any, fields: tuple[SchemaField, ...], quirks: SchemaQuirks
) -> tuple[str, ...]:
    keys = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    names = {schema_field.name for schema_field in fields}
    unknown = [str(key) for key in keys if key not in names]
    if unknown:
        quirks.notices.append(Notice.of("schema-invalid-primary-key", names=unknown))
    return tuple(key for key in keys if key in names)


def _missing_values(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list) and all(isinstance(value, str) for value in raw):
        return tuple(raw)
    return ("",)


def _custom_checks(raw: Any) -> tuple[CustomCheck, ...]:
    checks: list[CustomCheck] = []
    for item in raw if isinstance(raw, list) else ():
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            params = item.get("params")
            frozen = MappingProxyType(dict(params) if isinstance(params, Mapping) else {})
            checks.append(CustomCheck(item["name"], frozen))
    return tuple(checks)


def _valid_name(value: Any) -> bool:
    return isinstance(value, str) and VALID_NAME.fullmatch(value) is not None


def _safe_name(text: str) -> str:
    return re.sub(r"[^a-z0-9._\-]+", "-", text.lower()).strip("-")
