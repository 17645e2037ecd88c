"""The desk's background work: read what is kept, then ask data.gouv.fr again.

Two steps, so the page shows the kept state at once and the fresh one when it arrives: a
slow or absent network never holds the window. Each answer carries everything the page
shows, and which saved project (if any) published each dataset, so "Mettre à jour" opens
that project rather than starting from nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.credentials import CredentialStore
from desktop_app.core.desk.obligations import Obligation, load_obligations
from desktop_app.core.desk.population import commune_population
from desktop_app.core.desk.service import Connect, refresh_desk
from desktop_app.core.desk.snapshot import DeskCache, DeskSnapshot
from desktop_app.core.errors import AppError
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication import PublicationError
from desktop_app.core.tasks import CancelToken, ProgressFn

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeskRequest:
    """Where to read the desk from: the profile, the platform and the organisation."""

    profile_root: Path | None
    resources: Path
    platform: str
    organization: str | None
    store: Callable[[], CredentialStore] | None  # opening the keyring can be slow: here
    connect: Connect
    recent_projects: tuple[Path, ...] = ()


@dataclass(frozen=True)
class DeskReading:
    """What the desk shows: the snapshot (None: never read), why a refresh failed, if it did.

    ``refreshed`` says whether this answer comes from the platform (else from the cache);
    ``projects`` maps a dataset's id to the saved project that published it.
    """

    snapshot: DeskSnapshot | None
    obligations: tuple[Obligation, ...]
    population: int | None
    refreshed: bool
    problem: str | None = None
    projects: dict[str, Path] = field(default_factory=dict)


def read_kept_desk(
    request: DeskRequest, *, progress: ProgressFn, cancel: CancelToken
) -> DeskReading:
    """The desk as last kept in the profile (no network)."""
    del cancel
    cache = None if request.profile_root is None else DeskCache.load(request.profile_root)
    progress(1.0, "desk-refreshing")
    return DeskReading(
        snapshot=None if cache is None else cache.snapshots.get(request.platform),
        obligations=load_obligations(request.resources),
        population=commune_population(
            None if cache is None else cache.population,
            request.profile_root,
            request.resources / "reference",
        ),
        refreshed=False,
        projects=projects_by_dataset(request.recent_projects),
    )


def refresh_kept_desk(
    request: DeskRequest, *, progress: ProgressFn, cancel: CancelToken
) -> DeskReading:
    """Read data.gouv.fr again and keep it; on failure, the kept state and the reason."""
    kept = read_kept_desk(request, progress=progress, cancel=cancel)
    found = None if request.store is None else request.store().key(request.platform)
    try:
        snapshot = refresh_desk(
            request.profile_root,
            request.platform,
            request.organization,
            None if found is None else found[0],
            request.connect,
            progress=progress,
            cancel=cancel,
        )
    except PublicationError as error:
        log.info("desk not refreshed: %s", error.code)
        return DeskReading(
            kept.snapshot, kept.obligations, kept.population, False, error.code, kept.projects
        )
    return DeskReading(snapshot, kept.obligations, kept.population, True, None, kept.projects)


def keep_population(
    root: Path, population: int | None, *, progress: ProgressFn, cancel: CancelToken
) -> int | None:
    """Write the commune's population into the desk's cache."""
    del cancel
    cache = DeskCache.load(root)
    cache.population = population
    cache.save()
    progress(1.0, "desk-refreshing")
    return population


def projects_by_dataset(paths: tuple[Path, ...]) -> dict[str, Path]:
    """Which saved project published which dataset (the most recent project wins)."""
    found: dict[str, Path] = {}
    for path in paths:
        try:
            publication = ProjectFile(path).load().publication
        except (AppError, OSError):
            continue  # a moved or damaged project simply offers no shortcut
        if publication.dataset_id and publication.dataset_id not in found:
            found[publication.dataset_id] = path
    return found
