"""The cell layer of the validator: what one column's cells break, as frictionless would say it.

Each column is read once, on its distinct values, and the verdicts are mapped back to its cells:
missing, type error, the constraints broken (in frictionless's order), and a key per cell for the
engine's unique and primary-key checks.
"""

from desktop_app.core.validation.cells.column import check_column, check_free_text
from desktop_app.core.validation.cells.descriptor import field_descriptor
from desktop_app.core.validation.cells.findings import (
    ITEM_PREFIX,
    CellFindings,
    constraint_note,
    type_note,
)

__all__ = [
    "ITEM_PREFIX",
    "CellFindings",
    "check_column",
    "check_free_text",
    "constraint_note",
    "field_descriptor",
    "type_note",
]
