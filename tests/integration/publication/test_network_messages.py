"""Each way of not reaching the platform gets its own true sentence, and only that is printed."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.publication import ApiTransport, DataGouvClient, PublicationError
from desktop_app.core.publication.http import RetryPolicy
from desktop_app.texts import render
from tests.local_servers import (
    RecordingServer,
    RefusingProxy,
    SelfSignedServer,
    closed_port,
    reset_answer,
)
from tests.udata_server import ROOT

pytestmark = pytest.mark.integration


def _failure(base_url: str) -> PublicationError:
    retry = RetryPolicy(attempts=2, first_wait=0.01, longest_wait=0.01)
    client = DataGouvClient(ApiTransport(f"{base_url}/api/1", "k", retry=retry, timeout=(3, 3)))
    with pytest.raises(PublicationError) as failed:
        client.account()
    return failed.value


def test_each_failure_has_its_own_code_and_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes: dict[str, PublicationError] = {}
    with RecordingServer() as resetting:
        resetting.answers["/api/1/me/"] = reset_answer
        codes["reset"] = _failure(resetting.url)
    codes["refused"] = _failure(f"http://127.0.0.1:{closed_port()}")
    with SelfSignedServer(tmp_path) as untrusted:
        codes["certificate"] = _failure(untrusted.url)
    with RefusingProxy() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "")
        codes["proxy"] = _failure("https://udata.example.org")
        assert [r.method for r in proxy.received] == ["CONNECT", "CONNECT"]
        assert all(r.api_key is None for r in proxy.received)  # the tunnel never carries it
    monkeypatch.delenv("HTTPS_PROXY")

    real_lookup = socket.getaddrinfo

    def unknown_name(host: Any, *arguments: Any, **options: Any) -> Any:
        # The one fault not provoked for real: a DNS lookup could leave this computer.
        if host == "udata.example.org":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real_lookup(host, *arguments, **options)

    monkeypatch.setattr(socket, "getaddrinfo", unknown_name)
    codes["dns"] = _failure("https://udata.example.org")

    assert {name: error.code for name, error in codes.items()} == {
        "reset": "publication-connection-reset",
        "refused": "publication-connection-refused",
        "certificate": "publication-certificate",
        "proxy": "publication-proxy",
        "dns": "publication-name-unknown",
    }
    for lang in ("fr", "en"):
        sentences = {render(e.code, e.params, lang) for e in codes.values()}
        assert len(sentences) == len(codes)
    french = {name: render(e.code, e.params) for name, e in codes.items()}
    assert "coupée" in french["reset"]
    assert "pas connecté" not in french["reset"]  # the computer is connected: the server cut
    assert "refusé la connexion" in french["refused"]
    assert "udata.example.org" in french["dns"]
    assert "DNS" in french["dns"]
    assert "proxy" in french["proxy"]
    assert "certificat" in french["certificate"]
    assert all(error.detail for error in codes.values())
    assert "ConnectionResetError" in (codes["reset"].detail or "")


def test_the_command_prints_only_the_french_sentence(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text("a\n1\n", encoding="utf-8")
    with RecordingServer() as resetting:
        resetting.answers["/api/1/me/"] = reset_answer
        plan = tmp_path / "plan.json"
        document = {"csv": "d.csv", "title": "T", "description": "D", "platform": resetting.url}
        plan.write_text(json.dumps(document), encoding="utf-8")
        environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DATAMAIRIE_API_KEY": "k"}

        command = [sys.executable, "-m", "desktop_app", "--profile-dir", str(tmp_path / "p")]

        def publish(*options: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*command, "publish", str(plan), *options],
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=environment,
                timeout=120,
                check=False,
            )

        printed = publish()
        as_json = publish("--json")

    assert printed.returncode == 1
    assert printed.stdout == ""
    assert printed.stderr.startswith("La connexion avec 127.0.0.1 a été coupée")
    assert printed.stderr.count("\n") == 1
    assert "Error" not in printed.stderr
    assert "/me/" not in printed.stderr
    error = json.loads(as_json.stdout)["error"]
    assert error["code"] == "publication-connection-reset"
    assert "ConnectionResetError" in error["detail"]
    assert as_json.stderr == ""
    log = (tmp_path / "p" / "logs" / "datamairie.log").read_text(encoding="utf-8")
    assert "ConnectionResetError" in log
    assert "GET /me/" in log
