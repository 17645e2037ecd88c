"""A publication broken at each step resumes where it stopped, never duplicating anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.publication import (
    DataGouvClient,
    PublicationError,
    PublicationStep,
    publish,
)
from desktop_app.core.publication.upload import file_sha1, upload_file
from tests.integration.publication.conftest import Udata
from tests.integration.publication.faults import Fault, FaultyProxy
from tests.integration.publication.helpers import Recorder, datasets_titled, new_plan, write_csv

pytestmark = pytest.mark.integration

CREATE = ("POST", r"/api/1/datasets/$")
UPLOAD = ("POST", r"/upload/$")
DESCRIBE = ("PUT", r"/resources/[^/]+/$")
PUBLISH = ("PUT", r"/api/1/datasets/[0-9a-f]{24}/$")
READ = ("GET", r"/api/1/datasets/[0-9a-f]{24}/$")

BREAKING = {
    "create answer lost": (Fault(*CREATE, "lose"), PublicationStep.NOT_STARTED),
    "create refused 503": (Fault(*CREATE, "answer", status=503), PublicationStep.NOT_STARTED),
    "create too slow": (Fault(*CREATE, "delay", seconds=4.5), PublicationStep.NOT_STARTED),
    "upload cut midway": (Fault(*UPLOAD, "cut"), PublicationStep.DATASET_CREATED),
    "upload answer lost": (Fault(*UPLOAD, "lose"), PublicationStep.DATASET_CREATED),
    "upload 502": (Fault(*UPLOAD, "answer", status=502), PublicationStep.DATASET_CREATED),
    "describe always 503": (
        Fault(*DESCRIBE, "answer", status=503, times=3),
        PublicationStep.FILE_UPLOADED,
    ),
    "publish always lost": (Fault(*PUBLISH, "lose", times=3), PublicationStep.RESOURCE_DESCRIBED),
    "read back always 502": (
        Fault(*READ, "answer", status=502, times=99),
        PublicationStep.NOT_STARTED,
    ),
}


@pytest.mark.parametrize("name", list(BREAKING))
def test_a_broken_step_resumes_without_duplicates(
    name: str,
    tmp_path: Path,
    udata: Udata,
    proxy: FaultyProxy,
    client: DataGouvClient,
    direct: DataGouvClient,
) -> None:
    fault, stopped_at = BREAKING[name]
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.organization)
    recorder = Recorder()
    proxy.faults.append(fault)

    with pytest.raises(PublicationError) as broken:
        publish(plan, client, recorder.last, record=recorder)

    assert proxy.fired, "the fault never fired"
    assert recorder.last.last_error == broken.value.code
    if name != "read back always 502":
        assert recorder.last.step is stopped_at
    proxy.clear()

    resumed = publish(plan, client, recorder.last, record=recorder)

    assert resumed.published
    [dataset] = datasets_titled(direct, udata.organization, plan.title)
    assert dataset["id"] == resumed.state.dataset_id
    assert dataset["private"] is False
    [resource] = direct.dataset(dataset["id"])["resources"]
    assert resource["checksum"]["value"] == file_sha1(plan.csv_path)
    assert resource["title"] == "Délibérations 2024"


@pytest.mark.parametrize(
    "fault",
    [
        Fault(*DESCRIBE, "answer", status=502, times=2),
        Fault(*DESCRIBE, "answer", status=429, retry_after="0"),
        Fault(*PUBLISH, "lose"),
        Fault(*READ, "delay", seconds=4.5),
    ],
    ids=["describe-502-twice", "describe-429", "publish-answer-lost", "read-too-slow"],
)
def test_safe_calls_are_retried_within_the_run(
    fault: Fault,
    tmp_path: Path,
    udata: Udata,
    proxy: FaultyProxy,
    client: DataGouvClient,
    direct: DataGouvClient,
) -> None:
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.organization)
    proxy.faults.append(fault)

    result = publish(plan, client, Recorder().last, record=Recorder())

    assert result.published
    assert proxy.fired
    assert proxy.count(fault.method, fault.path) >= 2
    assert len(datasets_titled(direct, udata.organization, plan.title)) == 1


def test_creating_calls_are_never_sent_twice_in_a_run(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient
) -> None:
    proxy.faults.append(Fault(*CREATE, "answer", status=502, times=5))

    with pytest.raises(PublicationError) as refused:
        publish(
            new_plan(write_csv(tmp_path), proxy.url, udata.organization),
            client,
            Recorder().last,
            record=Recorder(),
        )

    assert refused.value.code == "publication-server-error"
    assert refused.value.status == 502
    assert proxy.count(*CREATE) == 1


def test_chunk_parts_are_retried_and_the_file_arrives_whole(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient, direct: DataGouvClient
) -> None:
    plan = new_plan(write_csv(tmp_path, rows=400), proxy.url, udata.organization, draft=True)
    draft = publish(plan, client, Recorder().last, record=Recorder())
    replacement = write_csv(tmp_path, "mars.csv", rows=500)
    proxy.clear()
    proxy.faults += [
        Fault(*UPLOAD, "answer", status=429, retry_after="0", after=3),  # the second part
        Fault(*UPLOAD, "answer", status=503),  # the first part, twice
        Fault(*UPLOAD, "cut"),
    ]
    sent: list[int] = []

    resource = upload_file(
        client,
        draft.state.dataset_id or "",
        replacement,
        resource_id=draft.state.resource_id,
        chunk_size=10_000,
        progress=lambda done, size: sent.append(done),
    )

    size = replacement.stat().st_size
    parts = -(-size // 10_000)
    assert parts >= 3
    assert sent[-1] == size
    assert proxy.count(*UPLOAD) == parts + 1 + 3
    assert resource["id"] == draft.state.resource_id
    [stored] = direct.dataset(draft.state.dataset_id or "")["resources"]
    assert stored["checksum"]["value"] == file_sha1(replacement)
    assert stored["filesize"] == size
