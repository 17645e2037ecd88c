"""Times of day as the agent writes them ("9h30", "14:30") in the schema's form (14:30:00)."""

from __future__ import annotations

import datetime as dt
import re

from desktop_app.core.mapping.conversion.codes import Change, Failure
from desktop_app.core.mapping.conversion.model import ConversionOptions
from desktop_app.core.mapping.conversion.outcome import DistinctValues, Outcomes
from desktop_app.core.schemas.model import SchemaField

ISO_TIME = "%H:%M:%S"
_CLOCK = re.compile(
    r"(?P<h>\d{1,2})\s*[:hH]\s*(?P<mi>\d{2})?(?:\s*[:mM]\s*(?P<s>\d{2})(?:[.,]\d+)?)?"
)


def convert_times(
    cells: DistinctValues, schema_field: SchemaField, options: ConversionOptions
) -> Outcomes:
    """Write each time of day in the field's form."""
    del options  # nothing to choose
    outcomes = Outcomes.kept(cells, "time")
    written = (schema_field.format or "").removeprefix("fmt:")
    pattern = written if "%" in written else ISO_TIME
    for index, text in enumerate(cells.texts):
        if not text:
            continue
        moment = _read_time(text, cells.values[index])
        if moment is None:
            outcomes.fail(index, Failure.TIME_UNPARSABLE)
            continue
        output = moment.strftime(pattern)
        if output != text:
            outcomes.convert(index, output, (Change.TIME_NORMALISED,))
    return outcomes


def _read_time(text: str, value: object) -> dt.time | None:
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    found = _CLOCK.fullmatch(text)
    if found is None:
        return None
    try:
        return dt.time(int(found["h"]), int(found["mi"] or 0), int(found["s"] or 0))
    except ValueError:
        return None
