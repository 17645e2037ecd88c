"""A dataset's description as it will be sent to data.gouv.fr."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop_app.core.metadata.keywords import normalised_keywords
from desktop_app.core.metadata.vocabulary import DEFAULT_FREQUENCY, RECOMMENDED_LICENCE


@dataclass(frozen=True)
class TemporalCoverage:
    """The period the data covers; ``end`` is None for data still running."""

    start: date
    end: date | None = None

    def to_json(self) -> dict[str, str | None]:
        """As data.gouv.fr takes it: ISO dates."""
        return {
            "start": self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> TemporalCoverage:
        """Read a coverage stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        end = document.get("end")
        return cls(
            date.fromisoformat(document["start"]), None if end is None else date.fromisoformat(end)
        )


@dataclass(frozen=True)
class DatasetMetadata:
    """Title, description, keywords, frequency, coverage and licence of one dataset.

    ``zones`` are data.gouv.fr zone ids (``fr:commune:38433``); ``granularity`` is
    ``fr:commune`` for figures about the commune, ``poi`` for lists of places.
    """

    title: str = ""
    description: str = ""
    keywords: tuple[str, ...] = ()
    frequency: str = DEFAULT_FREQUENCY
    temporal_coverage: TemporalCoverage | None = None
    zones: tuple[str, ...] = ()
    granularity: str = "fr:commune"
    licence: str = RECOMMENDED_LICENCE

    def with_keywords(self, texts: list[str] | tuple[str, ...]) -> DatasetMetadata:
        """A copy with the agent's keywords, slugified as data.gouv.fr will store them."""
        return replace(self, keywords=normalised_keywords(texts))

    def to_json(self) -> dict[str, Any]:
        """The metadata as stored in the project file."""
        return {
            "title": self.title,
            "description": self.description,
            "keywords": list(self.keywords),
            "frequency": self.frequency,
            "temporal_coverage": None
            if self.temporal_coverage is None
            else self.temporal_coverage.to_json(),
            "zones": list(self.zones),
            "granularity": self.granularity,
            "licence": self.licence,
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> DatasetMetadata:
        """Read metadata stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        coverage = document.get("temporal_coverage")
        return cls(
            title=str(document.get("title", "")),
            description=str(document.get("description", "")),
            keywords=tuple(str(word) for word in document.get("keywords", [])),
            frequency=str(document.get("frequency", DEFAULT_FREQUENCY)),
            temporal_coverage=None if coverage is None else TemporalCoverage.from_json(coverage),
            zones=tuple(str(zone) for zone in document.get("zones", [])),
            granularity=str(document.get("granularity", "fr:commune")),
            licence=str(document.get("licence", RECOMMENDED_LICENCE)),
        )

    def dataset_payload(self) -> dict[str, Any]:
        """The fields of a data.gouv.fr dataset this metadata fills (POST or full PUT).

        Every field is always present: a PUT without ``tags`` or ``temporal_coverage``
        would wipe them on data.gouv.fr.
        """
        return {
            "title": self.title,
            "description": self.description,
            "license": self.licence,
            "frequency": self.frequency,
            "temporal_coverage": None
            if self.temporal_coverage is None
            else self.temporal_coverage.to_json(),
            "spatial": {"zones": list(self.zones), "granularity": self.granularity}
            if self.zones
            else None,
            "tags": list(self.keywords),
        }
