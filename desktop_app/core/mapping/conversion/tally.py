"""Spreading the distinct values' outcomes back over the rows, and counting them.

Distinct values are tallied by their combination of change kinds (a handful per column),
so that a column of 100,000 different amounts costs no Python loop per amount.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from desktop_app.core.mapping.conversion.codes import Failure
from desktop_app.core.mapping.conversion.model import ColumnConversion, ConversionOptions, Example
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes

if TYPE_CHECKING:
    import pandas as pd


def tally(
    texts: pd.Series,
    codes: npt.NDArray[np.intp],
    cells: DistinctValues,
    outcomes: Outcomes,
    options: ConversionOptions,
) -> ColumnConversion:
    """The column's conversion: each row's output, with the changes and failures counted.

    Args:
        texts: the source column, whose index and name the output keeps.
        codes: each row's distinct-value number.
        cells: the distinct values.
        outcomes: what each distinct value becomes.
        options: the agent's choices (refused change kinds, number of examples).
    """
    # Imported here: a column's conversion builds a Series, the conversion of single
    # values (converted_values) does not.
    import pandas as pd

    rows_per_value = np.bincount(codes, minlength=len(cells))
    all_kinds = outcomes.kinds
    if any(cells.tidying):
        all_kinds = [
            tidying + kinds if tidying else kinds
            for tidying, kinds in zip(cells.tidying, outcomes.kinds, strict=True)
        ]
    combos, combo_of = _interned(all_kinds)
    reasons = np.array(outcomes.failures, dtype=object)
    converted = pd.isna(reasons)
    for combo_id, combo in enumerate(combos):
        if options.disabled.intersection(combo):
            refused = (combo_of == combo_id) & converted
            reasons[refused] = Failure.CONVERSION_DISABLED.value
            converted &= ~refused
    raw = np.array(cells.raw, dtype=object)
    distinct_outputs = np.array(outcomes.outputs, dtype=object)
    distinct_outputs[~converted] = raw[~converted]
    kinds = _kind_tally(combos, combo_of, converted, rows_per_value)
    examples = _kind_examples(combos, combo_of, converted, raw, distinct_outputs, options.examples)
    failure_of, failure_codes = pd.factorize(reasons, use_na_sentinel=True)
    failure_names = [str(code) for code in failure_codes]
    failure_rows = np.flatnonzero(~converted[codes])
    failed_values = failure_of >= 0
    failure_counts = np.bincount(
        failure_of[failed_values],
        weights=rows_per_value[failed_values],
        minlength=len(failure_names),
    )
    failure_examples = {
        name: tuple(dict.fromkeys(raw[failure_of == number].tolist()))[: options.examples]
        for number, name in enumerate(failure_names)
    }
    return ColumnConversion(
        output=pd.Series(distinct_outputs[codes], index=texts.index, dtype=object, name=texts.name),
        changed=int(rows_per_value[distinct_outputs != raw].sum()),
        counts_by_kind=MappingProxyType(kinds),
        failures=failure_rows,
        failure_reasons=np.array(failure_names, dtype=object)[failure_of[codes[failure_rows]]],
        failure_codes=MappingProxyType(
            {name: int(count) for name, count in zip(failure_names, failure_counts, strict=True)}
        ),
        examples=MappingProxyType(examples),
        failure_examples=MappingProxyType(failure_examples),
        detail=MappingProxyType(dict(outcomes.detail)),
    )


def _interned(
    combos: list[tuple[str, ...]],
) -> tuple[list[tuple[str, ...]], npt.NDArray[np.intp]]:
    """The distinct combinations of kinds in order of first appearance, and each one's number."""
    numbers: dict[tuple[str, ...], int] = {}
    numbered = np.fromiter(
        (numbers.setdefault(combo, len(numbers)) for combo in combos),
        dtype=np.intp,
        count=len(combos),
    )
    return list(numbers), numbered


def _kind_tally(
    combos: list[tuple[str, ...]],
    combo_of: npt.NDArray[np.intp],
    converted: npt.NDArray[np.bool_],
    rows_per_value: npt.NDArray[np.intp],
) -> dict[str, int]:
    """Rows per change kind, over the converted values."""
    rows_per_combo = np.bincount(
        combo_of[converted], weights=rows_per_value[converted], minlength=len(combos)
    )
    counts: dict[str, int] = {}
    for combo, rows in zip(combos, rows_per_combo.tolist(), strict=True):
        for kind in combo:
            counts[str(kind)] = counts.get(str(kind), 0) + int(rows)
    return {kind: rows for kind, rows in counts.items() if rows}


def _kind_examples(
    combos: list[tuple[str, ...]],
    combo_of: npt.NDArray[np.intp],
    converted: npt.NDArray[np.bool_],
    raw: npt.NDArray[np.object_],
    outputs: npt.NDArray[np.object_],
    limit: int,
) -> dict[str, tuple[Example, ...]]:
    """A few (before, after) pairs per change kind, from the first values changed that way."""
    changed = np.flatnonzero(converted)
    # The converted values grouped by combination, each group in the column's order.
    grouped = changed[np.argsort(combo_of[changed], kind="stable")]
    starts = np.searchsorted(combo_of[grouped], np.arange(len(combos)))
    examples: dict[str, list[Example]] = {}
    for combo_id, (combo, start) in enumerate(zip(combos, starts.tolist(), strict=True)):
        first = grouped[start : start + limit]
        first = first[combo_of[first] == combo_id]
        for kind in combo:
            kept = examples.setdefault(str(kind), [])
            for index in first.tolist():
                pair = (raw[index], outputs[index])
                if len(kept) < limit and pair not in kept:
                    kept.append(pair)
    return {kind: tuple(pairs) for kind, pairs in examples.items() if pairs}
