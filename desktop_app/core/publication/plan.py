"""Exactly what a publication will send to data.gouv.fr, shown to the agent beforehand."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.publication.state import PublicationState

DATASET_MARKER = "datamairie:publication"
"""The dataset extra that identifies a first publication, so a retry finds it again."""


@dataclass(frozen=True)
class TemporalCoverage:
    """The period the data covers, as ISO dates (``end`` None while it is ongoing)."""

    start: str
    end: str | None = None

    def to_json(self) -> dict[str, str | None]:
        """The coverage as udata takes it."""
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class PublicationPlan:
    """What will be sent: the file, the dataset's description, its resource, where and how.

    ``licence`` and ``frequency`` are data.gouv.fr ids (``lov2``, ``annual``);
    ``spatial_zones`` are zone ids (``fr:commune:38185``); ``organization`` an id or slug,
    or None for the account's only organisation; ``platform`` is ``www``, ``demo`` or a URL;
    ``dataset_id`` is the dataset to update (None: a new dataset).
    """

    csv_path: Path
    title: str
    description: str
    licence: str = "lov2"
    frequency: str = "unknown"
    tags: tuple[str, ...] = ()
    temporal_coverage: TemporalCoverage | None = None
    spatial_zones: tuple[str, ...] = ()
    spatial_granularity: str | None = None
    schema_name: str | None = None
    schema_version: str | None = None
    resource_title: str = ""
    resource_description: str = ""
    organization: str | None = None
    platform: str = "demo"
    draft: bool = False
    dataset_id: str | None = None
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def mode(self) -> str:
        """``new`` for a first publication, ``update`` to replace an existing dataset's file."""
        return "new" if self.dataset_id is None else "update"

    def dataset_metadata(self) -> dict[str, Any]:
        """The dataset fields this plan sets, as udata names them."""
        metadata: dict[str, Any] = {
            "title": self.title,
            "description": self.description,
            "license": self.licence,
            "frequency": self.frequency,
            "tags": list(self.tags),
            "temporal_coverage": (
                self.temporal_coverage.to_json() if self.temporal_coverage else None
            ),
        }
        if self.spatial_zones or self.spatial_granularity:
            spatial: dict[str, Any] = {"zones": list(self.spatial_zones)}
            if self.spatial_granularity:
                spatial["granularity"] = self.spatial_granularity
            metadata["spatial"] = spatial
        return metadata

    def creation_payload(self, organization_id: str, marker: str) -> dict[str, Any]:
        """The body that creates the dataset: private until the last step."""
        return {
            **self.dataset_metadata(),
            "organization": organization_id,
            "private": True,
            "extras": {**self.extras, DATASET_MARKER: marker},
        }

    def resource_metadata(self) -> dict[str, Any]:
        """The resource's title, description, type and schema (sent after every upload)."""
        metadata: dict[str, Any] = {
            "title": self.resource_title or self.title,
            "description": self.resource_description,
            "type": "main",
        }
        if self.schema_name:
            metadata["schema"] = {
                "name": self.schema_name,
                "version": self.schema_version or "latest",
            }
        return metadata

    def preview(self) -> dict[str, Any]:
        """Everything that will be sent, for the agent to read before publishing."""
        return {
            "file": self.csv_path.name,
            "platform": self.platform,
            "organization": self.organization,
            "mode": self.mode,
            "dataset_id": self.dataset_id,
            "draft": self.draft,
            "dataset": self.dataset_metadata(),
            "resource": self.resource_metadata(),
        }


def plan_from_metadata(
    metadata: DatasetMetadata,
    csv_path: Path,
    *,
    schema: tuple[str | None, str | None],
    state: PublicationState,
    resource_description: str = "",
) -> PublicationPlan:
    """The plan for a project's description (``core/metadata``) and its prepared CSV.

    ``resource_description`` is the file's description as data.gouv.fr shows it, in French
    (``texts.publication_details.resource_description``: core builds no sentence).
    """
    coverage = metadata.temporal_coverage
    return PublicationPlan(
        csv_path=csv_path,
        title=metadata.title,
        description=metadata.description,
        licence=metadata.licence,
        frequency=metadata.frequency,
        tags=metadata.keywords,
        temporal_coverage=None
        if coverage is None
        else TemporalCoverage(
            coverage.start.isoformat(), None if coverage.end is None else coverage.end.isoformat()
        ),
        spatial_zones=metadata.zones,
        spatial_granularity=metadata.granularity or None,
        schema_name=schema[0],
        schema_version=schema[1],
        resource_title=metadata.title,
        resource_description=resource_description,
        organization=state.organization,
        platform=state.platform,
        draft=state.draft,
        dataset_id=state.dataset_id if state.mode == "update" else None,
    )


def file_name_for(title: str, schema_name: str | None) -> str:
    """A plain file name for the published CSV (data.gouv.fr shows it in the download link).

    The one naming of the file: the wizard's Publication page and ``publish`` of a saved
    project both call it, so the same project is sent under the same name either way.
    """
    base = schema_name.rsplit("/", 1)[-1] if schema_name else title
    plain = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60]
    return f"{slug or 'donnees'}.csv"
