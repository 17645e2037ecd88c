"""The list of problems as an Excel workbook, to send to the colleague who keeps the file."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from desktop_app.core.errors import AppError
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.core.validation.problems import ProblemIndex
from desktop_app.texts import Language, render

# An Excel sheet holds 1,048,576 rows; one is the header.
MAX_LINES = 1_048_575
HEADINGS = ("export-col-row", "export-col-column", "export-col-field", "export-col-value")


def export_problems(
    index: ProblemIndex,
    prepared: PreparedTable,
    path: Path,
    lang: Language,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> Path:
    """Write one line per problem: where it is in the agent's file, the value, what to do.

    Raises:
        AppError: the workbook cannot be written (``output-unwritable``).
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(render("export-sheet", None, lang))
    headings = [render(code, None, lang) for code in (*HEADINGS, "export-col-problem")]
    sheet.append(headings)
    total = min(index.count, MAX_LINES)
    for number in range(total):
        if number % 5000 == 0:
            cancel.raise_if_cancelled()
            progress(number / max(total, 1), "exporting")
        problem = index.problem(number)
        row, column = _place(prepared, problem.row, problem.field)
        value = str(problem.params.get("value", problem.params.get("text", "")))
        message = render(problem.message, problem.params, lang)
        sheet.append([row, column, problem.field or "", value, message])
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise AppError("output-unwritable", file=path.name) from None
    progress(1.0, "done")
    return path


def _place(prepared: PreparedTable, row: int | None, field: str | None) -> tuple[object, str]:
    """The row number and column letter in the agent's own file, as far as they are known."""
    table = prepared.source
    if row is None or not 0 <= row < len(prepared.row_numbers):
        return "", ""
    number = int(prepared.row_numbers[row])
    column = prepared.mapping.for_field(field).column if field is not None else None
    if table is None or column is None or column not in table.column_names:
        return number, ""
    return number, table.columns[table.column_names.index(column)].letter
