"""The personal-data scan of a table: every column, the free text cell by cell, flagged rows.

A column is judged on a sample of its values spread over the whole table, confirmed on a
second sample when the first leaves a doubt; free text and the rows that identify someone
are read in full, with vectorised searches, so that a million rows take seconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_app.core import clock
from desktop_app.core.mapping.label_matching import plain
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.privacy.columns import NAMES, ColumnSample, ColumnVerdict, classify_column
from desktop_app.core.privacy.context import (
    Role,
    describes_places,
    lists_elected_officials,
    schema_roles,
)
from desktop_app.core.privacy.findings import (
    cell_findings,
    column_finding,
    counted_names_finding,
)
from desktop_app.core.privacy.headers import HeaderClue, header_clue, is_free_text_title
from desktop_app.core.privacy.model import Category, CellFinding, PrivacyFinding, PrivacyScan
from desktop_app.core.privacy.names import FirstNames, load_first_names
from desktop_app.core.privacy.neighbours import (
    birth_dates_of_people,
    lower_in_context,
    surnames_next_to_first_names,
)
from desktop_app.core.privacy.organisations import organisation_numbers, party_cells
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources.model import Table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

SAMPLE_SIZE = 2000
_COUNT_WORDS = ("nombre", "occurrence", "effectif", "nb", "naissances", "total")


@dataclass(frozen=True, eq=False)
class ScannedColumn:
    """A column as the scan reads it: its name, its title as written, its text."""

    name: str
    label: str
    values: pd.Series


def scan_table(
    table: Table,
    *,
    schema: TableSchema | None = None,
    first_names: FirstNames | None = None,
    today: dt.date | None = None,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PrivacyScan:
    """Scan the agent's table as read from the file (column names are the agent's)."""
    columns = [
        ScannedColumn(column.name, column.label, table.text[index])
        for index, column in enumerate(table.columns)
    ]
    return scan_columns(
        columns,
        schema=schema,
        first_names=first_names,
        today=today,
        progress=progress,
        cancel=cancel,
    )


def scan_prepared(
    prepared: PreparedTable,
    *,
    first_names: FirstNames | None = None,
    today: dt.date | None = None,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PrivacyScan:
    """Scan the schema-shaped copy that will be published (column names are the schema's)."""
    columns = [
        ScannedColumn(name, prepared.mapping.for_field(name).column or name, prepared.frame[name])
        for name in prepared.frame.columns
    ]
    return scan_columns(
        columns,
        schema=prepared.schema,
        first_names=first_names,
        today=today,
        progress=progress,
        cancel=cancel,
    )


def scan_columns(
    columns: Sequence[ScannedColumn],
    *,
    schema: TableSchema | None = None,
    first_names: FirstNames | None = None,
    today: dt.date | None = None,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> PrivacyScan:
    """Find the personal data in these columns; the schema, if any, says what each is for.

    Raises:
        CancelledError: the agent cancelled the scan.
    """
    token = cancel or CancelToken()
    known = first_names if first_names is not None else load_first_names()
    year = (today or clock.now().date()).year
    roles = schema_roles(schema)
    rows = len(columns[0].values) if columns else 0
    samples = [_sample(column, SAMPLE_SIZE, 0.0) for column in columns]
    labels = [column.label for column in columns]
    officials = lists_elected_officials(labels, [sample.values for sample in samples])
    places = describes_places(labels) or any(role is Role.PUBLIC_PLACE for role in roles.values())
    findings: list[PrivacyFinding] = []
    handled = _row_findings(columns, samples, roles, known, findings)
    clues = _clues(columns, samples, known)
    identifiers = organisation_numbers(columns, samples, roles)
    beneficiary = _beneficiary(columns, roles, identifiers)
    verdicts: dict[int, ColumnVerdict] = {}
    cells: list[CellFinding] = []
    for index, (column, sample) in enumerate(zip(columns, samples, strict=True)):
        token.raise_if_cancelled()
        progress(index / max(len(columns), 1), "privacy-scanning")
        role = roles.get(column.name)
        if column.name in handled or role in (Role.NOT_PERSONAL, Role.COUNT, Role.ORGANISATION_ID):
            continue
        if column.name in identifiers:
            continue  # SIRET, SIREN, RNA: organisations' numbers
        clue = clues[index]
        verdict = (
            None
            if role is Role.FREE_TEXT
            else classify_column(sample, clue, known, year, identified=bool(identifiers))
        )
        if verdict is not None and verdict.cells and _is_free_text(column, sample, role, 8):
            verdict = None  # sentences that mention bodies: read cell by cell below
        if (verdict is not None and verdict.cells) or (
            column.name == beneficiary and (verdict is None or verdict.category not in NAMES)
        ):
            found_cells = party_cells(
                column, known, identifiers, beneficiary=column.name == beneficiary, schema=schema
            )
            if found_cells is not None:
                findings.append(found_cells[0])
                cells.extend(found_cells[1])
            if verdict is None or verdict.cells or verdict.category in NAMES:
                continue
        if verdict is not None and rows > SAMPLE_SIZE and 0.4 <= verdict.confidence < 0.85:
            verdict = _confirmed(column, verdict, clue, known, year, bool(identifiers))
        if verdict is None and _is_free_text(column, sample, role):
            found = cell_findings(column.name, column.label, column.values, role is Role.FREE_TEXT)
            findings.extend(found[0])
            cells.extend(found[1])
            continue
        if verdict is not None and not verdict.cells:
            lower_in_context(verdict, role, officials=officials, places=places)
            verdicts[index] = verdict
    surnames_next_to_first_names(samples, verdicts, handled, roles)
    birth_dates_of_people(verdicts)
    for index, verdict in verdicts.items():
        if verdict.confidence >= 0.2:
            required = schema is not None and _required(schema, columns[index].name)
            findings.append(column_finding(columns[index], verdict, required))
    progress(1.0, "done")
    findings.sort(key=lambda finding: -finding.confidence)
    return PrivacyScan(tuple(findings), tuple(cells), rows, tuple(c.name for c in columns))


def _sample(column: ScannedColumn, size: int, shift: float) -> ColumnSample:
    """Non-empty values spread evenly over the column (``shift`` moves the points by a step)."""
    count = len(column.values)
    if count <= size:
        picked = column.values
    else:
        step = count / (size * 3)
        points = (np.arange(size * 3) * step + shift * step).astype(np.int64)
        picked = column.values.iloc[np.minimum(points, count - 1)]
    texts = [str(value).strip() for value in picked.tolist() if isinstance(value, str)]
    filled = [text for text in texts if text]
    return ColumnSample(column.name, column.label, filled[:size])


def _confirmed(
    column: ScannedColumn,
    verdict: ColumnVerdict,
    clue: HeaderClue | None,
    known: FirstNames,
    year: int,
    identified: bool,
) -> ColumnVerdict:
    """Judge a doubtful column again on a second sample; keep the more cautious answer."""
    second = classify_column(
        _sample(column, SAMPLE_SIZE, 0.5), clue, known, year, identified=identified
    )
    if second is None or second.category is not verdict.category:
        verdict.confidence = min(verdict.confidence, 0.45)
        return verdict
    verdict.confidence = (verdict.confidence + second.confidence) / 2
    return verdict


def _is_free_text(
    column: ScannedColumn, sample: ColumnSample, role: Role | None, words_at_least: int = 4
) -> bool:
    """Whether a column holds sentences: by the schema, its title, or its values' length.

    Names of organisations are long too (« Ecole maternelle Jean Moulin »): a column of
    them counts as sentences only from ``words_at_least`` words (the median value's).
    """
    if role is Role.FREE_TEXT or is_free_text_title(column.label):
        return True
    if not sample.values:
        return False
    words = sorted(sum(word.isalpha() for word in value.split()) for value in sample.values)
    return words[len(words) // 2] >= words_at_least


def _required(schema: TableSchema, name: str) -> bool:
    try:
        return schema.field_named(name).required
    except KeyError:
        return False


def _row_findings(
    columns: Sequence[ScannedColumn],
    samples: Sequence[ColumnSample],
    roles: dict[str, Role],
    known: FirstNames,
    findings: list[PrivacyFinding],
) -> set[str]:
    """Rows flagged in subsidies and first-name counts; returns the columns they cover."""
    handled: set[str] = set()
    by_name = {column.name: column for column in columns}
    words = {column.name: set(_plain_words(column.label)) for column in columns}
    counted = _first([c.name for c in columns if roles.get(c.name) is Role.COUNTED_FIRST_NAME])
    counts = _first([c.name for c in columns if roles.get(c.name) is Role.COUNT])
    if counted is None and not roles:
        for column, sample in zip(columns, samples, strict=True):
            if counted is None and sample.values and sample.share(known.is_first_name) >= 0.6:
                counted = column.name
            elif counts is None and words[column.name] & set(_COUNT_WORDS):
                counts = column.name
    if counted is not None and counts is not None:
        handled.add(counted)
        finding = counted_names_finding(by_name[counted], by_name[counts])
        if finding is not None:
            findings.append(finding)
    return handled


def _beneficiary(
    columns: Sequence[ScannedColumn], roles: dict[str, Role], identifiers: dict[str, pd.Series]
) -> str | None:
    """The column of a subsidy's beneficiaries, when the table gives their SIRET or RNA."""
    if not identifiers:
        return None
    return _first(
        [c.name for c in columns if roles.get(c.name) is Role.BENEFICIARY]
        or [c.name for c in columns if "beneficiaire" in _plain_words(c.label) and not roles]
    )


def _clues(
    columns: Sequence[ScannedColumn], samples: Sequence[ColumnSample], known: FirstNames
) -> list[HeaderClue | None]:
    """Each column's title clue; a bare « Nom » counts only in a table of people.

    A table of people has a column of first names (by its title or its values), or of
    dates of birth.
    """
    clues = [header_clue(column.label) for column in columns]
    people = any(
        (clue is not None and clue.category in (Category.FIRST_NAME, Category.BIRTH_DATE))
        or (sample.values and sample.share(known.is_first_name) >= 0.6)
        for clue, sample in zip(clues, samples, strict=True)
    )
    return [None if clue is not None and clue.weak and not people else clue for clue in clues]


def _first(names: list[str]) -> str | None:
    return names[0] if names else None


def _plain_words(label: str) -> list[str]:
    return plain(label).split()
