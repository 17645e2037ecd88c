"""Reading the commune's datasets from data.gouv.fr, and keeping them in the profile.

The refresh runs in a worker; its result is written to ``desk.json`` in the agent's profile
so that the desk shows the last known state offline, saying when it was read. One snapshot
per platform (demo and www hold different datasets). The file also keeps the commune's
population when the agent typed one (it wins over the bundled list's figure).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.clock import timestamp
from desktop_app.core.desk.datasets import PublishedDataset, dataset_from_api, site_of
from desktop_app.core.files import replaced_atomically
from desktop_app.core.publication.client import DataGouvClient
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

log = logging.getLogger(__name__)

CACHE_FILE = "desk.json"
FORMAT = "datamairie-desk"
VERSION = 1


@dataclass(frozen=True)
class DeskSnapshot:
    """The commune's datasets on one platform, as read at ``refreshed_at`` (ISO, local time)."""

    platform: str
    organizations: tuple[str, ...]
    refreshed_at: str
    datasets: tuple[PublishedDataset, ...] = ()

    def to_cache(self) -> dict[str, Any]:
        """As kept in desk.json."""
        return {
            "organizations": list(self.organizations),
            "refreshed_at": self.refreshed_at,
            "datasets": [dataset.to_cache() for dataset in self.datasets],
        }


def refresh_snapshot(
    client: DataGouvClient,
    platform: str,
    organization: str | None,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> DeskSnapshot:
    """Read the organisation's datasets (or those of every organisation of the key's owner).

    Raises:
        PublicationError: no key, a refused key, or the platform could not be reached.
    """
    cancel = cancel or CancelToken()
    progress(0.0, "desk-refreshing")
    if organization:
        organizations: tuple[str, ...] = (organization,)
    else:
        organizations = tuple(org.id for org in client.account().organizations)
    found: dict[str, PublishedDataset] = {}
    for done, org in enumerate(organizations):
        cancel.raise_if_cancelled()
        for item in client.organization_datasets(org, None):
            dataset = dataset_from_api(item, site_of(client.base_url))
            found.setdefault(dataset.id, dataset)
        progress((done + 1) / len(organizations), "desk-refreshing")
    return DeskSnapshot(platform, organizations, timestamp(), tuple(found.values()))


@dataclass
class DeskCache:
    """desk.json in the agent's profile: one snapshot per platform, and the population."""

    root: Path
    snapshots: dict[str, DeskSnapshot] = field(default_factory=dict)
    population: int | None = None

    @property
    def path(self) -> Path:
        """Where the cache lives."""
        return self.root / CACHE_FILE

    @classmethod
    def load(cls, root: Path) -> DeskCache:
        """The cache, empty when missing, damaged or written by a newer DataMairie."""
        cache = cls(root)
        try:
            document = json.loads(cache.path.read_text(encoding="utf-8"))
            if document.get("format") != FORMAT or document.get("version") != VERSION:
                return cache
            population = document.get("population")
            cache.population = population if isinstance(population, int) else None
            for platform, item in (document.get("platforms") or {}).items():
                cache.snapshots[str(platform)] = DeskSnapshot(
                    platform=str(platform),
                    organizations=tuple(str(org) for org in item.get("organizations") or ()),
                    refreshed_at=str(item["refreshed_at"]),
                    datasets=tuple(PublishedDataset.from_cache(d) for d in item["datasets"]),
                )
        except FileNotFoundError:
            return cache
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.warning("desk cache unreadable, starting afresh")
            return cls(root)
        return cache

    def save(self) -> None:
        """Write the cache atomically (a failure only costs the offline view: logged)."""
        document = {
            "format": FORMAT,
            "version": VERSION,
            "population": self.population,
            "platforms": {name: shot.to_cache() for name, shot in self.snapshots.items()},
        }
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with replaced_atomically(self.path) as stream:
                json.dump(document, stream, ensure_ascii=False, indent=1)
        except OSError:
            log.warning("desk cache could not be written")
