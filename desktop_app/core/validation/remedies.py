"""What can be done about a group of problems, for the whole group at once, previewed first.

A remedy is a rule for one column: rewrite known values (``replacements``), or give every
cell one text (``fill``: the commune's SIRET from its profile, or "" to empty an optional
column). Being a rule, not a list of cells, it says the same thing on next month's rows.
Sure remedies only change how values are written; the others (a fill, the allowed value
nearest to what was typed) wait for the agent's confirmation. A SIRET whose digits Excel
lost has no rewrite at all: only the profile (for the commune's own number), retyping, or
emptying those cells of an optional column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.distinct import among, sorted_unique
from desktop_app.core.validation.engine import TableCheck
from desktop_app.core.validation.fixes import FixProposal, propose_fixes
from desktop_app.core.validation.groups import LOST_DIGITS, ProblemGroup, group_problems
from desktop_app.core.validation.value_repairs import repairs_for

if TYPE_CHECKING:
    from desktop_app.core.mapping.constants import CommuneIdentity
    from desktop_app.core.mapping.conversion import ColumnConversion

EXAMPLES = 4
# Kinds of problem a whole-column fill or emptying can settle: values that are wrong or
# missing cell by cell (not a row whose two columns disagree, nor a duplicate).
_COLUMN_KINDS = frozenset(
    {
        LOST_DIGITS,
        "finding-required",
        "finding-pattern",
        "finding-enum",
        "finding-min-length",
        "finding-max-length",
        "check-siret-key",
        "check-siret-length",
        "check-siret-characters",
        "check-siren-key",
        "check-siren-length",
        "check-siren-characters",
    }
)


@dataclass(frozen=True)
class Remedy:
    """A rule for one column that settles a group of problems.

    Attributes:
        field: the schema field (the column of the publishable table).
        code: what it does, for the agent's words (``remedy-repair``, ``remedy-confirm``,
            ``remedy-fill-profile``, ``remedy-empty-cells``, ``remedy-replace``…).
        replacements: value → new value, for the values it rewrites.
        fill: the text every cell gets, for a fill (None for a rewrite).
        certain: whether it only changes how values are written (applied without asking).
        kinds: the kinds of rewrite used (``repair-dates-in-text``…), for the words.
    """

    field: str
    code: str
    replacements: Mapping[str, str] = dataclasses.field(
        default_factory=lambda: MappingProxyType({})
    )
    fill: str | None = None
    certain: bool = True
    kinds: tuple[str, ...] = ()

    def after(self, text: str) -> str | None:
        """A cell's new text under the rule (None: left as it is)."""
        if self.fill is not None:
            return self.fill if text != self.fill else None
        return self.replacements.get(text)

    def changes(self, texts: Sequence[str]) -> list[tuple[int, str, str]]:
        """(0-based row, before, after) for each cell of the column the rule changes."""
        found = []
        for row, text in enumerate(texts):
            new = self.after(text)
            if new is not None:
                found.append((row, text, new))
        return found

    def examples(self, texts: Sequence[str], limit: int = EXAMPLES) -> list[tuple[str, str]]:
        """A few real (before, after) pairs from the column, distinct, in the table's order."""
        seen: dict[str, str] = {}
        for text in texts:
            if text in seen:
                continue
            new = self.after(text)
            if new is not None:
                seen[text] = new
                if len(seen) >= limit:
                    break
        return list(seen.items())


def remedies_for(
    group: ProblemGroup,
    schema: TableSchema,
    column: Sequence[str],
    profile: CommuneIdentity | None = None,
    *,
    percent_signs: bool = False,
) -> list[Remedy]:
    """What can settle a group: sure rewrites first, then choices the agent confirms.

    Args:
        group: the problems, of one kind in one column.
        schema: the schema they break.
        column: the column's texts as they stand (every row, edits included).
        profile: the commune's profile, whose name and SIRET fill the fields they fill.
        percent_signs: the agent's column had "%" signs, which the mapping took away.
    """
    if group.field is None or group.field not in schema.field_names:
        return []
    schema_field = schema.field_named(group.field)
    remedies: list[Remedy] = []
    values = [str(value) for value in group.values.tolist()]
    repairs = repairs_for(values, schema_field, schema.missing_values, percent_signs=percent_signs)
    for certain, code in ((True, "remedy-repair"), (False, "remedy-confirm")):
        chosen = {before: r for before, r in repairs.items() if r.certain is certain}
        if chosen:
            kinds = tuple(dict.fromkeys(r.code for r in chosen.values()))
            replacements = MappingProxyType({b: r.after for b, r in chosen.items()})
            remedies.append(Remedy(group.field, code, replacements, None, certain, kinds))
    if group.kind not in _COLUMN_KINDS:
        return remedies
    value = profile.value_for(group.field) if profile is not None else None
    if value and any(text != value for text in column):
        remedies.append(Remedy(group.field, "remedy-fill-profile", fill=value, certain=False))
    if not schema_field.required:
        # Only the faulty cells: the column's sound values stay.
        faulty = MappingProxyType({value: "" for value in dict.fromkeys(values) if value})
        if faulty:
            remedies.append(Remedy(group.field, "remedy-empty-cells", faulty, certain=False))
    return remedies


def automatic_remedies(
    groups: Sequence[ProblemGroup],
    schema: TableSchema,
    with_percent_signs: frozenset[str] = frozenset(),
) -> list[Remedy]:
    """The sure rewrites of every group, one rule per column (what one click may apply).

    ``with_percent_signs``: the fields whose column had "%" signs (see ``percent_fields``).
    """
    by_field: dict[str, dict[str, str]] = {}
    kinds: dict[str, dict[str, None]] = {}
    for group in groups:
        if group.field is None or group.field not in schema.field_names:
            continue
        percents = group.field in with_percent_signs
        for remedy in remedies_for(group, schema, (), percent_signs=percents):
            if remedy.certain:
                by_field.setdefault(group.field, {}).update(remedy.replacements)
                kinds.setdefault(group.field, {}).update(dict.fromkeys(remedy.kinds))
    return [
        Remedy(name, "remedy-repair", MappingProxyType(found), None, True, tuple(kinds[name]))
        for name, found in by_field.items()
    ]


def percent_fields(conversions: Mapping[str, ColumnConversion]) -> frozenset[str]:
    """The fields whose column the mapping found written with "%" signs."""
    from desktop_app.core.mapping.conversion import Change  # a mapped table has it already

    return frozenset(
        name
        for name, conversion in conversions.items()
        if conversion.counts_by_kind.get(Change.PERCENT_SIGN_REMOVED)
    )


def find_and_replace(field_name: str, column: Sequence[str], find: str, replace: str) -> Remedy:
    """Replace a text inside the column's cells, as a spreadsheet's "Rechercher et remplacer".

    The rule keeps each changed value with its new form: next month, the same values are
    changed the same way, and nothing else.
    """
    replacements = {
        text: text.replace(find, replace)
        for text in dict.fromkeys(column)
        if find and find in text and text.replace(find, replace) != text
    }
    return Remedy(field_name, "remedy-replace", MappingProxyType(replacements), None, False)


def fill_column(field_name: str, text: str) -> Remedy:
    """Give every cell of a column one text."""
    return Remedy(field_name, "remedy-fill", fill=text, certain=False)


def sure_proposals(
    check: TableCheck, schema: TableSchema, with_percent_signs: frozenset[str] = frozenset()
) -> list[FixProposal]:
    """Every sure correction of a check, as ``fixes.apply_fixes`` writes them into a copy.

    The conversions' own corrections first (``propose_fixes``, with their kinds), then what
    the sure remedies add (French dates in pattern fields, percentages, spaces…), so that
    `validate --write-fixed` corrects what the Qualité page's one click corrects.
    """
    proposals = propose_fixes(check, schema)
    known = {p.field: set(p.replacements) for p in proposals}
    groups = group_problems(check, schema)
    for remedy in automatic_remedies(groups, schema, with_percent_signs):
        added = {
            before: after
            for before, after in remedy.replacements.items()
            if before not in known.get(remedy.field, set())
        }
        if not added:
            continue
        rows = sorted_unique(
            np.concatenate(
                [g.rows[among(g.values, list(added))] for g in groups if g.field == remedy.field]
            )
        )
        proposals.append(FixProposal(remedy.field, remedy.kinds, rows, MappingProxyType(added)))
    return proposals
