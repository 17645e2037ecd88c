"""Columns that name organisations, and the few natural persons among them, cell by cell.

A subsidy's beneficiaries, a contract's holders, a list of partners: mostly associations,
companies and public bodies, whose names may be published. The cells that are natural
persons' (« M. Jean Dupont », « DUPONT Jean », a sole trader) are found in the whole column,
not in a sample, so that the agent can anonymise or remove exactly those rows and no other.
In a subsidies table, a beneficiary with neither SIRET nor RNA is most likely a person too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from desktop_app.core.privacy import patterns
from desktop_app.core.privacy.columns import ColumnSample
from desktop_app.core.privacy.context import Role
from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.privacy.masking import mask
from desktop_app.core.privacy.model import Category, CellFinding, Evidence, PrivacyFinding
from desktop_app.core.privacy.names import FirstNames
from desktop_app.core.privacy.rows import beneficiaries_without_identifier
from desktop_app.core.schemas.model import TableSchema

if TYPE_CHECKING:
    from desktop_app.core.privacy.scan import ScannedColumn

EXAMPLES = 3
_NUMBER_SHAPE = re.compile(r"W\d{9}|\d{9}|\d{14}", re.IGNORECASE)
_QUICK_LOOK = 50
_CHECKED = 200  # values whose check digits are computed: enough to tell, quick on any table


def organisation_numbers(
    columns: Sequence[ScannedColumn], samples: Sequence[ColumnSample], roles: Mapping[str, Role]
) -> dict[str, pd.Series]:
    """The columns of SIRET, SIREN or RNA numbers (by the schema, or by valid values).

    A field the schema says is no one's (the granting body's own SIRET, idAttribuant) is not
    a party's number: counting it would give every beneficiary an identifier, hide those who
    have none, and make anonymising a person's row empty the commune's SIRET.
    """
    found: dict[str, pd.Series] = {}
    for column, sample in zip(columns, samples, strict=True):
        role = roles.get(column.name)
        if role is Role.ORGANISATION_ID:
            found[column.name] = column.values
            continue
        if role is Role.NOT_PERSONAL:
            continue
        quick = [patterns.SPACES.sub("", value) for value in sample.values[:_QUICK_LOOK]]
        if not quick or sum(_NUMBER_SHAPE.fullmatch(v) is not None for v in quick) < len(quick) / 3:
            continue  # cheap test first: most columns hold no such numbers at all
        looked_at = sample.values[:_CHECKED]
        valid = sum(patterns.is_organisation_number(value) for value in looked_at)
        if valid >= len(looked_at) / 2:
            found[column.name] = column.values
    return found


def party_cells(
    column: ScannedColumn,
    first_names: FirstNames,
    identifiers: Mapping[str, pd.Series],
    *,
    beneficiary: bool,
    schema: TableSchema | None,
) -> tuple[PrivacyFinding, list[CellFinding]] | None:
    """The finding for the natural persons' cells of a column of organisations, if any."""
    values = column.values
    distinct = pd.unique(values.to_numpy())
    persons = {
        value for value in distinct if isinstance(value, str) and first_names.clearly_person(value)
    }
    named = np.flatnonzero(values.isin(persons).to_numpy()) if persons else np.array([], int)
    unidentified = (
        beneficiaries_without_identifier(values, list(identifiers.values()))
        if beneficiary and identifiers
        else np.array([], dtype=np.int64)
    )
    rows = np.union1d(named, unidentified).astype(np.int64)
    if len(rows) == 0:
        return None
    evidence = []
    if len(named):
        evidence.append(Evidence.of("privacy-person-cells", count=len(named)))
    if len(unidentified):
        evidence.append(Evidence.of("privacy-rows-no-identifier", count=len(unidentified)))
    texts = values.to_numpy()
    examples = tuple(dict.fromkeys(_masked(texts[row]) for row in rows[:50]))
    suggested, why = advised_remedy(schema, tuple(identifiers))
    finding = PrivacyFinding(
        column=column.name,
        label=column.label,
        category=Category.PERSON_NAME,
        confidence=0.8 if len(named) else 0.7,
        scope="cells",
        evidence=(*evidence, *why),
        lowered=(Evidence.of("privacy-organisations-around", count=len(values) - len(rows)),),
        examples=examples[:EXAMPLES],
        rows=tuple(int(row) for row in rows),
        remedies=(Remedy.ANONYMISE_ROWS, Remedy.REMOVE_ROWS, Remedy.KEEP),
        suggested=suggested,
        identifiers=tuple(identifiers),
    )
    cells = [
        CellFinding(
            int(row), column.name, Category.PERSON_NAME, mask(str(texts[row]), Category.PERSON_NAME)
        )
        for row in rows
    ]
    return finding, cells


def advised_remedy(
    schema: TableSchema | None, identifiers: tuple[str, ...]
) -> tuple[Remedy, tuple[Evidence, ...]]:
    """Anonymise the persons' rows, unless the schema would then refuse them: remove them.

    Anonymising writes « Personne physique » in the name and empties the person's identifier;
    a schema that requires that identifier, or one of two identifiers (``one-of-required``),
    would refuse the row: the advice is then to remove those rows, and the evidence says why.
    """
    if schema is None:
        return Remedy.ANONYMISE_ROWS, ()
    fields = set(schema.field_names)
    for name in identifiers:
        if name in fields and schema.field_named(name).required:
            return Remedy.REMOVE_ROWS, (Evidence.of("privacy-advice-required-id", field=name),)
    for check in schema.custom_checks:
        if check.name != "one-of-required":
            continue
        pair = [str(check.params.get(key, "")) for key in ("column1", "column2")]
        if all(name in identifiers or name not in fields for name in pair):
            return Remedy.REMOVE_ROWS, (
                Evidence.of("privacy-advice-one-of-required", first=pair[0], second=pair[1]),
            )
    return Remedy.ANONYMISE_ROWS, ()


def _masked(value: object) -> str:
    return mask(str(value), Category.PERSON_NAME)
