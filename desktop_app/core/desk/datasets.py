"""The commune's datasets on data.gouv.fr, as the desk keeps and shows them.

Read from the organisation's datasets (``GET /datasets/?organization=``), with what the desk
needs only: the schema and the last update of the main file, the frequency, the platform's
quality score and the usage figures (``metrics``) when the answer carries them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.core.desk.frequency import is_late, next_update
from desktop_app.core.desk.quality import QualityScore
from desktop_app.core.publication.checks import main_resource


@dataclass(frozen=True)
class DatasetMetrics:
    """How much the dataset is used: page views, file downloads, reuses."""

    views: int
    downloads: int
    reuses: int

    def to_json(self) -> dict[str, int]:
        """As in ``datamairie desk --json``."""
        return {"views": self.views, "downloads": self.downloads, "reuses": self.reuses}

    @classmethod
    def from_api(cls, metrics: object) -> DatasetMetrics | None:
        """The ``metrics`` object of udata, None when the answer has none."""
        if not isinstance(metrics, Mapping) or not metrics:
            return None
        return cls(
            views=_count(metrics.get("views")),
            downloads=_count(metrics.get("resources_downloads")),
            reuses=_count(metrics.get("reuses")),
        )


@dataclass(frozen=True)
class PublishedDataset:
    """One of the commune's datasets, as last read from data.gouv.fr.

    ``last_update`` is the main file's last change (ISO), ``dataset_update`` the platform's
    own ``last_update``, which lateness and the quality score are computed from.
    """

    id: str
    title: str
    page: str
    schema: str | None
    last_update: str | None
    dataset_update: str | None
    frequency: str
    private: bool
    quality: QualityScore | None
    metrics: DatasetMetrics | None
    resource_id: str | None = None

    def late(self, now: datetime) -> bool:
        """Whether the dataset is late for its frequency (data.gouv.fr's rule)."""
        return is_late(self.frequency, parse_moment(self.dataset_update), now)

    def expected_by(self) -> datetime | None:
        """When the next update was expected, for frequencies with a regular delay."""
        moment = parse_moment(self.dataset_update)
        return None if moment is None else next_update(self.frequency, moment)

    def to_json(self, now: datetime) -> dict[str, Any]:
        """The JSON contract of ``datamairie desk`` (see docs/cli.md)."""
        return {
            "id": self.id,
            "title": self.title,
            "page": self.page,
            "schema": self.schema,
            "last_update": self.last_update,
            "frequency": self.frequency,
            "late": self.late(now),
            "private": self.private,
            "quality": None if self.quality is None else self.quality.to_json(),
            "metrics": None if self.metrics is None else self.metrics.to_json(),
        }

    def to_cache(self) -> dict[str, Any]:
        """As kept in the profile's desk cache."""
        return {
            "id": self.id,
            "title": self.title,
            "page": self.page,
            "schema": self.schema,
            "last_update": self.last_update,
            "dataset_update": self.dataset_update,
            "frequency": self.frequency,
            "private": self.private,
            "quality": None if self.quality is None else dict(self.quality.criteria),
            "metrics": None if self.metrics is None else self.metrics.to_json(),
            "resource_id": self.resource_id,
        }

    @classmethod
    def from_cache(cls, item: Mapping[str, Any]) -> PublishedDataset:
        """Read an entry written by ``to_cache``.

        Raises:
            KeyError, TypeError, ValueError: the cache is damaged (the caller starts afresh).
        """
        metrics = item.get("metrics")
        return cls(
            id=str(item["id"]),
            title=str(item["title"]),
            page=str(item.get("page") or ""),
            schema=_optional(item.get("schema")),
            last_update=_optional(item.get("last_update")),
            dataset_update=_optional(item.get("dataset_update")),
            frequency=str(item.get("frequency") or "unknown"),
            private=bool(item.get("private")),
            quality=QualityScore.from_api(item.get("quality")),
            metrics=None
            if not isinstance(metrics, Mapping)
            else DatasetMetrics(
                int(metrics["views"]), int(metrics["downloads"]), int(metrics["reuses"])
            ),
            resource_id=_optional(item.get("resource_id")),
        )


def site_of(api_root: str) -> str:
    """The web site of an API root (``https://www.data.gouv.fr`` for ``…/api/1``)."""
    root = api_root.rstrip("/")
    return root.removesuffix("/api/1")


def dataset_from_api(dataset: Mapping[str, Any], site: str = "") -> PublishedDataset:
    """A dataset as ``GET /datasets/`` returns it; ``site`` builds its page when none is given."""
    resources = [r for r in dataset.get("resources") or () if isinstance(r, dict)]
    main = main_resource({"resources": resources}, None) or next(
        (r for r in resources if r.get("type") == "main"), None
    )
    schema = None
    for resource in ([main] if main else []) + resources:
        name = (resource.get("schema") or {}).get("name")
        if name:
            schema = str(name)
            break
    return PublishedDataset(
        id=str(dataset["id"]),
        title=str(dataset.get("title") or ""),
        page=str(dataset.get("page") or (f"{site}/datasets/{dataset['id']}/" if site else "")),
        schema=schema,
        last_update=_optional(main.get("last_modified") if main else dataset.get("last_update")),
        dataset_update=_optional(dataset.get("last_update")),
        frequency=str(dataset.get("frequency") or "unknown"),
        private=bool(dataset.get("private")),
        quality=QualityScore.from_api(dataset.get("quality")),
        metrics=DatasetMetrics.from_api(dataset.get("metrics")),
        resource_id=None if main is None else _optional(main.get("id")),
    )


def parse_moment(value: str | None) -> datetime | None:
    """An ISO moment from the API (naive ones are UTC), None when absent or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _optional(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
