"""How many rows the agent's own table has, to say how many of them are published.

A file read only in part (a truncated export, a table that stops early) must not pass
unnoticed: "150 lignes publiées sur 3 960 lignes du tableau d'origine" says it.
"""

from __future__ import annotations

from desktop_app.core.sources.model import Table


def rows_in_source(table: Table) -> int:
    """The rows below the header in the agent's sheet (or file), whether read or left out.

    For a workbook, every row of the sheet under the header counts (totals and notes
    included); for a text file, the rows read and those set aside.
    """
    source = table.source
    sheet = next((info for info in source.sheets if info.name == source.sheet), None)
    if sheet is not None and source.header_row is not None:
        below = sheet.rows - (source.header_row + source.header_rows - 1)
        return max(below, table.row_count)
    left_out = sum(
        item.last_row - item.first_row + 1 for item in table.excluded if item.column is None
    )
    return table.row_count + left_out
