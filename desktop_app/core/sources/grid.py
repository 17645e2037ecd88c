"""The raw grid of a sheet or a text file, before the table inside it is found."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd


@dataclass(frozen=True)
class Merge:
    """A block of merged cells, 0-based and inclusive, in grid coordinates."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


@dataclass(frozen=True, eq=False)
class Grid:
    """Every cell of a sheet as text (and typed values for workbooks), with row numbers.

    Columns are numbered 0…width-1 from the sheet's column A; ``row_numbers`` gives each
    grid row's number as the agent sees it in the sheet (1-based).
    """

    text: pd.DataFrame
    values: pd.DataFrame | None
    row_numbers: npt.NDArray[np.int64]
    merges: tuple[Merge, ...] = ()

    @property
    def height(self) -> int:
        """Number of rows."""
        return len(self.text)

    @property
    def width(self) -> int:
        """Number of columns."""
        return len(self.text.columns)

    def row_texts(self, row: int) -> list[str]:
        """The texts of one row, stripped of surrounding spaces."""
        return [str(cell).strip() for cell in self.text.iloc[row].tolist()]
