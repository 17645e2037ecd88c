"""Saved mappings that apply themselves when a table with the same columns comes back."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.core.errors import MappingError
from desktop_app.core.mapping.document import load_mapping, save_mapping
from desktop_app.core.mapping.model import ColumnMapping, columns_signature

log = logging.getLogger(__name__)


class MappingTemplates:
    """A folder of saved mappings, one per schema and set of source columns."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    def _path(self, schema_name: str, signature: str) -> Path:
        return self._directory / f"{schema_name.replace('/', '--')}--{signature}.json"

    def remember(self, mapping: ColumnMapping) -> Path:
        """Keep a mapping for the next table with the same columns."""
        path = self._path(mapping.schema_name, mapping.signature)
        save_mapping(mapping, path)
        return path

    def find(self, schema_name: str, columns: list[str]) -> ColumnMapping | None:
        """The mapping saved for these columns and this schema, if there is one."""
        path = self._path(schema_name, columns_signature(columns))
        if not path.exists():
            return None
        try:
            return load_mapping(path)
        except MappingError as error:
            log.warning("saved mapping unreadable (%s): %s", error.code, path.name)
            return None
