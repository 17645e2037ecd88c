"""The agent's decisions, applied to the copy that will be published (never to the source).

``undecided`` lists the findings still waiting for a decision: nothing is published while it
is not empty. ``apply_decisions`` returns a new prepared table where each decision is done:
a column removed or emptied, birth dates cut to their year, free text redacted, rows of
natural persons removed or anonymised (« Personne physique », their identifier emptied), rare
first names grouped under « Autres prénoms ».
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from desktop_app.core.errors import AppError
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.free_text import redact
from desktop_app.core.privacy.model import PrivacyFinding, PrivacyScan
from desktop_app.core.privacy.rows import RARE_BELOW
from desktop_app.core.schemas.model import TableSchema

OTHER_FIRST_NAMES = "Autres prénoms"
# What an anonymised natural person's name becomes in the published copy.
NATURAL_PERSON = "Personne physique"

# Justifications the agent can pick for keeping a finding (worded in texts/codes/privacy.py).
KEEP_REASONS = (
    "elected-officials",
    "organisations",
    "service-contact",
    "public-place",
    "published-by-law",
    "consent",
    "not-personal",
)


class PrivacyError(AppError):
    """A decision about personal data cannot be applied as it stands."""


def undecided(
    findings: Iterable[PrivacyFinding], decisions: Iterable[PrivacyDecision]
) -> tuple[PrivacyFinding, ...]:
    """The findings without a usable decision (keeping needs a justification)."""
    decided = {
        decision.finding
        for decision in decisions
        if decision.remedy is not Remedy.KEEP or decision.justification.strip()
    }
    return tuple(finding for finding in findings if finding.key not in decided)


def apply_decisions(
    prepared: PreparedTable, scan: PrivacyScan, decisions: Sequence[PrivacyDecision]
) -> PreparedTable:
    """A new prepared table with every decision applied; ``prepared`` itself is unchanged.

    ``scan`` must be the scan of this prepared table (its flagged rows are positions in it).

    Raises:
        PrivacyError: a finding is still undecided (``privacy-undecided``), a decision does
            not fit its finding (``privacy-remedy-unfit``), keeps without a justification
            (``privacy-keep-unjustified``), or the scan is of another table
            (``privacy-scan-mismatch``).
    """
    if scan.rows != len(prepared.frame):
        raise PrivacyError("privacy-scan-mismatch", rows=scan.rows, total=len(prepared.frame))
    waiting = undecided(scan.findings, decisions)
    if waiting:
        raise PrivacyError(
            "privacy-undecided", count=len(waiting), names=[f.label for f in waiting]
        )
    frame = prepared.frame.copy()
    schema = prepared.schema
    by_key = {decision.finding: decision for decision in decisions}
    chosen = [(finding, by_key[finding.key]) for finding in scan.findings]
    for finding, decision in chosen:
        _check(finding, decision)
    # cells first (their positions are the scan's), then rows, then the grouping of rows
    for finding, decision in chosen:
        frame, schema = _on_column(frame, schema, finding, decision.remedy)
    row_numbers = prepared.row_numbers
    dropped = sorted({row for f, d in chosen if d.remedy is Remedy.REMOVE_ROWS for row in f.rows})
    if dropped:
        keep = np.ones(len(frame), dtype=bool)
        keep[dropped] = False
        frame = frame.loc[keep].reset_index(drop=True)
        row_numbers = row_numbers[keep]
    for finding, decision in chosen:
        if decision.remedy is Remedy.GROUP_RARE:
            frame = _grouped(frame, finding, decision)
    if len(frame) != len(row_numbers):
        # grouped rows no longer stand for one line of the agent's file
        row_numbers = np.zeros(len(frame), dtype=np.int64)
    return dataclasses.replace(prepared, frame=frame, schema=schema, row_numbers=row_numbers)


def _on_column(
    frame: pd.DataFrame, schema: TableSchema, finding: PrivacyFinding, remedy: Remedy
) -> tuple[pd.DataFrame, TableSchema]:
    """Apply a remedy that changes a column (the others leave the frame as it is)."""
    column = finding.column
    if remedy is Remedy.REMOVE_COLUMN and column in frame.columns:
        kept = tuple(field for field in schema.fields if field.name != column)
        return frame.drop(columns=[column]), dataclasses.replace(schema, fields=kept)
    if remedy is Remedy.EMPTY_COLUMN:
        frame[column] = ""
    elif remedy is Remedy.KEEP_YEAR:
        frame[column] = _years(frame[column])
    elif remedy is Remedy.REDACT_TEXT:
        frame[column] = _redacted(frame[column], finding)
    elif remedy is Remedy.ANONYMISE_ROWS and finding.rows and column in frame.columns:
        _anonymise(frame, finding)
    return frame, schema


def _anonymise(frame: pd.DataFrame, finding: PrivacyFinding) -> None:
    """The persons' rows keep their amounts and dates; their name and identifier go.

    A sole trader's SIRET names them as surely as their name: it is emptied too.
    """
    rows = frame.index[list(finding.rows)]
    frame.loc[rows, finding.column] = NATURAL_PERSON
    for name in finding.identifiers:
        if name in frame.columns:
            frame.loc[rows, name] = ""


def _check(finding: PrivacyFinding, decision: PrivacyDecision) -> None:
    if decision.remedy not in finding.remedies:
        raise PrivacyError(
            "privacy-remedy-unfit", column=finding.label, value=decision.remedy.value
        )
    if decision.remedy is Remedy.KEEP and not decision.justification.strip():
        raise PrivacyError("privacy-keep-unjustified", column=finding.label)


def _years(values: pd.Series) -> pd.Series:
    """Only the year of each date ("15/03/1985" → "1985"); other text emptied."""
    text = values.astype(str)
    return text.str.extract(r"(?<!\d)(\d{4})(?!\d)", expand=False).fillna("")


def _redacted(values: pd.Series, finding: PrivacyFinding) -> pd.Series:
    """The flagged cells with this finding's kind of mention replaced; others untouched."""
    result = values.copy()
    kinds = frozenset({finding.category})
    for row in finding.rows:
        result.iloc[row] = redact(str(values.iloc[row]), kinds)
    return result


def _grouped(
    frame: pd.DataFrame, finding: PrivacyFinding, decision: PrivacyDecision
) -> pd.DataFrame:
    """Rare first names become « Autres prénoms », their counts added up per group."""
    counts_column = finding.linked_column
    if counts_column is None or counts_column not in frame.columns:
        raise PrivacyError(
            "privacy-remedy-unfit", column=finding.label, value=decision.remedy.value
        )
    threshold = int(decision.options.get("threshold", RARE_BELOW))
    counts = pd.to_numeric(frame[counts_column].astype(str).str.strip(), errors="coerce")
    rare = (counts >= 1) & (counts < threshold)
    if not rare.any():
        return frame
    grouped = frame.loc[rare].copy()
    grouped[finding.column] = OTHER_FIRST_NAMES
    grouped[counts_column] = counts[rare]
    keys = [name for name in frame.columns if name != counts_column]
    totals = grouped.groupby(keys, sort=False, dropna=False)[counts_column].sum().reset_index()
    totals[counts_column] = totals[counts_column].astype(int).astype(str)
    return pd.concat([frame.loc[~rare], totals[frame.columns]], ignore_index=True)
