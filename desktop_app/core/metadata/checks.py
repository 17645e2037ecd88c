"""Everything data.gouv.fr would refuse in a dataset's description, found before sending it.

Each field gets at most one problem, with a code the texts catalogue words in French: the
agent corrects it on the description page and publishing never fails on a 400. A few
problems are only advice (``blocking`` false): data.gouv.fr accepts the dataset, but its
quality score counts the missing piece against it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.metadata.keywords import keyword_fits, slugify_keyword
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.metadata.vocabulary import (
    COMMUNE_PLACEHOLDER,
    DEFAULT_FREQUENCY,
    FREQUENCIES,
    GRANULARITIES,
    LICENCE_IDS,
)

TITLE_MAX = 350
DESCRIPTION_MAX = 100_000
DESCRIPTION_QUALITY = 100
_COMMUNE_ZONE = re.compile(r"^fr:commune:(\d{5}|2[ab]\d{3})$", re.IGNORECASE)


@dataclass(frozen=True)
class MetadataProblem:
    """What is wrong with one field of the description, as a code with its details."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    blocking: bool = True


def check_metadata(
    metadata: DatasetMetadata, communes: CommuneDirectory | None = None
) -> tuple[MetadataProblem, ...]:
    """The problems of each field, in the order of the description page.

    With ``communes``, each commune zone is also checked against the list of communes that
    exist today (data.gouv.fr refuses the others).
    """
    found = (
        _title(metadata),
        _description(metadata),
        _keywords(metadata),
        _frequency(metadata),
        _coverage(metadata),
        _zones(metadata, communes),
        _granularity(metadata),
        _licence(metadata),
    )
    return tuple(problem for problem in found if problem is not None)


def blocking(problems: tuple[MetadataProblem, ...]) -> tuple[MetadataProblem, ...]:
    """The problems that would make data.gouv.fr refuse the dataset."""
    return tuple(problem for problem in problems if problem.blocking)


def _problem(name: str, code: str, *, advice: bool = False, **params: object) -> MetadataProblem:
    return MetadataProblem(name, code, MappingProxyType(params), blocking=not advice)


def _title(metadata: DatasetMetadata) -> MetadataProblem | None:
    if not metadata.title.strip():
        return _problem("title", "metadata-title-missing")
    if len(metadata.title) > TITLE_MAX:
        return _problem("title", "metadata-title-too-long", count=len(metadata.title))
    if COMMUNE_PLACEHOLDER in metadata.title:
        return _problem("title", "metadata-title-placeholder", value=COMMUNE_PLACEHOLDER)
    return None


def _description(metadata: DatasetMetadata) -> MetadataProblem | None:
    length = len(metadata.description.strip())
    if not length:
        return _problem("description", "metadata-description-missing")
    if len(metadata.description) > DESCRIPTION_MAX:
        return _problem(
            "description", "metadata-description-too-long", count=len(metadata.description)
        )
    if COMMUNE_PLACEHOLDER in metadata.description:
        return _problem(
            "description", "metadata-description-placeholder", value=COMMUNE_PLACEHOLDER
        )
    if length < DESCRIPTION_QUALITY:
        return _problem("description", "metadata-description-short", advice=True, count=length)
    return None


def _keywords(metadata: DatasetMetadata) -> MetadataProblem | None:
    for keyword in metadata.keywords:
        slug = slugify_keyword(keyword)
        if not keyword_fits(slug):
            return _problem("keywords", "metadata-keyword-length", value=keyword)
    return None


def _frequency(metadata: DatasetMetadata) -> MetadataProblem | None:
    if metadata.frequency not in FREQUENCIES:
        return _problem("frequency", "metadata-frequency-unknown", value=metadata.frequency)
    if metadata.frequency == DEFAULT_FREQUENCY:
        return _problem("frequency", "metadata-frequency-unset", advice=True)
    return None


def _coverage(metadata: DatasetMetadata) -> MetadataProblem | None:
    coverage = metadata.temporal_coverage
    if coverage is None:
        return _problem("temporal_coverage", "metadata-coverage-missing", advice=True)
    if coverage.end is not None and coverage.end < coverage.start:
        return _problem(
            "temporal_coverage",
            "metadata-coverage-reversed",
            first=coverage.start.isoformat(),
            last=coverage.end.isoformat(),
        )
    return None


def _zones(metadata: DatasetMetadata, communes: CommuneDirectory | None) -> MetadataProblem | None:
    if not metadata.zones:
        return _problem("zones", "metadata-zone-missing", advice=True)
    for zone in metadata.zones:
        shape = _COMMUNE_ZONE.match(zone)
        if shape is None and not zone.startswith(("fr:", "country")):
            return _problem("zones", "metadata-zone-invalid", value=zone)
        if shape is not None and communes is not None and communes.by_code(shape[1]) is None:
            return _problem("zones", "metadata-zone-unknown", value=zone)
    return None


def _granularity(metadata: DatasetMetadata) -> MetadataProblem | None:
    if metadata.granularity not in GRANULARITIES:
        return _problem("granularity", "metadata-granularity-unknown", value=metadata.granularity)
    return None


def _licence(metadata: DatasetMetadata) -> MetadataProblem | None:
    if metadata.licence not in LICENCE_IDS:
        return _problem("licence", "metadata-licence-unknown", value=metadata.licence)
    return None
