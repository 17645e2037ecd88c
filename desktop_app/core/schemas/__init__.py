"""The national schemas of schema.data.gouv.fr: catalogue, snapshot, refresh.

The online refresh (``desktop_app.core.schemas.refresh``) is imported on its own, so that
reading the catalogue does not load the HTTP client.
"""

from desktop_app.core.schemas.catalogue import CatalogueFreshness, SchemaCatalogue
from desktop_app.core.schemas.model import (
    CatalogueEntry,
    CustomCheck,
    FieldConstraints,
    SchemaField,
    TableSchema,
)
from desktop_app.core.schemas.parse import load_schema_file, parse_table_schema

__all__ = [
    "CatalogueEntry",
    "CatalogueFreshness",
    "CustomCheck",
    "FieldConstraints",
    "SchemaCatalogue",
    "SchemaField",
    "TableSchema",
    "load_schema_file",
    "parse_table_schema",
]
