"""Rows that identify someone although no column does on its own.

A subsidy whose beneficiary has neither SIRET nor RNA is most likely a natural person
(an individual aid, a grant): its row is flagged. In the table of first names given in the
commune, a name given once or twice in a year designates a child: its row is flagged.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.privacy.names import is_organisation

RARE_BELOW = 3


def beneficiaries_without_identifier(
    names: pd.Series, identifiers: Sequence[pd.Series]
) -> npt.NDArray[np.int64]:
    """0-based rows naming a beneficiary that has no identifier and is not an organisation."""
    named = names.astype(str).str.strip().to_numpy() != ""
    unidentified = named.copy()
    for column in identifiers:
        unidentified &= column.astype(str).str.strip().to_numpy() == ""
    positions = np.flatnonzero(unidentified)
    values = names.to_numpy()
    return np.asarray(
        [row for row in positions if not is_organisation(str(values[row]))], dtype=np.int64
    )


def rare_counts(counts: pd.Series, below: int = RARE_BELOW) -> npt.NDArray[np.int64]:
    """0-based rows whose count is at least 1 and under ``below``."""
    numbers = pd.to_numeric(counts.astype(str).str.strip(), errors="coerce").to_numpy()
    with np.errstate(invalid="ignore"):
        rare = (numbers >= 1) & (numbers < below)
    return np.flatnonzero(rare).astype(np.int64)
