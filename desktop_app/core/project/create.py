"""A new project, from a table prepared for its schema: what `prepare --project` writes.

Preparing a file again for a project that already exists keeps what the agent decided about
its data: the corrections and the privacy decisions are carried into the new Preparation
(``carried_preparation``), so `prepare --out` writes the bytes `publish` would send.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.prepare import PreparedTable, write_publishable_csv
from desktop_app.core.metadata.prefill import Phrase, prefill_metadata
from desktop_app.core.metadata.vocabulary import DEFAULT_FREQUENCY
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.project.model import Project, ValidationSummary, WizardPage
from desktop_app.core.project.next_update import continued_publication
from desktop_app.core.project.storage import ProjectFile, source_record_as_read
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.sources import Table
from desktop_app.core.validation.engine import TableCheck, validate_csv


def validation_summary(check: TableCheck, *, now: str) -> ValidationSummary:
    """What the project keeps of a validation: enough to show it without checking again."""
    by_code = dict(check.findings.counts_by_code())
    for batch in check.extra_findings:
        by_code[batch.code] = by_code.get(batch.code, 0) + len(batch)
    return ValidationSummary(check.valid, check.rows, check.error_count, by_code, now)


def carried_over(
    project: Project,
    earlier: Project,
    *,
    now: str,
    licence: str | None = None,
    frequency: str | None = None,
) -> Project:
    """The project `prepare` writes over an earlier one of the same schema: what stays.

    The new file, its mapping, check and findings are ``project``'s; the dataset it
    publishes to (an update once published), the agent's description (its period
    recomputed from the new dates), the decision to publish with problems and the creation
    date are ``earlier``'s. Written afresh, the next `publish` created a second dataset
    beside the published one, under a title the agent never chose. ``licence`` and
    ``frequency``, given on the command line, replace the description's.
    """
    metadata = earlier.metadata if earlier.metadata.title else project.metadata
    metadata = replace(metadata, temporal_coverage=project.metadata.temporal_coverage)
    if licence:
        metadata = replace(metadata, licence=licence)
    if frequency:
        metadata = replace(metadata, frequency=frequency)
    return replace(
        project,
        metadata=metadata,
        publication=continued_publication(earlier.publication, now=now),
        conformity=earlier.conformity,
        created_at=earlier.created_at,
    )


def new_project(
    preparation: Preparation,
    project_path: Path,
    source: Path,
    commune: CommuneSettings,
    phrase: Phrase,
    *,
    now: str,
    licence: str | None = None,
    frequency: str = DEFAULT_FREQUENCY,
    organization: str | None = None,
) -> Project:
    """The project for ``source`` prepared as ``preparation``, its description filled in advance.

    The corrected table is checked as Qualité checks it (before any privacy remedy); the
    findings to decide are those of what would be published; the corrections and decisions
    are the preparation's. The licence is the one asked for, else the commune's usual one.

    Raises:
        ProjectError: the source cannot be read (``project-source-unreadable``).
        AppError: the check's temporary file cannot be written.
    """
    prepared = preparation.edited
    if prepared is None:
        raise ValueError("a project made from the command line has a schema")
    with tempfile.TemporaryDirectory(prefix="datamairie-") as folder:
        shaped = Path(folder) / "prepare.csv"
        write_publishable_csv(prepared, shaped)
        check = validate_csv(shaped, prepared.schema)
    read = None if preparation.table is None else preparation.table.source
    record = source_record_as_read(source, project_path, read)
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
        edits=preparation.edits,
        validation=validation_summary(check, now=now),
        privacy_findings=tuple(finding.to_json() for finding in preparation.scan.findings),
        privacy_decisions=preparation.decisions,
        commune=commune,
        metadata=metadata,
        publication=PublicationState(organization=organization or commune.organization or None),
        page=WizardPage.DESCRIPTION,
        created_at=now,
        updated_at=now,
    )


def carried_preparation(
    table: Table, prepared: PreparedTable, project_path: Path | None
) -> tuple[Preparation, Project | None]:
    """The file's Preparation, with the corrections and decisions of the project already there.

    Returns the Preparation and the earlier project it carries from (None when there is no
    project at ``project_path``, or when it publishes another schema: then nothing applies).
    Each correction replays as it says (a typed cell only where the same value comes back).

    Raises:
        ProjectError: a file at ``project_path`` is damaged, not a project or too new.
    """
    if project_path is None or not project_path.exists():
        return Preparation(table, prepared), None
    earlier = ProjectFile(project_path).load()
    if earlier.schema_name != prepared.schema.name:
        return Preparation(table, prepared), None
    return Preparation(table, prepared, earlier.edits, earlier.privacy_decisions), earlier
