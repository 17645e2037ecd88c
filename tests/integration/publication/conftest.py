"""The real udata server (own virtual environment, in-memory database) and a faulty proxy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.publication import ApiTransport, DataGouvClient
from desktop_app.core.publication.http import RetryPolicy
from tests.integration.publication.faults import FaultyProxy
from tests.udata_server import ROOT, Udata

__all__ = ["ROOT", "Udata"]  # the server moved to tests/udata_server.py; kept importable here

pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def session_proxy(udata: Udata) -> Iterator[FaultyProxy]:
    proxy = FaultyProxy(udata.base_url)
    yield proxy
    proxy.close()


@pytest.fixture
def proxy(session_proxy: FaultyProxy) -> Iterator[FaultyProxy]:
    session_proxy.clear()
    yield session_proxy
    session_proxy.clear()


def make_client(base_url: str, api_key: str | None, read_timeout: float = 60.0) -> DataGouvClient:
    transport = ApiTransport(
        f"{base_url}/api/1",
        api_key,
        retry=RetryPolicy(attempts=3, first_wait=0.05, longest_wait=0.2),
        timeout=(5.0, read_timeout),
    )
    return DataGouvClient(transport)


@pytest.fixture
def client(udata: Udata, proxy: FaultyProxy) -> DataGouvClient:
    """A client going through the faulty proxy (no fault until a test adds one)."""
    return make_client(proxy.url, udata.api_key, read_timeout=3.0)


@pytest.fixture
def direct(udata: Udata) -> DataGouvClient:
    """A client talking to udata directly, to read back what really happened."""
    return make_client(udata.base_url, udata.api_key)
