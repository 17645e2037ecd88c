"""The real udata server for tests (own virtual environment, in-memory database).

Its ``udata`` fixture is session-wide and registered in tests/conftest.py, so that the
publication integration tests and the wizard's end-to-end test share one server.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVER = ROOT / "tests" / "udata" / "server.py"
CATALOGUE = ROOT / "resources" / "schemas" / "schemas.json"
UDATA_PYTHON = Path(os.environ.get("DATAMAIRIE_UDATA_PYTHON", ROOT / ".venv-udata/bin/python"))
BOOT_SECONDS = 120


@dataclass(frozen=True)
class Udata:
    """A running udata server and what it was seeded with."""

    base_url: str
    api_key: str
    organization: str
    organization_slug: str
    foreign_organization: str


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def udata(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Udata]:
    assert UDATA_PYTHON.exists(), "run scripts/setup-udata.sh to install the test udata server"
    log = tmp_path_factory.mktemp("udata") / "server.log"
    with log.open("wb") as errors:
        process = subprocess.Popen(
            [
                str(UDATA_PYTHON),
                str(SERVER),
                "--port",
                str(_free_port()),
                "--catalogue",
                str(CATALOGUE),
            ],
            stdout=subprocess.PIPE,
            stderr=errors,
            cwd=ROOT,
        )
        assert process.stdout is not None
        lines: list[bytes] = []
        reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(BOOT_SECONDS)
        try:
            assert lines, "udata did not answer in time"
            assert lines[0], f"udata did not start: {log.read_text(errors='replace')[-2000:]}"
            seed = json.loads(lines[0])
            yield Udata(
                base_url=seed["base_url"],
                api_key=seed["api_key"],
                organization=seed["organization"],
                organization_slug=seed["organization_slug"],
                foreign_organization=seed["foreign_organization"],
            )
        finally:
            process.terminate()
            process.wait(timeout=30)
            process.stdout.close()
