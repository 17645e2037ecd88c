"""The desk against the real udata: statuses, scores and usage read back from the platform.

The datasets are made through the API; the fixture's test route stands for time passing,
the metrics service and the link checker (see tests/udata/server.py). The server is shared
with other tests, so only the datasets made here are looked at.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.core.desk.datasets import PublishedDataset
from desktop_app.core.desk.obligations import ObligationStatus, load_obligations
from desktop_app.core.desk.quality import (
    ResourceFacts,
    compute_quality,
    quality_of_metadata,
    quality_of_plan,
)
from desktop_app.core.desk.service import refresh_desk
from desktop_app.core.desk.snapshot import DeskCache
from desktop_app.core.desk.view import build_desk
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.metadata.model import TemporalCoverage as CoverageDays
from desktop_app.core.publication import (
    DataGouvClient,
    PublicationState,
    TemporalCoverage,
    connect,
    publish,
)
from desktop_app.core.publication.plan import plan_from_metadata
from desktop_app.paths import resources_dir
from desktop_app.texts.publication_details import resource_description
from tests.integration.publication.helpers import Recorder, new_plan, write_csv
from tests.udata_server import Udata

pytestmark = pytest.mark.integration


def _client(udata: Udata) -> DataGouvClient:
    return connect(udata.base_url, udata.api_key)


@pytest.fixture(autouse=True)
def _server_listening(udata: Udata) -> None:
    """The server prints its seed just before it listens: a reading call waits for it."""
    _client(udata).account()


def _made(udata: Udata, title: str, frequency: str, schema: str, **fields: Any) -> str:
    """A dataset with one linked CSV file of the schema, made through the API."""
    client = _client(udata)
    dataset = client.create_dataset(
        {
            "title": title,
            "description": fields.pop("description", "Des données de la commune."),
            "organization": udata.organization,
            "frequency": frequency,
            "license": "lov2",
            **fields,
        }
    )
    client.transport.call(
        "POST",
        f"/datasets/{dataset['id']}/resources/",
        json_body={
            "title": title,
            "url": "https://example.org/fichier.csv",
            "filetype": "remote",
            "format": "csv",
            "type": "main",
            "schema": {"name": schema},
        },
    )
    return str(dataset["id"])


def _age(udata: Udata, dataset_id: str, **changes: Any) -> None:
    answer = requests.post(
        f"{udata.base_url}/_tests/datasets/{dataset_id}/", json=changes, timeout=30
    )
    answer.raise_for_status()


def _ours(snapshot_datasets: tuple[PublishedDataset, ...], ids: set[str]) -> dict[str, Any]:
    return {d.id: d for d in snapshot_datasets if d.id in ids}


def test_the_desk_reads_statuses_scores_and_usage_from_udata(tmp_path: Path, udata: Udata) -> None:
    now = datetime.now(UTC)
    late = _made(
        udata, "Délibérations du conseil", "monthly", "scdl/deliberations", description="x" * 150
    )
    _age(
        udata,
        late,
        last_modified=(now - timedelta(days=95)).replace(tzinfo=None).isoformat(),
        metrics={"views": 42, "resources_downloads": 7, "reuses": 2},
        available=False,
    )
    once = _made(udata, "Budget primitif", "punctual", "scdl/budget")
    _age(udata, once, last_modified=(now - timedelta(days=900)).replace(tzinfo=None).isoformat())
    plan = new_plan(
        write_csv(tmp_path),
        udata.base_url,
        udata.organization,
        schema_name="scdl/subventions",
        schema_version="2.1.1",
        frequency="annual",
    )
    result = publish(plan, _client(udata), PublicationState(), record=Recorder())
    fresh = str(result.state.dataset_id)

    snapshot = refresh_desk(tmp_path, udata.base_url, udata.organization, udata.api_key, connect)
    ours = _ours(snapshot.datasets, {late, once, fresh})
    assert set(ours) == {late, once, fresh}
    assert ours[late].schema == "scdl/deliberations"
    assert ours[late].late(now)
    assert not ours[once].late(now)  # a punctual dataset is never late
    assert not ours[fresh].late(now)
    assert ours[late].metrics is not None
    assert ours[late].metrics.to_json() == {"views": 42, "downloads": 7, "reuses": 2}
    assert ours[fresh].metrics is not None
    assert ours[fresh].metrics.views == 0
    assert ours[late].page.endswith(f"/datasets/{late}/") or "/datasets/" in ours[late].page

    # The score shown is the platform's own; DataMairie's computation agrees with it.
    for dataset_id, expected_points in ((late, 4), (fresh, 9)):
        read = _client(udata).dataset(dataset_id)
        shown = ours[dataset_id].quality
        assert shown is not None
        assert shown.score == pytest.approx(read["quality"]["score"])
        assert shown.points == expected_points
        ours_computed = compute_quality(
            licence=read.get("license"),
            temporal_coverage=bool(read.get("temporal_coverage")),
            spatial=bool(read.get("spatial")),
            frequency=read.get("frequency"),
            last_update=datetime.fromisoformat(read["last_update"]),
            now=now,
            description=read.get("description") or "",
            resources=[ResourceFacts.from_api(r) for r in read["resources"]],
        )
        assert dict(ours_computed.criteria) == dict(shown.criteria)

    # Kept in the profile: the same desk offline.
    assert DeskCache.load(tmp_path).snapshots[udata.base_url] == snapshot
    desk = build_desk(snapshot, load_obligations(resources_dir()), 5000, now)
    statuses = {line.obligation.id: line for line in desk.obligations}
    assert statuses["subventions"].status is ObligationStatus.PUBLISHED
    assert statuses["budget"].status is ObligationStatus.PUBLISHED
    assert statuses["equipements"].status is ObligationStatus.NEVER
    # Délibérations may also be published fresh by other tests sharing the server: late
    # only when every délibérations dataset is.
    deliberations = [d for d in snapshot.datasets if d.schema == "scdl/deliberations"]
    expected = (
        ObligationStatus.LATE
        if all(d.late(now) for d in deliberations)
        else ObligationStatus.PUBLISHED
    )
    assert statuses["deliberations"].status is expected
    assert late in {d.id for d in desk.late_datasets()}
    payload = desk.to_json("fr")
    shown_late = next(item for item in payload["datasets"] if item["id"] == late)
    assert shown_late["late"] is True
    assert shown_late["quality"]["score"] == pytest.approx(4 / 9)


COMBINATIONS: dict[str, dict[str, Any]] = {
    "complete": {},
    "short-description-no-period": {"description": "Trop court.", "temporal_coverage": None},
    "frequency-unknown-file-undescribed": {"frequency": "unknown", "resource_description": ""},
    "no-place-punctual": {
        "spatial_zones": (),
        "spatial_granularity": None,
        "frequency": "punctual",
    },
    "odbl-only-granularity": {
        "licence": "odc-odbl",
        "spatial_zones": (),
        "temporal_coverage": TemporalCoverage("2024-01-01"),
    },
}


@pytest.mark.parametrize("changes", COMBINATIONS.values(), ids=COMBINATIONS.keys())
def test_the_score_before_publishing_is_udatas_after(
    tmp_path: Path, udata: Udata, changes: dict[str, Any]
) -> None:
    plan = new_plan(write_csv(tmp_path), udata.base_url, udata.organization, **changes)
    before = quality_of_plan(plan, datetime.now(UTC))
    result = publish(plan, _client(udata), PublicationState(), record=Recorder())
    read = _client(udata).dataset(str(result.state.dataset_id))["quality"]
    assert read["score"] == pytest.approx(before.score)
    assert {name: bool(read.get(name)) for name in before.criteria} == dict(before.criteria)


def test_the_score_of_an_update_is_udatas_after(tmp_path: Path, udata: Udata) -> None:
    first = new_plan(write_csv(tmp_path), udata.base_url, udata.organization)
    published = publish(first, _client(udata), PublicationState(), record=Recorder())
    update = new_plan(
        write_csv(tmp_path, "deliberations-fevrier.csv", rows=5),
        udata.base_url,
        udata.organization,
        dataset_id=published.state.dataset_id,
        frequency="unknown",
        description="Mise à jour.",
    )
    before = quality_of_plan(update, datetime.now(UTC))
    assert before.points == 6
    publish(update, _client(udata), PublicationState(), record=Recorder())
    read = _client(udata).dataset(str(published.state.dataset_id))["quality"]
    assert read["score"] == pytest.approx(before.score)


METADATA: dict[str, dict[str, Any]] = {
    "wizard-defaults": {},
    "frequency-unknown": {"frequency": "unknown"},
    "no-period-short-description": {"temporal_coverage": None, "description": "Délibérations."},
    "no-zone": {"zones": ()},
}


@pytest.mark.parametrize("changes", METADATA.values(), ids=METADATA.keys())
def test_the_description_pages_score_is_udatas_after(
    tmp_path: Path, udata: Udata, changes: dict[str, Any]
) -> None:
    """What the Description page shows, published through the wizard's own plan."""
    metadata = DatasetMetadata(
        title=f"Délibérations {uuid.uuid4().hex[:8]}",
        description="Les délibérations adoptées par le conseil municipal de Grenoble, au "
        "format du schéma national SCDL des délibérations, mises à jour chaque mois.",
        keywords=("deliberations",),
        frequency="monthly",
        temporal_coverage=CoverageDays(date(2024, 1, 1), date(2024, 12, 31)),
        zones=("fr:commune:38185",),
    )
    metadata = replace(metadata, **changes)
    before = quality_of_metadata(metadata, datetime.now(UTC))
    plan = plan_from_metadata(
        metadata,
        write_csv(tmp_path),
        schema=("scdl/deliberations", "2.1.5"),
        state=PublicationState(platform=udata.base_url, organization=udata.organization),
        resource_description=resource_description("scdl/deliberations"),
    )
    result = publish(plan, _client(udata), PublicationState(), record=Recorder())
    read = _client(udata).dataset(str(result.state.dataset_id))["quality"]
    assert read["score"] == pytest.approx(before.score)
    assert {name: bool(read.get(name)) for name in before.criteria} == dict(before.criteria)
