"""Every publishing step × every fault, on the real udata: one dataset and one file, always.

Each step of a first publication and of an update — the file sent in several parts, as a
file over the platform's single-request limit is — is broken in turn by the faulty proxy:
connection reset before the server sees the call, answer lost after it acted, 502, 503,
429, 401 and a slow answer. The publication is then run again without faults. Counted on
the server afterwards: exactly one dataset with the plan's title, holding exactly one file,
whose checksum is the file's, public, with its tags and temporal coverage kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.publication import (
    DataGouvClient,
    PublicationError,
    PublicationPlan,
    PublicationState,
    PublicationStep,
    publish,
)
from desktop_app.core.publication.upload import file_sha1
from desktop_app.texts import render
from tests.integration.publication.conftest import Udata, make_client
from tests.integration.publication.faults import Fault, FaultyProxy
from tests.integration.publication.helpers import Recorder, datasets_titled, new_plan, write_csv

pytestmark = pytest.mark.integration

CHUNK = 10_000
ATTEMPTS = 3
ROWS = 400  # about 28 kB: three parts, then the call that assembles them

UPLOAD = ("POST", r"/upload/$")
READ = ("GET", r"/api/1/datasets/[0-9a-f]{24}/$")

# (method, path, calls let through before the fault) for each step; the upload steps count
# the parts (three), the read-back counts the reads made before it.
NEW_STEPS = {
    "create": ("POST", r"/api/1/datasets/$", 0),
    "first-part": (*UPLOAD, 0),
    "middle-part": (*UPLOAD, 1),
    "assemble": (*UPLOAD, 3),
    "describe": ("PUT", r"/resources/[^/]+/$", 0),
    "make-public": ("PUT", r"/api/1/datasets/[0-9a-f]{24}/$", 0),
    "read-back": (*READ, 2),
}
UPDATE_STEPS = {
    "choose": (*READ, 0),
    "first-part": (*UPLOAD, 0),
    "last-part": (*UPLOAD, 2),
    "assemble": (*UPLOAD, 3),
    "describe": ("PUT", r"/resources/[^/]+/$", 0),
    "make-public": ("PUT", r"/api/1/datasets/[0-9a-f]{24}/$", 0),
    "read-back": (*READ, 3),
}
# The error a run stops with when retries cannot absorb the fault: each its own words.
STOPPED_WITH = {
    "reset-before": "publication-connection-reset",
    "answer-lost": "publication-connection-reset",
    "502": "publication-server-error",
    "503": "publication-server-error",
    "429": "publication-rate-limited",
    "401": "publication-key-invalid",
    "delay": "publication-timeout",  # or, retried, the server's answer to the repeat
}
FAULTS = {
    "reset-before": {"action": "cut", "times": 3},
    "answer-lost": {"action": "lose", "times": 3},
    "502": {"action": "answer", "status": 502, "times": 3},
    "503": {"action": "answer", "status": 503, "times": 3},
    "429": {"action": "answer", "status": 429, "retry_after": "0", "times": 3},
    "401": {"action": "answer", "status": 401},
    "delay": {"action": "delay", "seconds": 5.5},
}


@pytest.fixture
def client(udata: Udata, proxy: FaultyProxy) -> DataGouvClient:
    """Through the faulty proxy, patient enough for a busy machine but not for the delay."""
    return make_client(proxy.url, udata.api_key, read_timeout=5.0)


def _cases(steps: dict[str, tuple[str, str, int]]) -> list[tuple[str, str]]:
    return [(step, fault) for step in steps for fault in FAULTS]


def _run_once(
    plan: PublicationPlan, client: DataGouvClient, recorder: Recorder
) -> PublicationError | None:
    """Run the publication; the error that stopped it, if one did."""
    try:
        publish(plan, client, recorder.last, record=recorder, chunk_size=CHUNK)
    except PublicationError as broken:  # a fault a retry could not absorb stops the run
        return broken
    return None


def _break_then_resume(
    plan: PublicationPlan,
    fault_name: str,
    fault: Fault,
    client: DataGouvClient,
    proxy: FaultyProxy,
    recorder: Recorder,
) -> None:
    proxy.clear()
    proxy.faults.append(fault)
    stopped: PublicationError | None = None
    # On a busy machine a run may time out before the step under test: run again, the fault
    # still waiting, until it has fired (every rerun must resume without duplicating).
    for _ in range(ATTEMPTS):
        stopped = _run_once(plan, client, recorder)
        if stopped is not None:
            assert recorder.last.last_error == stopped.code
            assert "{" not in render(stopped.code, stopped.params, "fr")
        if stopped is None or proxy.fired:
            break
    assert proxy.fired, "the fault never fired: the step was not reached"
    if stopped is not None and stopped.code != "publication-timeout":
        # The fault's own words, or the server's answer to a call repeated after it.
        assert stopped.code in (STOPPED_WITH[fault_name], "publication-server-error")
    proxy.clear()
    for _ in range(ATTEMPTS):  # a clean run can time out too on a busy machine
        if _run_once(plan, client, recorder) is None:
            break
    assert recorder.last.step is PublicationStep.CHECKED
    assert recorder.last.last_error is None


def _exactly_one(direct: DataGouvClient, udata: Udata, plan: PublicationPlan) -> str:
    [dataset] = datasets_titled(direct, udata.organization, plan.title)
    stored = direct.dataset(dataset["id"])
    files = [r for r in stored["resources"] if r.get("filetype") == "file"]
    assert len(stored["resources"]) == len(files) == 1
    [resource] = files
    assert resource["checksum"]["value"] == file_sha1(plan.csv_path)
    assert resource["filesize"] == plan.csv_path.stat().st_size
    assert stored["private"] is False
    assert sorted(stored["tags"]) == ["conseil-municipal", "deliberations", "scdl"]
    assert stored["temporal_coverage"]["start"].startswith("2024-01-01")
    return str(resource["id"])


@pytest.mark.parametrize(("step", "fault_name"), _cases(NEW_STEPS))
def test_a_first_publication_survives_any_fault(
    step: str,
    fault_name: str,
    tmp_path: Path,
    udata: Udata,
    proxy: FaultyProxy,
    client: DataGouvClient,
    direct: DataGouvClient,
) -> None:
    method, path, after = NEW_STEPS[step]
    plan = new_plan(write_csv(tmp_path, rows=ROWS), proxy.url, udata.organization)
    assert plan.csv_path.stat().st_size > 2 * CHUNK

    fault = Fault(method, path, after=after, **FAULTS[fault_name])  # type: ignore[arg-type]
    _break_then_resume(plan, fault_name, fault, client, proxy, Recorder())

    _exactly_one(direct, udata, plan)


@pytest.mark.parametrize(("step", "fault_name"), _cases(UPDATE_STEPS))
def test_an_update_survives_any_fault(
    step: str,
    fault_name: str,
    tmp_path: Path,
    udata: Udata,
    proxy: FaultyProxy,
    client: DataGouvClient,
    direct: DataGouvClient,
) -> None:
    first = new_plan(write_csv(tmp_path, "janvier.csv", rows=5), udata.base_url, udata.organization)
    published = publish(first, direct, PublicationState(), record=Recorder())
    method, path, after = UPDATE_STEPS[step]
    plan = new_plan(
        write_csv(tmp_path, "mars.csv", rows=ROWS),
        proxy.url,
        udata.organization,
        title=first.title,
        dataset_id=published.state.dataset_id,
    )

    fault = Fault(method, path, after=after, **FAULTS[fault_name])  # type: ignore[arg-type]
    _break_then_resume(plan, fault_name, fault, client, proxy, Recorder())

    assert _exactly_one(direct, udata, plan) == published.state.resource_id
