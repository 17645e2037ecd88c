"""The API key only ever reaches the platform: never over plain http, never after a redirect.

Recording servers on this computer log every key they receive; a server that must not get the
key must end with an empty log.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.publication import ApiTransport, DataGouvClient, PublicationError
from desktop_app.core.publication.http import RetryPolicy
from tests.local_servers import (
    RecordingServer,
    SelfSignedServer,
    json_answer,
    redirect_answer,
)

pytestmark = pytest.mark.integration

KEY = "cle-secrete-de-test"
ME = {"id": "u1", "first_name": "Agent", "last_name": "Mairie", "organizations": []}


def _client(base_url: str, attempts: int = 4) -> DataGouvClient:
    retry = RetryPolicy(attempts=attempts, first_wait=0.01, longest_wait=0.02)
    return DataGouvClient(ApiTransport(f"{base_url}/api/1", KEY, retry=retry, timeout=(3, 3)))


@pytest.fixture
def no_connection(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Any attempt to open a network connection is recorded and fails."""
    attempts: list[Any] = []

    def refuse(*arguments: Any, **options: Any) -> Any:
        attempts.append(arguments)
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize("target", ["absent.datamairie", "absent-plan.json"])
def test_an_http_platform_is_refused_before_anything_else(
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_connection: list[Any],
) -> None:
    monkeypatch.setenv("DATAMAIRIE_API_KEY", KEY)
    arguments = ["--profile-dir", str(tmp_path), "publish", str(tmp_path / target)]

    status = main([*arguments, "--platform", "http://192.0.2.10:8080", "--json"])

    assert status == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "platform-not-https"  # not "project not found": checked first
    assert "« http://192.0.2.10:8080 »" in error["message"]
    assert "https://" in error["message"]
    assert no_connection == []

    assert main([*arguments, "--platform", "http://192.0.2.10:8080"]) == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith("La plateforme « http://192.0.2.10:8080 » est refusée")
    assert printed.err.count("\n") == 1


def test_a_plan_recording_an_http_platform_sends_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_connection: list[Any],
) -> None:
    monkeypatch.setenv("DATAMAIRIE_API_KEY", KEY)
    (tmp_path / "d.csv").write_text("a\n1\n", encoding="utf-8")
    plan = tmp_path / "plan.json"
    document = {"csv": "d.csv", "title": "T", "description": "D", "platform": "http://192.0.2.9"}
    plan.write_text(json.dumps(document), encoding="utf-8")

    status = main(["--profile-dir", str(tmp_path), "publish", str(plan), "--json"])

    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "platform-not-https"
    assert no_connection == []


def test_the_key_follows_no_redirect_to_another_host() -> None:
    with RecordingServer(host="localhost") as elsewhere, RecordingServer() as platform:
        platform.answers["/api/1/me/"] = redirect_answer(f"{elsewhere.url}/api/1/me/")
        platform.answers["/api/1/datasets/"] = redirect_answer(f"{elsewhere.url}/steal/", 307)

        with pytest.raises(PublicationError) as redirected:
            _client(platform.url).account()
        with pytest.raises(PublicationError) as posted:
            _client(platform.url).create_dataset({"title": "x"})

        assert redirected.value.code == "publication-redirected-elsewhere"
        assert redirected.value.params["host"] == "localhost"
        assert posted.value.code == "publication-redirected-elsewhere"
        assert elsewhere.received == []  # neither the key nor anything else went there
        assert platform.keys == [KEY, KEY]  # one try each: a redirect is not retried

        # Within the platform, a moved address is still followed, with the key.
        platform.answers["/api/1/me/"] = redirect_answer("/api/1/moi/", 301)
        platform.answers["/api/1/moi/"] = json_answer(ME)
        assert _client(platform.url).account().name == "Agent Mairie"
        assert [r.path for r in platform.received[-2:]] == ["/api/1/me/", "/api/1/moi/"]
        assert platform.keys == [KEY] * 4
        assert elsewhere.received == []


def test_a_downgrade_to_http_on_the_same_host_is_not_followed(tmp_path: Path) -> None:
    with RecordingServer() as platform:
        platform.answers["/api/1/me/"] = redirect_answer(f"https://127.0.0.1:{platform.port}/x/")

        with pytest.raises(PublicationError) as redirected:
            _client(platform.url).account()

        assert redirected.value.code == "publication-redirected-elsewhere"
        assert len(platform.received) == 1


def test_an_untrusted_certificate_is_not_retried(tmp_path: Path) -> None:
    with SelfSignedServer(tmp_path) as server:
        started = time.monotonic()
        with pytest.raises(PublicationError) as refused:
            _client(server.url, attempts=4).account()

        assert refused.value.code == "publication-certificate"
        assert server.connections == 1
        assert time.monotonic() - started < 5
        assert refused.value.detail is not None
        assert "CERTIFICATE_VERIFY_FAILED" in refused.value.detail
