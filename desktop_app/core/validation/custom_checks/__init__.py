"""The extra rules a national schema adds to Table Schema, which frictionless does not apply.

schema.data.gouv.fr's validator (Validata) applies them to every published table: SIRET and
SIREN keys, comparisons and sums between columns, columns filled together, budget years, ACTES
subjects, opening hours and phone numbers. ``run_custom_checks`` applies them the same way to
the prepared table, a column at a time.
"""

from __future__ import annotations

from desktop_app.core.validation.custom_checks.nomenclature import (
    ActesNomenclature,
    load_actes_nomenclature,
)
from desktop_app.core.validation.custom_checks.result import (
    CheckFindings,
    CustomCheckResult,
    Finding,
)
from desktop_app.core.validation.custom_checks.runner import (
    CHECK_KINDS,
    ERROR_CODES,
    FORMER_NAMES,
    WARNING_CODES,
    canonical_name,
    run_custom_checks,
)

__all__ = [
    "CHECK_KINDS",
    "ERROR_CODES",
    "FORMER_NAMES",
    "WARNING_CODES",
    "ActesNomenclature",
    "CheckFindings",
    "CustomCheckResult",
    "Finding",
    "canonical_name",
    "load_actes_nomenclature",
    "run_custom_checks",
]
