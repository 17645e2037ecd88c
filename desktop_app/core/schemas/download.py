"""One careful HTTP download: conditional, time-limited, read whole, failures named by a code.

Town halls go online through slow links and filtering proxies: every wait has a limit, a
body is only accepted once complete, and each way of failing gets a code the agent's words
can explain (no connection, too slow, certificate refused, proxy, server error, damaged).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests
from urllib3.exceptions import ReadTimeoutError

from desktop_app import __version__
from desktop_app.core.schemas.store import HttpValidators

log = logging.getLogger(__name__)

NETWORK_CODES = frozenset(
    {"catalogue-offline", "catalogue-timeout", "catalogue-tls", "catalogue-proxy"}
)
FAILURE_CODES = NETWORK_CODES | {
    "catalogue-http-error",
    "catalogue-corrupt-download",
    "catalogue-write-failed",
    "catalogue-schema-unknown",
}
# The catalogue weighs 140 kB and the largest schema 200 kB: anything far bigger is a
# proxy's page or a mistake, not worth the agent's bandwidth.
MAX_BYTES = 20 * 1024 * 1024
CHUNK_BYTES = 64 * 1024
# A server that dribbles bytes never trips the per-read timeout; this bounds the whole file.
TOTAL_TIME_FACTOR = 4


class DownloadFailedError(Exception):
    """A download that did not bring a complete, usable file; ``code`` says why."""

    def __init__(self, code: str, status: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


@dataclass(frozen=True)
class Downloaded:
    """A server's answer: the new content, or None when it said "not modified" (304)."""

    url: str
    content: bytes | None
    etag: str | None
    last_modified: str | None


def fetch(
    session: requests.Session,
    url: str,
    *,
    previous: HttpValidators | None = None,
    timeout: float,
) -> Downloaded:
    """Download ``url`` whole, or learn from the server that ``previous`` is still current.

    Raises:
        DownloadFailedError: with one of FAILURE_CODES' network or server codes.
    """
    headers = {"User-Agent": f"DataMairie/{__version__}", "Accept": "application/json"}
    if previous is not None and previous.etag:
        headers["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        headers["If-Modified-Since"] = previous.last_modified
    deadline = time.monotonic() + timeout * TOTAL_TIME_FACTOR
    try:
        with session.get(url, headers=headers, timeout=timeout, stream=True) as response:
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
            if response.status_code == 304 and previous is not None:
                return Downloaded(url, None, etag, last_modified)
            if response.status_code != 200:
                raise DownloadFailedError("catalogue-http-error", response.status_code)
            content = _read_whole(response, deadline)
    except requests.RequestException as error:
        raise DownloadFailedError(_code_of(error)) from error
    return Downloaded(url, content, etag, last_modified)


def _read_whole(response: requests.Response, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(CHUNK_BYTES):
        size += len(chunk)
        if size > MAX_BYTES:
            raise DownloadFailedError("catalogue-corrupt-download")
        if time.monotonic() > deadline:
            raise DownloadFailedError("catalogue-timeout")
        chunks.append(chunk)
    content = b"".join(chunks)
    declared = response.headers.get("Content-Length")
    encoded = response.headers.get("Content-Encoding", "identity") != "identity"
    if declared and declared.isdigit() and not encoded and int(declared) != len(content):
        # The connection closed before the end: a partial file must never be kept.
        raise DownloadFailedError("catalogue-corrupt-download")
    return content


def _code_of(error: requests.RequestException) -> str:
    # Order matters: requests' SSLError, ProxyError and ConnectTimeout are ConnectionErrors.
    if isinstance(error, requests.exceptions.SSLError):
        return "catalogue-tls"
    if isinstance(error, requests.exceptions.ProxyError):
        return "catalogue-proxy"
    if isinstance(error, requests.exceptions.Timeout):
        return "catalogue-timeout"
    damaged = (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)
    if isinstance(error, damaged):
        return "catalogue-corrupt-download"
    cause = error.args[0] if error.args else None
    if isinstance(cause, ReadTimeoutError):
        # A timeout while reading the body reaches us as a ConnectionError.
        return "catalogue-timeout"
    if isinstance(error, requests.exceptions.ConnectionError):
        return "catalogue-offline"
    log.warning("download failed in an unexpected way: %r", error)
    return "catalogue-http-error"
