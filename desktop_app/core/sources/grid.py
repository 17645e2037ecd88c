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

    def first_row_longer_than(self, limit: int) -> int | None:
        """The sheet row number of the first row holding a cell of more than ``limit`` characters.

        Measured column by column with ``len`` at C speed: a cell is always text here.
        """
        rows: list[int] = []
        for column in self.text.columns:
            cells = self.text[column].to_numpy()
            if max(map(len, map(str, cells)), default=0) > limit:
                index = next(i for i, cell in enumerate(cells) if len(str(cell)) > limit)
                rows.append(int(self.row_numbers[index]))
        return min(rows, default=None)

    def row_texts(self, row: int) -> list[str]:
        """The texts of one row, stripped of surrounding spaces."""
        return [str(cell).strip() for cell in self.text.iloc[row].tolist()]
