"""The Description et licence step's long work: the description written in advance.

Working out the temporal coverage reads every date of the table, and the list of communes
(to check the spatial coverage offline) is read from the bundled file: both run off the
GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import DEFAULT_LICENCE, CommuneSettings, save_commune
from desktop_app.core.errors import AppError
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.metadata.prefill import prefill_metadata
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.preparation.preparation import edited_table
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.paths import AgentFolders
from desktop_app.texts import render

REFERENCE = "reference"


@dataclass(frozen=True, eq=False)
class DescriptionStart:
    """What the description page starts from: the metadata written in advance, the communes."""

    metadata: DatasetMetadata
    communes: CommuneDirectory | None


def keep_commune(
    profile: AgentFolders, commune: CommuneSettings, *, progress: ProgressFn, cancel: CancelToken
) -> CommuneSettings:
    """Write the commune profile (e.g. the organisation the agent publishes for).

    Raises:
        CommuneError: the profile folder cannot be written (``output-unwritable``).
    """
    del cancel
    save_commune(profile, commune)
    progress(1.0, "done")
    return commune


def load_communes(
    resources: Path, *, progress: ProgressFn, cancel: CancelToken
) -> CommuneDirectory:
    """Read the bundled list of communes (for the settings' search and the coverage check).

    Raises:
        CommuneError: the list is missing or damaged (``communes-list-unreadable``).
    """
    del cancel
    progress(0.0, "communes")
    directory = CommuneDirectory.load(resources / REFERENCE)
    progress(1.0, "done")
    return directory


def describe_dataset(
    commune: CommuneIdentity,
    schema: TableSchema | None,
    prepared: PreparedTable | None,
    edits: EditHistory,
    fallback_title: str,
    communes: CommuneDirectory | None,
    resources: Path,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> DescriptionStart:
    """Title, description, keywords and coverage from the schema, the commune and the dates.

    The words are French whatever the interface language: they are published on data.gouv.fr.
    """
    progress(0.0, "describing")
    frame = None if prepared is None else edited_table(prepared, edits).frame
    licence = commune.licence if isinstance(commune, CommuneSettings) else DEFAULT_LICENCE
    metadata = prefill_metadata(
        lambda code, params: render(code, params, "fr"),
        commune,
        schema,
        frame,
        fallback_title=fallback_title,
        licence=licence or DEFAULT_LICENCE,
    )
    cancel.raise_if_cancelled()
    if communes is None:
        try:
            communes = load_communes(resources, progress=progress, cancel=cancel)
        except AppError:  # the check then skips whether the zone exists, nothing more
            communes = None
    progress(1.0, "done")
    return DescriptionStart(metadata, communes)
