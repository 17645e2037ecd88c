"""Reading the agent's spreadsheets: CSV, XLSX, XLS and ODS, and the table inside them."""

from typing import TYPE_CHECKING, Any

from desktop_app.core.sources.model import (
    CellOrigin,
    Excluded,
    Notice,
    SheetInfo,
    SourceColumn,
    SourceInfo,
    Table,
)

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    # The reader (encodings, workbooks) is imported when a file is read, not whenever a
    # module needs the model: `validate` on a prepared CSV never reads a spreadsheet.
    if name == "read_table":
        from desktop_app.core.sources.reader import read_table

        return read_table
    raise AttributeError(name)
