"""Values of the agent's columns put in the form the schema's fields expect, never guessed.

Every change is counted under a code and shown with examples; a value that cannot be
converted is left exactly as it was, for validation to point out.
"""

from desktop_app.core.mapping.conversion.codes import (
    CHANGE_KINDS,
    FAILURE_CODES,
    Change,
    Failure,
)
from desktop_app.core.mapping.conversion.column import convert_column, converted_values
from desktop_app.core.mapping.conversion.model import (
    ColumnConversion,
    ConversionOptions,
    DateOrder,
    DecimalChar,
)

__all__ = [
    "CHANGE_KINDS",
    "FAILURE_CODES",
    "Change",
    "ColumnConversion",
    "ConversionOptions",
    "DateOrder",
    "DecimalChar",
    "Failure",
    "convert_column",
    "converted_values",
]
