"""Reading the agent's spreadsheets: CSV, XLSX, XLS and ODS, and the table inside them."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    # Nothing is imported with the package: `validate` on a prepared CSV sniffs the file
    # (sources.sniffing) and needs neither the table's model nor the reader (encodings,
    # workbooks), which come when a file is read.
    if name == "read_table":
        from desktop_app.core.sources.reader import read_table

        return read_table
    if name in __all__:
        from desktop_app.core.sources import model

        return getattr(model, name)
    raise AttributeError(name)
