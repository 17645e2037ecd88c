"""data.gouv.fr's quality score of a dataset, computed the way the platform does.

The nine criteria and their names are udata's (``Dataset.compute_quality``): one point each,
the score being the points over nine. DataMairie computes them from what is about to be
sent, so the agent sees the score before publishing, and reads the platform's own ``quality``
for datasets already published. udata 17.x facts: a description counts when longer than 100
characters (not trimmed); PDF, Word and Excel files are not open formats; only linked
(remote) files are checked for availability; a file with a description, or a documentation
file, documents the dataset; a frequency without a regular delay is always "on time".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType

from desktop_app.core.desk.frequency import on_time
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.publication.plan import PublicationPlan
from desktop_app.core.publication.plan import TemporalCoverage as PlanCoverage

CRITERIA: tuple[str, ...] = (
    "license",
    "temporal_coverage",
    "spatial",
    "update_frequency",
    "update_fulfilled_in_time",
    "dataset_description_quality",
    "has_open_format",
    "all_resources_available",
    "resources_documentation",
)
"""udata's criteria, in the order the pages list them."""

MAX_POINTS = len(CRITERIA)
DESCRIPTION_LENGTH = 100
CLOSED_FORMATS = frozenset({"pdf", "doc", "docx", "word", "xls", "excel", "xlsx"})


@dataclass(frozen=True)
class ResourceFacts:
    """What the score needs to know of one file of a dataset."""

    format: str = "csv"
    description: str = ""
    type: str = "main"
    remote: bool = False
    available: bool | None = None  # the link checker's verdict on a remote file, if any

    @classmethod
    def from_api(cls, resource: Mapping[str, object]) -> ResourceFacts:
        """A resource as the API returns it."""
        extras = resource.get("extras")
        checked = extras.get("check:available") if isinstance(extras, Mapping) else None
        return cls(
            format=str(resource.get("format") or ""),
            description=str(resource.get("description") or ""),
            type=str(resource.get("type") or ""),
            remote=resource.get("filetype") == "remote",
            available=checked if isinstance(checked, bool) else None,
        )


@dataclass(frozen=True)
class QualityScore:
    """Which of the nine criteria a dataset meets; ``score`` is on the platform's 0-1 scale."""

    criteria: Mapping[str, bool] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def points(self) -> int:
        """How many criteria are met, out of nine."""
        return sum(1 for name in CRITERIA if self.criteria.get(name))

    @property
    def score(self) -> float:
        """As the API's ``quality.score``: points divided by nine."""
        return self.points / MAX_POINTS

    @property
    def missing(self) -> tuple[str, ...]:
        """The criteria not met, in the pages' order."""
        return tuple(name for name in CRITERIA if not self.criteria.get(name))

    def to_json(self) -> dict[str, object]:
        """``{score, criteria{}}`` as in ``datamairie desk --json``."""
        return {"score": self.score, "criteria": {name: self.met(name) for name in CRITERIA}}

    def met(self, name: str) -> bool:
        """Whether one criterion is met."""
        return bool(self.criteria.get(name))

    @classmethod
    def from_api(cls, quality: object) -> QualityScore | None:
        """The platform's own ``quality`` object, None when the answer has none."""
        if not isinstance(quality, Mapping) or not quality:
            return None
        return cls(MappingProxyType({name: bool(quality.get(name)) for name in CRITERIA}))


def compute_quality(
    *,
    licence: str | None,
    temporal_coverage: bool,
    spatial: bool,
    frequency: str | None,
    last_update: datetime | None,
    now: datetime,
    description: str,
    resources: Iterable[ResourceFacts],
) -> QualityScore:
    """The nine criteria for a dataset with these fields and files."""
    files = tuple(resources)
    has_frequency = frequency not in (None, "", "unknown")
    criteria = {
        "license": bool(licence),
        "temporal_coverage": temporal_coverage,
        "spatial": spatial,
        "update_frequency": has_frequency,
        "update_fulfilled_in_time": has_frequency
        and on_time(str(frequency), last_update or now, now),
        "dataset_description_quality": len(description) > DESCRIPTION_LENGTH,
        "has_open_format": any(
            file.format and file.format.lower() not in CLOSED_FORMATS for file in files
        ),
        # udata's all() over the remote files' checks: "unknown" (never checked) counts as fine.
        "all_resources_available": bool(files)
        and all(file.available is not False for file in files if file.remote),
        "resources_documentation": any(
            file.type == "documentation" or file.description for file in files
        ),
    }
    return QualityScore(MappingProxyType(criteria))


def quality_of_plan(
    plan: PublicationPlan, now: datetime, others: Iterable[ResourceFacts] = ()
) -> QualityScore:
    """The score the dataset will have once this plan is published (its file sent now).

    ``others`` are the files an updated dataset keeps beside the one replaced.
    """
    sent = ResourceFacts(format="csv", description=plan.resource_description, type="main")
    return compute_quality(
        licence=plan.licence,
        temporal_coverage=plan.temporal_coverage is not None,
        spatial=bool(plan.spatial_zones or plan.spatial_granularity),
        frequency=plan.frequency,
        last_update=now,
        now=now,
        description=plan.description,
        resources=(sent, *others),
    )


FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "license": "licence",
        "temporal_coverage": "temporal_coverage",
        "spatial": "zones",
        "update_frequency": "frequency",
        "update_fulfilled_in_time": "frequency",
        "dataset_description_quality": "description",
    }
)
"""The description field that earns each criterion (the others depend on the files sent)."""


def quality_of_metadata(metadata: DatasetMetadata, now: datetime) -> QualityScore:
    """The score the dataset will have once published with this description.

    DataMairie sends one CSV file (an open format) with a description of its own, so the
    file criteria are met; the others depend on what the agent wrote.
    """
    coverage = metadata.temporal_coverage
    plan = PublicationPlan(
        csv_path=Path("donnees.csv"),
        title=metadata.title,
        description=metadata.description,
        licence=metadata.licence,
        frequency=metadata.frequency,
        temporal_coverage=None if coverage is None else PlanCoverage(coverage.start.isoformat()),
        spatial_zones=metadata.zones,
        spatial_granularity=metadata.granularity or None,
        resource_description="described",
    )
    return quality_of_plan(plan, now)
