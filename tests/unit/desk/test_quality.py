"""data.gouv.fr's nine quality criteria, computed before publishing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.desk.frequency import is_late, on_time
from desktop_app.core.desk.quality import (
    CRITERIA,
    QualityScore,
    ResourceFacts,
    compute_quality,
    quality_of_plan,
)
from desktop_app.core.publication import PublicationPlan, TemporalCoverage

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _full_plan(**changes: object) -> PublicationPlan:
    plan = PublicationPlan(
        csv_path=Path("d.csv"),
        title="Délibérations",
        description="x" * 101,
        frequency="monthly",
        temporal_coverage=TemporalCoverage("2024-01-01", "2024-12-31"),
        spatial_zones=("fr:commune:38185",),
        spatial_granularity="fr:commune",
        resource_description="Le fichier des délibérations.",
    )
    return PublicationPlan(**{**plan.__dict__, **changes})


def test_a_complete_plan_meets_every_criterion() -> None:
    score = quality_of_plan(_full_plan(), NOW)
    assert score.points == 9
    assert score.score == 1.0
    assert score.missing == ()


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"description": "x" * 100}, ("dataset_description_quality",)),
        ({"temporal_coverage": None}, ("temporal_coverage",)),
        (
            {"spatial_zones": (), "spatial_granularity": None},
            ("spatial",),
        ),
        ({"frequency": "unknown"}, ("update_frequency", "update_fulfilled_in_time")),
        ({"resource_description": ""}, ("resources_documentation",)),
    ],
)
def test_each_missing_field_costs_its_points(
    changes: dict[str, object], missing: tuple[str, ...]
) -> None:
    score = quality_of_plan(_full_plan(**changes), NOW)
    assert score.missing == missing
    assert score.score == pytest.approx((9 - len(missing)) / 9)


def test_a_frequency_without_a_delay_is_always_on_time() -> None:
    score = quality_of_plan(_full_plan(frequency="punctual"), NOW)
    assert score.met("update_frequency")
    assert score.met("update_fulfilled_in_time")


def _files_score(*files: ResourceFacts) -> QualityScore:
    return compute_quality(
        licence="lov2",
        temporal_coverage=True,
        spatial=True,
        frequency="annual",
        last_update=NOW,
        now=NOW,
        description="",
        resources=files,
    )


def test_closed_formats_unavailable_links_and_documentation_files() -> None:
    excel = ResourceFacts(format="xlsx")
    broken_link = ResourceFacts(format="csv", remote=True, available=False)
    notice = ResourceFacts(format="pdf", type="documentation")
    closed = _files_score(excel)
    assert not closed.met("has_open_format")
    assert not closed.met("resources_documentation")
    assert _files_score(excel, notice).met("resources_documentation")
    assert not _files_score(broken_link).met("all_resources_available")
    assert _files_score(ResourceFacts(remote=True)).met("all_resources_available")
    nothing = _files_score()
    assert not nothing.met("all_resources_available")
    assert not nothing.met("has_open_format")


def test_the_platforms_quality_object_is_read_as_is() -> None:
    read = QualityScore.from_api({"license": True, "spatial": True, "score": 2 / 9})
    assert read is not None
    assert read.points == 2
    assert read.to_json()["score"] == pytest.approx(2 / 9)
    criteria = read.to_json()["criteria"]
    assert isinstance(criteria, dict)
    assert set(criteria) == set(CRITERIA)
    assert QualityScore.from_api(None) is None
    assert QualityScore.from_api({}) is None


@pytest.mark.parametrize(
    ("age", "late"),
    [
        (timedelta(days=31), False),
        (timedelta(days=32), False),  # one day's delay is tolerated, as by data.gouv.fr
        (timedelta(days=32, minutes=1), True),
        (timedelta(days=90), True),
    ],
)
def test_lateness_follows_the_platforms_one_day_tolerance(age: timedelta, late: bool) -> None:
    assert is_late("monthly", NOW - age, NOW) is late
    assert on_time("monthly", NOW - age, NOW) is not late


def test_frequencies_without_a_delay_are_never_late() -> None:
    long_ago = NOW - timedelta(days=4000)
    assert not is_late("punctual", long_ago, NOW)
    assert not is_late("unknown", long_ago, NOW)
    assert not is_late(None, long_ago, NOW)
    assert is_late("annual", long_ago, NOW)
