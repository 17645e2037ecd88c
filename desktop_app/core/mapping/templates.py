"""Saved mappings that apply themselves when a table with the same columns comes back."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.core.errors import MappingError
from desktop_app.core.mapping.constants import CommuneIdentity, fill_from_profile
from desktop_app.core.mapping.document import load_mapping, save_mapping
from desktop_app.core.mapping.model import ColumnMapping, columns_signature
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.model import Table

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


def starting_mapping(
    table: Table,
    schema: TableSchema,
    templates: MappingTemplates | None,
    commune: CommuneIdentity | None,
) -> tuple[ColumnMapping, str]:
    """The mapping to start from, and where it comes from (``saved`` or ``suggested``).

    The one saved last time for these columns applies itself when it is for this very
    version of the schema (another version may have other fields); else one is suggested.
    The commune's profile then fills the fields no column fills. The wizard's Correspondance
    step and the command line start from here alike.
    """
    saved = templates.find(schema.name, table.column_names) if templates is not None else None
    if saved is not None and saved.schema_version == schema.version:
        mapping, origin = saved, "saved"
    else:
        mapping, origin = suggest_mapping(table, schema), "suggested"
    if commune is not None:
        mapping = fill_from_profile(mapping, schema, commune)
    return mapping, origin
