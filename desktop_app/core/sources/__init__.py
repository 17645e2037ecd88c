"""Reading the agent's spreadsheets: CSV, XLSX, XLS and ODS, and the table inside them."""

from desktop_app.core.sources.model import (
    CellOrigin,
    Excluded,
    Notice,
    SheetInfo,
    SourceColumn,
    SourceInfo,
    Table,
)
from desktop_app.core.sources.reader import read_table

__all__ = [
    "CellOrigin",
    "Excluded",
    "Notice",
    "SheetInfo",
    "SourceColumn",
    "SourceInfo",
    "Table",
    "read_table",
]
