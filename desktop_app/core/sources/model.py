"""What reading a file produces: the table the agent means, and where each cell came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

# The reading's modules import Notice from here, as they always have.
from desktop_app.core.notices import Notice as Notice

if TYPE_CHECKING:
    # Only the Table's annotations name them: a module that needs a Notice or a FileFormat
    # (the schemas, the validation of a CSV as it is) does not pay for importing pandas.
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

# "html": a web page's tables saved as .xls; "xml": the XML Spreadsheet 2003 format.
FileFormat = Literal["csv", "xlsx", "xlsm", "xlsb", "xls", "ods", "html", "xml"]
SPREADSHEET_FORMATS: frozenset[str] = frozenset({"xlsx", "xlsm", "xlsb", "xls", "ods"})


def column_letter(position: int) -> str:
    """Spreadsheet letter of a 0-based column position: 0 → A, 25 → Z, 26 → AA."""
    letters = ""
    number = position + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


@dataclass(frozen=True)
class SheetInfo:
    """A sheet of a workbook as the agent sees it in the tabs at the bottom of Excel."""

    name: str
    rows: int
    columns: int
    hidden: bool

    @property
    def empty(self) -> bool:
        """Whether the sheet holds no cell at all."""
        return self.rows == 0 or self.columns == 0


ExclusionReason = Literal[
    "title",
    "units",
    "blank",
    "total",
    "note",
    "section",
    "repeated-header",
    "second-table",
    "empty-column",
]


@dataclass(frozen=True)
class Excluded:
    """Rows (or a column) of the sheet that are not part of the table, and why."""

    reason: ExclusionReason
    first_row: int
    last_row: int
    preview: str = ""
    column: str | None = None

    @property
    def row_count(self) -> int:
        """How many rows of the sheet the part spans (0 for a column)."""
        return 0 if self.column is not None else self.last_row - self.first_row + 1


@dataclass(frozen=True)
class SourceColumn:
    """A column of the table: its usable name, its label as written, its place in the sheet."""

    name: str
    label: str
    position: int

    @property
    def letter(self) -> str:
        """The column's letter in the sheet (A, B, …, AA)."""
        return column_letter(self.position)


@dataclass(frozen=True)
class CellOrigin:
    """Where a cell of the table stands in the agent's file, in the agent's own terms."""

    sheet: str | None
    row: int
    column: str
    column_name: str


@dataclass(frozen=True)
class SourceInfo:
    """How the file was read: format, text encoding, separator, sheets, header."""

    path: Path
    format: FileFormat
    size: int
    encoding: str | None = None
    separator: str | None = None
    sheets: tuple[SheetInfo, ...] = ()
    sheet: str | None = None
    header_row: int | None = None
    header_rows: int = 1
    # Parts the reading set aside that the agent took back in, as ranges of sheet rows.
    include: tuple[tuple[int, int], ...] = ()
    # The sheet's last row as the sheet numbers it (the file's last record for a text file).
    last_row: int = 0


@dataclass(frozen=True, eq=False)
class Table:
    """The rows and columns the agent means, with each cell's text and typed value.

    ``text`` holds every cell as the agent sees it (empty cells are ""), with the columns
    numbered 0…n-1 in the order of ``columns``. ``values`` holds the typed values read from
    a workbook (numbers, dates, booleans; None for empty cells); it is None for text files,
    whose values are their text. ``row_numbers`` gives each data row's number in the sheet
    (1-based, as Excel shows it, or the line's record number in a text file).
    """

    source: SourceInfo
    columns: tuple[SourceColumn, ...]
    text: pd.DataFrame
    values: pd.DataFrame | None
    row_numbers: npt.NDArray[np.int64]
    excluded: tuple[Excluded, ...] = ()
    notices: tuple[Notice, ...] = ()
    included: tuple[Excluded, ...] = ()

    @property
    def row_count(self) -> int:
        """Number of data rows."""
        return len(self.text)

    @property
    def column_names(self) -> list[str]:
        """The columns' usable names, in order."""
        return [column.name for column in self.columns]

    def cell_text(self, row: int, column: int) -> str:
        """Text of a cell, by 0-based data row and column index."""
        return str(self.text.iat[row, column])

    def cell_value(self, row: int, column: int) -> Any:
        """Typed value of a cell (its text for text files), by 0-based row and column index."""
        if self.values is None:
            return self.text.iat[row, column]
        return self.values.iat[row, column]

    def origin(self, row: int, column: int) -> CellOrigin:
        """Where a cell (0-based data row and column index) stands in the source file."""
        source_column = self.columns[column]
        return CellOrigin(
            sheet=self.source.sheet,
            row=int(self.row_numbers[row]),
            column=source_column.letter,
            column_name=source_column.name,
        )
