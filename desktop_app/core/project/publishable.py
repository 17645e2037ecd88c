"""The file a project publishes: its source read again, mapped, corrected, personal data removed.

The publication always starts from the copy of the source kept in the project, so what goes
online is exactly what the agent prepared and checked, even if the original was edited since.
Nothing is written while a personal-data finding is undecided or the description would be
refused by data.gouv.fr.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.errors import AppError
from desktop_app.core.mapping.prepare import write_publishable_csv
from desktop_app.core.metadata.checks import MetadataProblem, blocking, check_metadata
from desktop_app.core.privacy.remedies import undecided
from desktop_app.core.project.model import Project
from desktop_app.core.project.reading import preparation_of, read_kept_source, schema_of
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn


class ProjectNotReadyError(AppError):
    """The project cannot be published yet; ``code`` says what is missing."""


@dataclass(frozen=True)
class Readiness:
    """What stands between a project and its publication (empty when it can go)."""

    undecided_findings: tuple[str, ...]
    metadata_problems: tuple[MetadataProblem, ...]

    @property
    def ready(self) -> bool:
        """Whether the project can be published as it stands."""
        return not self.undecided_findings and not self.metadata_problems


def readiness(project: Project) -> Readiness:
    """Check, offline, that every finding is decided and the description would be accepted."""
    decided = {
        decision.finding
        for decision in project.privacy_decisions
        if decision.remedy.value != "keep" or decision.justification.strip()
    }
    waiting = tuple(
        str(finding.get("key", ""))
        for finding in project.privacy_findings
        if str(finding.get("key", "")) not in decided
    )
    return Readiness(waiting, blocking(check_metadata(project.metadata)))


def write_publishable_file(
    project_file: ProjectFile,
    project: Project,
    catalogue: SchemaCatalogue,
    target: Path,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
    checked_copy: Path | None = None,
) -> int:
    """Write the CSV to publish at ``target`` and return its number of rows.

    The file is written by the project's Preparation, as the wizard writes it.
    ``checked_copy``, if given, receives the corrected table before personal data is
    removed: what the agent checked on the Qualité page, whose fingerprint a decision to
    publish despite problems names (``core/project/conformity``).

    A personal-data finding of the file to publish that the project did not list is
    recorded in it before the refusal.

    Raises:
        ProjectNotReadyError: ``project-not-ready-privacy`` or ``project-not-ready-metadata``.
        AppError: the source copy cannot be read or the mapping no longer fits it, or
            ``target`` cannot be written (``output-unwritable``).
    """
    state = readiness(project)
    if state.undecided_findings:
        raise ProjectNotReadyError(
            "project-not-ready-privacy",
            count=len(state.undecided_findings),
            file=project_file.path.name,
        )
    if state.metadata_problems:
        raise ProjectNotReadyError("project-not-ready-metadata", count=len(state.metadata_problems))
    token = cancel or CancelToken()
    with tempfile.TemporaryDirectory(prefix="datamairie-source-") as folder:
        kept = read_kept_source(
            project_file, project, Path(folder), share=0.5, progress=progress, cancel=token
        )
    preparation = preparation_of(project, kept.table, schema_of(project, catalogue), token)
    if checked_copy is not None and preparation.edited is not None:
        write_publishable_csv(preparation.edited, checked_copy)
    token.raise_if_cancelled()
    found = preparation.scan.findings
    waiting = undecided(found, project.privacy_decisions)
    if waiting:
        # A finding the project does not list (found by a newer DataMairie's search, or in a
        # file that changed) stops the publication here, in words; the project then lists
        # it, so that `project show` names it and `project decide` can decide it.
        listed = {str(finding.get("key", "")) for finding in project.privacy_findings}
        if any(finding.key not in listed for finding in waiting):
            findings = tuple(finding.to_json() for finding in found)
            project_file.save(replace(project, privacy_findings=findings))
        raise ProjectNotReadyError(
            "project-not-ready-privacy", count=len(waiting), file=project_file.path.name
        )
    rows = preparation.write_publishable(target)
    progress(1.0, "done")
    return rows
