"""Mappings saved as versioned JSON documents, to reuse next month or on another computer.

The document names its format and version; an older version is upgraded when read, a newer
one is refused with a clear code rather than misread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.core.errors import MappingError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.mapping.model import ColumnMapping, Evidence, FieldMapping

FORMAT = "datamairie-mapping"
VERSION = 1


def mapping_to_json(mapping: ColumnMapping) -> dict[str, Any]:
    """The JSON document of a mapping (documented in docs/cli.md)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": {"name": mapping.schema_name, "version": mapping.schema_version},
        "source": {"columns": list(mapping.source_columns), "signature": mapping.signature},
        "fields": [_field_to_json(item) for item in mapping.fields],
    }


def _field_to_json(item: FieldMapping) -> dict[str, Any]:
    return {
        "field": item.field,
        "column": item.column,
        "constant": item.constant,
        "confidence": None if item.confidence is None else round(item.confidence, 3),
        "evidence": [{"code": e.code, "params": dict(e.params)} for e in item.evidence],
        "options": dict(item.options),
    }


def mapping_from_json(document: Any) -> ColumnMapping:
    """Read a mapping document, upgrading older versions.

    Raises:
        MappingError: the document is not a DataMairie mapping, or is from a newer version.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise MappingError("mapping-not-recognised")
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise MappingError("mapping-too-new", version=version)
    try:
        schema = document["schema"]
        fields = tuple(_field_from_json(item) for item in document["fields"])
        columns = tuple(str(name) for name in document.get("source", {}).get("columns", []))
        return ColumnMapping(str(schema["name"]), str(schema["version"]), fields, columns)
    except (KeyError, TypeError, ValueError):
        raise MappingError("mapping-damaged") from None


def _field_from_json(item: dict[str, Any]) -> FieldMapping:
    evidence = tuple(
        Evidence.of(str(e["code"]), **dict(e.get("params", {}))) for e in item.get("evidence", [])
    )
    confidence = item.get("confidence")
    return FieldMapping(
        field=str(item["field"]),
        column=None if item.get("column") is None else str(item["column"]),
        constant=None if item.get("constant") is None else str(item["constant"]),
        confidence=None if confidence is None else float(confidence),
        evidence=evidence,
        options=dict(item.get("options", {})),
    )


def save_mapping(mapping: ColumnMapping, path: Path) -> None:
    """Write a mapping atomically: a crash leaves the previous file whole."""
    write_json_atomically(path, mapping_to_json(mapping))


def load_mapping(path: Path) -> ColumnMapping:
    """Read a mapping file.

    Raises:
        MappingError: the file is missing, not JSON, or not a mapping DataMairie can read.
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MappingError("mapping-not-found", file=path.name) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise MappingError("mapping-damaged", file=path.name) from None
    return mapping_from_json(document)


def write_json_atomically(path: Path, document: Any) -> None:
    """Write JSON next to its target, then rename it over the target in one step."""
    with replaced_atomically(path) as stream:
        json.dump(document, stream, ensure_ascii=False, indent=2)
