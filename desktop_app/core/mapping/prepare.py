"""The schema-shaped table: the agent's columns mapped, converted, in the schema's order.

From it comes the publishable file: UTF-8, comma-separated, one column per schema field in
the schema's order, values in the schema's formats, "" for a missing value — what
data.gouv.fr and the national validator expect.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.errors import AppError, MappingError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.mapping.conversion import ColumnConversion, ConversionOptions, convert_column
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.model import Table
from desktop_app.core.tasks import (
    LARGE_BUFFER,
    NO_PROGRESS,
    CancelToken,
    ProgressFn,
    collector_paused,
    let_window_run,
)

# Rows written per call of the C writer (about 5 ms each): the interpreter can then give a
# turn to the window's thread between calls.
WRITE_BATCH = 1_000


@dataclass(frozen=True, eq=False)
class PreparedTable:
    """The table in the schema's shape, with what each conversion changed or could not."""

    schema: TableSchema
    mapping: ColumnMapping
    frame: pd.DataFrame
    conversions: Mapping[str, ColumnConversion]
    row_numbers: npt.NDArray[np.int64]
    missing_required: tuple[str, ...]
    source: Table | None = None

    @property
    def changed(self) -> int:
        """How many cells were changed by the conversions."""
        return sum(conversion.changed for conversion in self.conversions.values())

    @property
    def unconverted(self) -> int:
        """How many cells could not be converted (kept as written, for validation to show)."""
        return sum(len(conversion.failures) for conversion in self.conversions.values())


def prepare_table(
    table: Table,
    schema: TableSchema,
    mapping: ColumnMapping,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PreparedTable:
    """Fill each schema field from its column (converted) or its constant, row by row.

    Raises:
        AppError: the mapping names a field or a column that does not exist
            (``mapping-unknown-field``, ``mapping-unknown-column``).
    """
    token = cancel or CancelToken()
    _check(table, schema, mapping)
    positions = {column.name: index for index, column in enumerate(table.columns)}
    rows = table.row_count
    columns: dict[str, pd.Series] = {}
    conversions: dict[str, ColumnConversion] = {}
    for number, schema_field in enumerate(schema.fields):
        token.raise_if_cancelled()
        progress(number / max(len(schema.fields), 1), "converting")
        item = mapping.for_field(schema_field.name)
        if item.column is not None:
            index = positions[item.column]
            values = None if table.values is None else table.values[index]
            conversion = convert_column(
                table.text[index],
                values,
                schema_field,
                options=ConversionOptions.from_dict(item.options),
            )
            conversions[schema_field.name] = conversion
            columns[schema_field.name] = conversion.output.reset_index(drop=True)
        else:
            columns[schema_field.name] = pd.Series([item.constant or ""] * rows, dtype=object)
    progress(1.0, "done")
    missing = tuple(
        schema_field.name
        for schema_field in schema.fields
        if schema_field.required and not mapping.for_field(schema_field.name).filled
    )
    # No copy: the columns are fresh, and pandas' copy-on-write keeps them safe (a copy of a
    # million rows here held the wizard's window still for a third of a second).
    frame = pd.DataFrame(columns, columns=schema.field_names, copy=False)
    return PreparedTable(schema, mapping, frame, conversions, table.row_numbers, missing, table)


def _check(table: Table, schema: TableSchema, mapping: ColumnMapping) -> None:
    names = set(schema.field_names)
    for item in mapping.fields:
        if item.field not in names:
            raise MappingError("mapping-unknown-field", field=item.field)
        if item.column is not None and item.column not in table.column_names:
            raise MappingError(
                "mapping-unknown-column", column=item.column, columns=table.column_names
            )


def write_publishable_csv(prepared: PreparedTable, path: Path) -> None:
    """Write the publishable CSV atomically (a crash leaves no half-written file).

    Raises:
        AppError: the file cannot be written (``output-unwritable``).
    """
    try:
        with (
            replaced_atomically(path, newline="", buffering=LARGE_BUFFER) as stream,
            collector_paused(),
        ):
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(prepared.schema.field_names)
            rows = prepared.frame.itertuples(index=False, name=None)
            # In batches: one writerows() over a million rows is a single C call that keeps
            # the interpreter to itself for seconds, and the wizard's window would freeze.
            while batch := list(itertools.islice(rows, WRITE_BATCH)):
                writer.writerows(batch)
                let_window_run()
    except OSError:
        raise AppError("output-unwritable", file=path.name) from None
