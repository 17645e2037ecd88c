"""Findings as the agent decides on them: what was found, and the remedies that fit it.

Every finding offers the remedies that make sense for it and suggests one: remove what the
law forbids to publish (NIR, IBAN), keep only the year of a birth date, redact free text,
remove the rows of natural persons, group rare first names — or keep, with a justification,
what the scan judged unlikely to be a citizen's personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pandas as pd

from desktop_app.core.privacy.columns import ColumnVerdict
from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.privacy.free_text import scan_text_column
from desktop_app.core.privacy.masking import mask
from desktop_app.core.privacy.model import Category, CellFinding, Evidence, PrivacyFinding
from desktop_app.core.privacy.rows import RARE_BELOW, rare_counts

if TYPE_CHECKING:
    from desktop_app.core.privacy.scan import ScannedColumn

LIKELY = 0.5
EXAMPLES = 3
_NEVER_KEPT = (Category.NIR, Category.IBAN)
_CELL_CONFIDENCE = {
    Category.EMAIL: 0.95,
    Category.NIR: 0.98,
    Category.IBAN: 0.98,
    Category.PHONE: 0.85,
    Category.PERSON_NAME: 0.8,
}


def column_finding(column: ScannedColumn, verdict: ColumnVerdict, required: bool) -> PrivacyFinding:
    """The finding for a column that holds personal data as a whole."""
    remedies = [Remedy.EMPTY_COLUMN] if required else [Remedy.REMOVE_COLUMN, Remedy.EMPTY_COLUMN]
    if verdict.category is Category.BIRTH_DATE:
        remedies.insert(0, Remedy.KEEP_YEAR)
    if verdict.category not in _NEVER_KEPT:
        remedies.append(Remedy.KEEP)
    suggested = remedies[0]
    reason = advised_keep_reason(verdict)
    if Remedy.KEEP in remedies and (reason or verdict.confidence < LIKELY):
        suggested = Remedy.KEEP
    return PrivacyFinding(
        column=column.name,
        label=column.label,
        category=verdict.category,
        confidence=round(verdict.confidence, 2),
        scope="column",
        evidence=tuple(verdict.evidence),
        lowered=tuple(verdict.lowered),
        examples=verdict.examples,
        remedies=tuple(remedies),
        suggested=suggested,
        advised_reason=reason if Remedy.KEEP in remedies else "",
    )


# Why a finding may be kept, by what lowered it: the justification advised with "keep".
_KEEP_REASON_OF = {
    "privacy-elected-officials": "elected-officials",
    "privacy-public-places": "public-place",
    "privacy-public-phone": "public-place",
    "privacy-generic-contact": "service-contact",
    "privacy-shared-phone": "service-contact",
}


def advised_keep_reason(verdict: ColumnVerdict) -> str:
    """The justification to advise with keeping (a KEEP_REASONS code), or "" to advise removal."""
    return keep_reason_of(item.code for item in verdict.lowered)


def keep_reason_of(lowered: Iterable[str]) -> str:
    """The KEEP_REASONS code that the reasons a confidence was lowered give, or ""."""
    for code in lowered:
        reason = _KEEP_REASON_OF.get(code)
        if reason:
            return reason
    return ""


def cell_findings(
    name: str, label: str, values: pd.Series, schema_says: bool
) -> tuple[list[PrivacyFinding], list[CellFinding]]:
    """Findings for the mentions of people in a free-text column, one per kind, and each cell."""
    texts = [value if isinstance(value, str) else "" for value in values.tolist()]
    mentions = scan_text_column(texts)
    cells = [CellFinding(item.row, name, item.category, item.example) for item in mentions]
    findings: list[PrivacyFinding] = []
    for category in dict.fromkeys(item.category for item in mentions):
        chosen = [item for item in mentions if item.category is category]
        rows = tuple(dict.fromkeys(item.row for item in chosen))
        evidence = [Evidence.of("privacy-free-text-cells", count=len(rows))]
        if schema_says:
            evidence.insert(0, Evidence.of("privacy-schema-free-text", field=name))
        remedies = [Remedy.REDACT_TEXT, Remedy.EMPTY_COLUMN, Remedy.REMOVE_COLUMN]
        findings.append(
            PrivacyFinding(
                column=name,
                label=label,
                category=category,
                confidence=_CELL_CONFIDENCE[category],
                scope="cells",
                evidence=tuple(evidence),
                examples=tuple(dict.fromkeys(item.example for item in chosen))[:EXAMPLES],
                rows=rows,
                remedies=tuple(remedies if category in _NEVER_KEPT else [*remedies, Remedy.KEEP]),
                suggested=Remedy.REDACT_TEXT,
            )
        )
    return findings, cells


def counted_names_finding(names: ScannedColumn, counts: ScannedColumn) -> PrivacyFinding | None:
    """First names given once or twice: each designates a child of the commune."""
    rows = rare_counts(counts.values, RARE_BELOW)
    if len(rows) == 0:
        return None
    return PrivacyFinding(
        column=names.name,
        label=names.label,
        category=Category.FIRST_NAME,
        confidence=0.7,
        scope="rows",
        evidence=(Evidence.of("privacy-rare-counts", count=len(rows), limit=RARE_BELOW),),
        examples=masked_examples(names.values, rows, Category.FIRST_NAME),
        rows=tuple(int(row) for row in rows),
        remedies=(Remedy.GROUP_RARE, Remedy.REMOVE_ROWS, Remedy.KEEP),
        suggested=Remedy.GROUP_RARE,
        linked_column=counts.name,
    )


def masked_examples(
    values: pd.Series, rows: npt.NDArray[np.int64], category: Category
) -> tuple[str, ...]:
    """A few distinct values of the found rows, masked, for the agent to recognise the case."""
    looked_at = (mask(str(values.iloc[int(row)]), category) for row in rows[:20])
    return tuple(dict.fromkeys(looked_at))[:EXAMPLES]
