"""Running a schema's extra checks (``custom_checks``) on a prepared table, as Validata would.

frictionless ignores these checks; schema.data.gouv.fr's validator applies them, so a table
that passes frictionless alone could still be refused. Checks are looked up by their current
name or their former one ("french-siret-value" is now "siret"); parameter names are read
whatever their spelling ("allow-year-only", "allow_year_only").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from desktop_app.core.notices import Notice
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn
from desktop_app.core.validation.custom_checks import columns, identifiers, text_forms
from desktop_app.core.validation.custom_checks.common import (
    CheckContext,
    TextColumns,
    text_columns,
)
from desktop_app.core.validation.custom_checks.nomenclature import (
    ActesNomenclature,
    load_actes_nomenclature,
)
from desktop_app.core.validation.custom_checks.result import CheckFindings, CustomCheckResult

if TYPE_CHECKING:
    import pandas as pd

CheckFunction = Callable[[CheckContext, Mapping[str, object]], list[CheckFindings]]


@dataclass(frozen=True)
class CheckKind:
    """What a check needs: the function, the parameters naming columns, the other parameters.

    Parameter names are given folded (lower case, no "-" or "_"), as `fold_params` makes them.
    """

    run: CheckFunction
    column_params: tuple[str, ...]
    list_params: tuple[str, ...] = ()
    other_params: tuple[str, ...] = ()


CHECK_KINDS: Mapping[str, CheckKind] = MappingProxyType(
    {
        "siret": CheckKind(identifiers.check_siret, ("column",)),
        "siren": CheckKind(identifiers.check_siren, ("column",)),
        "compare-columns-value": CheckKind(
            columns.check_compare, ("column", "column2"), other_params=("op",)
        ),
        "cohesive-columns-value": CheckKind(
            columns.check_cohesive, ("column",), list_params=("othercolumns",)
        ),
        "sum-columns-value": CheckKind(columns.check_sum, ("column",), ("columns",)),
        "one-of-required": CheckKind(columns.check_one_of_required, ("column1", "column2")),
        "year-interval-value": CheckKind(text_forms.check_year_interval, ("column",)),
        "nomenclature-acte": CheckKind(text_forms.check_actes, ("column",)),
        "opening-hours-value": CheckKind(text_forms.check_opening_hours, ("column",)),
        "phone-number-value": CheckKind(text_forms.check_phone, ("column",)),
    }
)

#: Former names still found in the published schemas (all SCDL schemas use them in 2026).
FORMER_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "french-siret-value": "siret",
        "french-siren-value": "siren",
        "nomenclature-actes-value": "nomenclature-acte",
    }
)

#: Every message code a check can give a cell, for the texts' completeness test.
ERROR_CODES: tuple[str, ...] = (
    *identifiers.SIRET_CODES,
    *identifiers.SIREN_CODES,
    *(code + kind for _, code in columns.OPERATORS.values() for kind in ("", "-dates")),
    "check-cohesive",
    "check-sum",
    "check-one-of-required",
    *text_forms.YEAR_CODES,
    "check-year-interval-order",
    *text_forms.ACTES_CODES,
    "check-opening-hours",
    "check-phone",
)
#: The codes of the warnings about checks that could not be made.
WARNING_CODES: tuple[str, ...] = (
    "check-unknown",
    "check-column-missing",
    "check-params-invalid",
    "check-actes-list-unreadable",
)


def run_custom_checks(
    frame: pd.DataFrame | TextColumns,
    schema: TableSchema,
    *,
    first_row_number: int = 2,
    nomenclature: ActesNomenclature | None = None,
    known_distinct: Mapping[str, tuple[NDArray[np.intp], NDArray[np.object_]]] | None = None,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> CustomCheckResult:
    """Apply the schema's extra checks to the prepared table and collect what they find.

    Args:
        frame: the prepared table's text cells ("" when empty), columns named after the fields.
        schema: the national schema, whose ``custom_checks`` are applied in order.
        first_row_number: the row number of the frame's first row; 2 because frictionless
            counts the header as row 1.
        nomenclature: the ACTES nomenclature; read from DataMairie's resources when needed.
        known_distinct: for some columns, their distinct values and each row's index among
            them, already found by the caller (the engine's cell checks).
        progress: told after each check how far the work has gone.
        cancel: checked between checks.

    Returns:
        The problems found, in batches, and warnings about checks that could not run.

    Raises:
        CancelledError: ``cancel`` was set.
    """
    found: list[CheckFindings] = []
    warnings: list[Notice] = []
    context: CheckContext | None = None
    table = text_columns(frame)
    for number, declared in enumerate(schema.custom_checks):
        if cancel is not None:
            cancel.raise_if_cancelled()
        name = canonical_name(declared.name)
        kind = CHECK_KINDS.get(name)
        params = fold_params(declared.params)
        if kind is None:
            warnings.append(Notice.of("check-unknown", name=declared.name))
        elif not _params_complete(kind, params):
            warnings.append(Notice.of("check-params-invalid", name=declared.name))
        else:
            missing = _missing_columns(kind, params, table)
            if missing:
                warnings.append(
                    Notice.of("check-column-missing", name=declared.name, columns=missing)
                )
            if not _skipped(name, kind, missing):
                if context is None:
                    context = _context(table, schema, first_row_number, nomenclature, warnings)
                    if known_distinct is not None:
                        context.know_distinct(known_distinct)
                if name != "nomenclature-acte" or context.actes_level1:
                    found.extend(kind.run(context, params))
        progress((number + 1) / len(schema.custom_checks), "custom-checks")
    return CustomCheckResult(tuple(found), tuple(warnings))


def canonical_name(name: str) -> str:
    """The check's current name in Validata, whatever name the schema gives it."""
    name = name.strip().lower()
    return FORMER_NAMES.get(name, name)


def fold_params(params: Mapping[str, object]) -> dict[str, object]:
    """The check's parameters with names folded: "allow-year-only" becomes "allowyearonly"."""
    return {
        str(key).lower().replace("-", "").replace("_", ""): value for key, value in params.items()
    }


def uses_actes(schema: TableSchema) -> bool:
    """Whether the schema asks for the ACTES nomenclature (so the caller can load it once)."""
    return any(canonical_name(check.name) == "nomenclature-acte" for check in schema.custom_checks)


def _params_complete(kind: CheckKind, params: Mapping[str, object]) -> bool:
    for key in kind.column_params:
        if not isinstance(params.get(key), str) or not params[key]:
            return False
    for key in kind.list_params:
        value = params.get(key)
        names = value if isinstance(value, (list, tuple)) else [value]
        if not names or not all(isinstance(item, str) and item for item in names):
            return False
    if "op" in kind.other_params:
        return str(params.get("op", "")).strip() in columns.OPERATORS
    return True


def _missing_columns(
    kind: CheckKind, params: Mapping[str, object], frame: TextColumns
) -> list[str]:
    named: list[str] = [str(params[key]) for key in kind.column_params]
    for key in kind.list_params:
        value = params[key]
        named.extend(str(item) for item in (value if isinstance(value, (list, tuple)) else [value]))
    return [name for name in dict.fromkeys(named) if name not in frame.columns]


def _skipped(name: str, kind: CheckKind, missing: list[str]) -> bool:
    if name == "one-of-required":
        # Validata checks the column that is there; with neither, nothing can be checked.
        return len(missing) == len(kind.column_params)
    return bool(missing)


def _context(
    frame: TextColumns,
    schema: TableSchema,
    first_row_number: int,
    nomenclature: ActesNomenclature | None,
    warnings: list[Notice],
) -> CheckContext:
    level1: frozenset[str] = frozenset()
    if uses_actes(schema):
        try:
            level1 = (nomenclature or load_actes_nomenclature()).level1_folded
        except (OSError, ValueError):
            warnings.append(Notice.of("check-actes-list-unreadable"))
    return CheckContext(frame, schema, first_row_number, level1)
