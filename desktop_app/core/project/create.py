"""A new project, from a table prepared for its schema.

This is what `prepare --project` writes, and what the wizard saves the first time.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.metadata.prefill import Phrase, prefill_metadata
from desktop_app.core.metadata.vocabulary import DEFAULT_FREQUENCY
from desktop_app.core.project.model import Project, ValidationSummary, WizardPage
from desktop_app.core.project.storage import source_record
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.validation.engine import TableCheck


def validation_summary(check: TableCheck, *, now: str) -> ValidationSummary:
    """What the project keeps of a validation: enough to show it without checking again."""
    by_code = dict(check.findings.counts_by_code())
    for batch in check.extra_findings:
        by_code[batch.code] = by_code.get(batch.code, 0) + len(batch)
    return ValidationSummary(check.valid, check.rows, check.error_count, by_code, now)


def new_project(
    project_path: Path,
    source: Path,
    prepared: PreparedTable,
    commune: CommuneSettings,
    phrase: Phrase,
    *,
    now: str,
    licence: str | None = None,
    frequency: str = DEFAULT_FREQUENCY,
    check: TableCheck | None = None,
    organization: str | None = None,
) -> Project:
    """A project for ``source`` prepared as ``prepared``, its description filled in advance.

    The licence is the one asked for, else the commune's usual one.

    Raises:
        ProjectError: the source cannot be read (``project-source-unreadable``).
    """
    table = prepared.source
    info = None if table is None else table.source
    record = source_record(
        source,
        project_path,
        sheet=None if info is None else info.sheet,
        header_row=None if info is None else info.header_row,
        encoding=None if info is None else info.encoding,
        separator=None if info is None else info.separator,
        include=() if info is None else info.include,
    )
    metadata = prefill_metadata(
        phrase,
        commune,
        prepared.schema,
        prepared.frame,
        fallback_title=source.stem,
        licence=licence or commune.licence,
        frequency=frequency,
    )
    return Project(
        source=record,
        schema_name=prepared.schema.name,
        schema_version=prepared.schema.version,
        mapping=prepared.mapping,
        validation=None if check is None else validation_summary(check, now=now),
        commune=commune,
        metadata=metadata,
        publication=PublicationState(organization=organization or commune.organization or None),
        page=WizardPage.DESCRIPTION,
        created_at=now,
        updated_at=now,
    )
