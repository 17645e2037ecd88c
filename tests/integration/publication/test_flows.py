"""Every publication flow, end to end against the real udata, read back through the API."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.core.errors import CancelledError
from desktop_app.core.publication import (
    DataGouvClient,
    PublicationState,
    PublicationStep,
    TemporalCoverage,
    publish,
    withdraw_first_publication,
)
from desktop_app.core.publication.upload import file_sha1
from desktop_app.core.tasks import CancelToken
from tests.integration.publication.conftest import Udata
from tests.integration.publication.faults import FaultyProxy
from tests.integration.publication.helpers import Recorder, datasets_titled, new_plan, write_csv

pytestmark = pytest.mark.integration

NEW_STEPS = [
    PublicationStep.DATASET_CREATED,
    PublicationStep.FILE_UPLOADED,
    PublicationStep.RESOURCE_DESCRIBED,
    PublicationStep.DATASET_PUBLISHED,
    PublicationStep.CHECKED,
]


def test_new_dataset_is_published_and_reads_back_as_planned(
    tmp_path: Path,
    udata: Udata,
    proxy: FaultyProxy,
    client: DataGouvClient,
    direct: DataGouvClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    csv_path = write_csv(tmp_path)
    plan = new_plan(csv_path, proxy.url, udata.organization_slug)
    recorder = Recorder()
    fractions: list[float] = []

    result = publish(
        plan,
        client,
        recorder.last,
        record=recorder,
        progress=lambda fraction, step: fractions.append(fraction),
    )

    assert result.published
    assert list(result.steps) == NEW_STEPS
    recorded_steps = [state.step for state in recorder.states[1:]]
    assert [s for s in recorded_steps if s is not PublicationStep.NOT_STARTED] == NEW_STEPS
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    dataset = direct.dataset(result.state.dataset_id or "")
    assert dataset["private"] is False
    assert dataset["title"] == plan.title
    assert dataset["license"] == "lov2"
    assert dataset["frequency"] == "monthly"
    assert sorted(dataset["tags"]) == ["conseil-municipal", "deliberations", "scdl"]
    assert dataset["temporal_coverage"] == {"start": "2024-01-01", "end": "2024-12-31"}
    assert dataset["spatial"]["zones"] == ["fr:commune:38185"]
    assert dataset["spatial"]["granularity"] == "fr:commune"
    assert dataset["organization"]["id"] == udata.organization
    [resource] = dataset["resources"]
    assert resource["id"] == result.state.resource_id
    assert resource["title"] == "Délibérations 2024"
    assert resource["type"] == "main"
    assert resource["schema"]["name"] == "scdl/deliberations"
    assert resource["schema"]["version"] == "2.1.5"
    assert resource["checksum"]["value"] == file_sha1(csv_path)
    assert resource["latest"] == result.state.resource_latest
    assert udata.api_key not in caplog.text
    assert proxy.count("POST", r"/datasets/$") == 1


def test_draft_stays_private_and_is_published_later(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient, direct: DataGouvClient
) -> None:
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.organization, draft=True)
    recorder = Recorder()

    draft = publish(plan, client, recorder.last, record=recorder)

    assert not draft.published
    assert draft.state.step is PublicationStep.RESOURCE_DESCRIBED
    assert direct.dataset(draft.state.dataset_id or "")["private"] is True

    final = publish(
        new_plan(plan.csv_path, proxy.url, udata.organization, title=plan.title),
        client,
        recorder.last,
        record=recorder,
    )

    assert final.published
    assert list(final.steps) == [PublicationStep.DATASET_PUBLISHED, PublicationStep.CHECKED]
    assert final.state.dataset_id == draft.state.dataset_id
    assert direct.dataset(final.state.dataset_id or "")["private"] is False
    assert len(datasets_titled(direct, udata.organization, plan.title)) == 1


def test_update_replaces_the_file_and_keeps_the_permanent_link(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient, direct: DataGouvClient
) -> None:
    first = new_plan(write_csv(tmp_path), proxy.url, udata.organization)
    published = publish(first, client, PublicationState(), record=Recorder())
    dataset_id = published.state.dataset_id
    next_month = write_csv(tmp_path, "deliberations-fevrier.csv", rows=5)
    update = new_plan(
        next_month,
        proxy.url,
        udata.organization,
        title="Un autre titre qui ne doit pas remplacer l'ancien",
        dataset_id=dataset_id,
        temporal_coverage=TemporalCoverage("2024-01-01", "2025-02-28"),
        tags=("délibérations", "Conseil Municipal", "scdl", "2025"),
    )
    recorder = Recorder()

    updated = publish(update, client, recorder.last, record=recorder)

    assert updated.published
    assert updated.steps[0] is PublicationStep.DATASET_CHOSEN
    assert updated.state.resource_id == published.state.resource_id
    assert updated.state.resource_latest == published.state.resource_latest
    dataset = direct.dataset(dataset_id or "")
    [resource] = dataset["resources"]
    assert resource["checksum"]["value"] == file_sha1(next_month)
    assert resource["title"] == "Délibérations 2024"  # restored after the replacement
    assert resource["schema"]["name"] == "scdl/deliberations"
    assert dataset["title"] == first.title
    assert dataset["temporal_coverage"] == {"start": "2024-01-01", "end": "2025-02-28"}
    assert "2025" in dataset["tags"]
    assert dataset["private"] is False
    assert proxy.count("POST", r"/datasets/$") == 1


def test_cancelled_first_publication_stays_private_and_can_be_withdrawn(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient, direct: DataGouvClient
) -> None:
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.organization)
    cancel = CancelToken()
    recorder = Recorder()

    def record_then_cancel(state: PublicationState) -> None:
        recorder(state)
        if state.step is PublicationStep.FILE_UPLOADED:
            cancel.cancel()

    with pytest.raises(CancelledError):
        publish(plan, client, recorder.last, record=record_then_cancel, cancel=cancel)

    assert recorder.last.last_error == "cancelled"
    assert recorder.last.step is PublicationStep.FILE_UPLOADED
    dataset_id = recorder.last.dataset_id or ""
    assert direct.dataset(dataset_id)["private"] is True

    fresh = withdraw_first_publication(client, recorder.last, record=recorder)

    assert fresh.dataset_id is None
    assert recorder.last == fresh
    assert direct.dataset(dataset_id)["deleted"] is not None
    assert datasets_titled(direct, udata.organization, plan.title)[0]["deleted"] is not None
