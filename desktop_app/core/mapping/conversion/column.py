"""Converting a whole source column for one schema field, every change counted.

The column's distinct cells are converted once each (see ``outcome``), then spread back
to the rows; the counts, examples and failures are tallied on the way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from desktop_app.core.mapping.conversion.booleans import convert_booleans
from desktop_app.core.mapping.conversion.dates import convert_dates
from desktop_app.core.mapping.conversion.enums import convert_enum
from desktop_app.core.mapping.conversion.identifiers import convert_identifiers, identifier_kind
from desktop_app.core.mapping.conversion.model import ColumnConversion, ConversionOptions
from desktop_app.core.mapping.conversion.numbers import convert_numbers
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.mapping.conversion.patterned import convert_patterned
from desktop_app.core.mapping.conversion.tally import tally
from desktop_app.core.mapping.conversion.text import tidy_texts
from desktop_app.core.mapping.conversion.times import convert_times
from desktop_app.core.schemas.model import SchemaField

if TYPE_CHECKING:
    import pandas as pd

Converter = Callable[[DistinctValues, SchemaField, ConversionOptions], Outcomes]
DATE_TYPES = frozenset({"date", "datetime", "year", "yearmonth"})


def convert_column(
    texts: pd.Series,
    values: pd.Series | None,
    field: SchemaField,
    *,
    options: ConversionOptions | None = None,
) -> ColumnConversion:
    """Put a source column in the form ``field`` expects, counting and explaining each change.

    Args:
        texts: the cells as the agent sees them ("" when empty).
        values: the typed workbook values of the same cells (None for text files).
        field: the schema field the column fills.
        options: the agent's own choices for this column, if any.

    Returns:
        The values to publish, row by row, with what changed and what could not be
        converted (those rows keep their text exactly).

    Raises:
        ValueError: ``values`` does not hold one value per text.
    """
    if values is not None and len(values) != len(texts):
        raise ValueError(f"{len(values)} values for {len(texts)} texts")
    options = options or ConversionOptions()
    raw = _texts(texts)
    typed = _typed(values)
    codes, first_rows = _distinct(raw, typed)
    cells = _cells(raw, typed, first_rows)
    outcomes = converter_for(field)(cells, field, options)
    return tally(texts, codes, cells, outcomes, options)


def converted_values(texts: Sequence[str], field: SchemaField) -> tuple[list[str], tuple[str, ...]]:
    """What the conversions make of each text, and the kinds of change they made.

    The same as ``convert_column`` on these texts (its output, and its ``counts_by_kind``'s
    kinds in its order), for a few texts judged apart from their table: validate's sure
    corrections. The converter sees the same distinct values and decides the same (a date
    order, a decimal character), without pandas, which a column's Series needs. A text that
    cannot be converted is kept as it is.
    """
    distinct = list(dict.fromkeys(texts))
    tidied, tidying = tidy_texts(distinct)
    cells = DistinctValues(
        raw=distinct, texts=tidied, values=[None] * len(distinct), tidying=tidying
    )
    outcomes = converter_for(field)(cells, field, ConversionOptions())
    after: dict[str, str] = {}
    # Every kind in the order it first appears (as tally meets them), kept if a value that
    # was converted made it.
    made: dict[str, bool] = {}
    for before, output, failure, tidy, kinds in zip(
        distinct, outcomes.outputs, outcomes.failures, tidying, outcomes.kinds, strict=True
    ):
        converted = failure is None
        after[before] = output if converted else before
        for kind in (*tidy, *kinds):
            made[str(kind)] = made.get(str(kind), False) or converted
    return [after[text] for text in texts], tuple(kind for kind, done in made.items() if done)


def converter_for(field: SchemaField) -> Converter:
    """The conversion a field's type and constraints call for."""
    if field.type in ("number", "integer"):
        return convert_numbers
    if field.type == "boolean":
        return convert_booleans
    if field.type in DATE_TYPES:
        return convert_dates
    if field.type == "time":
        return convert_times
    if field.type == "string":
        if identifier_kind(field) is not None:
            return convert_identifiers
        if field.constraints.enum:
            return convert_enum
        return convert_patterned
    return _keep_tidied


def _keep_tidied(cells: DistinctValues, field: SchemaField, options: ConversionOptions) -> Outcomes:
    """Arrays, objects, geometries…: only tidied, their inner form is the agent's."""
    del field, options
    return Outcomes.kept(cells, "text")


def _texts(texts: pd.Series) -> npt.NDArray[np.object_]:
    # Imported here (and below): converted_values converts texts without pandas.
    import pandas as pd

    raw = texts.to_numpy(dtype=object, copy=True)
    if pd.api.types.infer_dtype(raw, skipna=False) not in ("string", "empty"):
        # Not a table's texts: missing cells, or numbers given by a caller.
        raw = np.array(["" if _is_missing(text) else str(text) for text in raw], dtype=object)
    return raw


def _typed(values: pd.Series | None) -> npt.NDArray[np.object_] | None:
    """The typed values, or None when they say nothing the texts do not (text files)."""
    if values is None:
        return None
    import pandas as pd

    typed = values.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(typed, skipna=True) in ("string", "empty"):
        return None
    return typed


def _distinct(
    raw: npt.NDArray[np.object_], typed: npt.NDArray[np.object_] | None
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Each row's distinct-cell number, and the first row of each distinct cell.

    Two cells are the same when they show the same text and hold the same typed value:
    "45366" typed as a number and "45366" typed as text are different cells.
    """
    import pandas as pd

    codes, _ = pd.factorize(raw)
    if typed is not None:
        value_codes, value_uniques = pd.factorize(typed, use_na_sentinel=True)
        combined = codes.astype(np.int64) * (len(value_uniques) + 1) + (value_codes + 1)
        codes, _ = pd.factorize(combined)
    codes = codes.astype(np.intp, copy=False)
    return codes, _first_positions(codes)


def _first_positions(numbers: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """Where each number first appears, for numbers given in order of first appearance.

    That is where the running maximum grows, as factorize numbers values 0, 1, 2… in the
    order it meets them.
    """
    if not len(numbers):
        return np.zeros(0, dtype=np.intp)
    running = np.maximum.accumulate(numbers)
    grows = np.ones(len(numbers), dtype=bool)
    grows[1:] = running[1:] > running[:-1]
    return np.flatnonzero(grows)


def _cells(
    raw: npt.NDArray[np.object_],
    typed: npt.NDArray[np.object_] | None,
    first_rows: npt.NDArray[np.intp],
) -> DistinctValues:
    raw_distinct: list[str] = raw[first_rows].tolist()
    if typed is None:
        values: list[Any] = [None] * len(first_rows)
    else:
        values = [
            None if isinstance(value, str) or _is_missing(value) else value
            for value in typed[first_rows]
        ]
    tidied, tidying = tidy_texts(raw_distinct)
    return DistinctValues(
        raw=raw_distinct, texts=tidied, values=values, tidying=tidying, typed=typed is not None
    )


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)
