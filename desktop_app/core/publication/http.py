"""Talking HTTP to data.gouv.fr: one session, timeouts, the system's trust store and proxy.

Town halls often reach the internet through a proxy that inspects TLS with its own
certificate authority, installed in the operating system: trusting the system store
(``truststore``) and the system proxy (``requests`` reads it) lets DataMairie connect wherever
the agent's browser does. Safe calls are retried with backoff; a call that may create
something is sent once, and the caller checks what happened before trying again.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import truststore
from requests.adapters import HTTPAdapter

from desktop_app import __version__
from desktop_app.core.publication.errors import PublicationError, code_for_status, parse_error_body
from desktop_app.core.publication.failures import describe_failure, network_error
from desktop_app.core.publication.origin import require_safe_for_key, same_origin
from desktop_app.core.tasks import CancelToken

log = logging.getLogger(__name__)

API_KEY_HEADER = "X-API-KEY"
USER_AGENT = f"DataMairie/{__version__}"
TIMEOUT = (10.0, 120.0)
"""Seconds to connect, then to wait for each piece of the answer (uploads can be slow)."""

RETRIED_STATUSES = frozenset({429, 502, 503, 504})
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a safe call is tried again."""

    attempts: int = 4
    first_wait: float = 1.0
    longest_wait: float = 30.0

    def wait(self, attempt: int, retry_after: str | None) -> float:
        """Seconds to wait before the next try: the server's Retry-After, else doubling."""
        if retry_after is not None and retry_after.strip().isdigit():
            return min(float(int(retry_after)), self.longest_wait)
        return min(self.first_wait * float(2**attempt), self.longest_wait)


class SystemTrustAdapter(HTTPAdapter):
    """Verifies certificates against the operating system's store, through proxies too."""

    def __init__(self) -> None:
        self.ssl_context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Build the connection pools with the system trust store."""
        kwargs["ssl_context"] = self.ssl_context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        """Build a proxy's connection pools with the system trust store."""
        kwargs["ssl_context"] = self.ssl_context
        return super().proxy_manager_for(proxy, **kwargs)


def new_session() -> requests.Session:
    """A session naming DataMairie, trusting the system's certificates and proxy settings."""
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.mount("https://", SystemTrustAdapter())
    return session


class ApiTransport:
    """Sends calls to one API root, with the key when asked, and turns failures into errors."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        session: requests.Session | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        timeout: tuple[float, float] = TIMEOUT,
    ) -> None:
        self.timeout = timeout
        self.base_url = base_url.rstrip("/")
        require_safe_for_key(self.base_url)
        self._api_key = api_key
        self._session = session or new_session()
        self._retry = retry or RetryPolicy()
        self._sleep = sleep

    def call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, str | int] | None = None,
        files: Mapping[str, Any] | None = None,
        form: Mapping[str, str | int] | None = None,
        authenticated: bool = True,
        retry: bool = False,
        cancel: CancelToken | None = None,
    ) -> Any:
        """Send one call and return its decoded JSON (None for an empty answer).

        ``retry`` is only for calls that are safe to repeat (reading, full replacement, a
        chunk of an upload): they are tried again after a network error or a 429/502/503/504.

        Raises:
            PublicationError: the server refused, or could not be reached.
            CancelledError: the agent cancelled while waiting to try again.
        """
        headers = {"Accept": "application/json"}
        if authenticated:
            if not self._api_key:
                raise PublicationError("publication-key-missing")
            headers[API_KEY_HEADER] = self._api_key
        url = f"{self.base_url}{path}"
        attempts = self._retry.attempts if retry else 1
        for attempt in range(attempts):
            if cancel is not None:
                cancel.raise_if_cancelled()
            last = attempt == attempts - 1
            try:
                response = self._send(
                    method,
                    url,
                    headers=headers,
                    json=json_body,
                    params=params,
                    files=files,
                    data=form,
                )
            except requests.RequestException as failure:
                log.warning("%s %s: %s", method, path, describe_failure(failure))
                # A certificate the system does not trust will not be trusted a second later.
                if last or isinstance(failure, requests.exceptions.SSLError):
                    raise network_error(failure, urlsplit(url).hostname) from None
                self._pause(self._retry.wait(attempt, None), cancel)
                continue
            log.info("%s %s -> %s", method, path, response.status_code)
            if response.status_code in RETRIED_STATUSES and not last:
                self._pause(self._retry.wait(attempt, response.headers.get("Retry-After")), cancel)
                continue
            return decoded(response)
        raise RuntimeError  # pragma: no cover - the last attempt always returns or raises

    def _send(self, method: str, url: str, **arguments: Any) -> requests.Response:
        """One call, following only redirects that stay on the platform's own origin.

        ``requests`` would follow a redirect to another host with the ``X-API-KEY`` header
        still set (it only strips ``Authorization``): redirects are never left to it. A GET
        moved within the platform is followed by hand; a redirect anywhere else is an error
        and nothing more is sent.
        """
        for _ in range(MAX_REDIRECTS + 1):
            response = self._session.request(
                method, url, timeout=self.timeout, allow_redirects=False, **arguments
            )
            if not response.is_redirect:
                return response
            target = urljoin(url, response.headers.get("Location", ""))
            response.close()
            if not same_origin(target, self.base_url):
                log.warning("%s redirected to another origin: not followed", method)
                raise PublicationError(
                    "publication-redirected-elsewhere",
                    status=response.status_code,
                    host=urlsplit(target).hostname or target,
                )
            if method != "GET":
                raise PublicationError("publication-unexpected-answer", status=response.status_code)
            url, arguments["params"] = target, None  # the query is in the new address
        raise PublicationError("publication-unexpected-answer", status=response.status_code)

    def _pause(self, seconds: float, cancel: CancelToken | None) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            self._sleep(min(left, 0.2))


def decoded(response: requests.Response) -> Any:
    """The JSON of a successful answer, or the error it stands for."""
    try:
        body = response.json() if response.content else None
    except ValueError:
        body = None
        if 200 <= response.status_code < 300:
            raise PublicationError(
                "publication-unexpected-answer", status=response.status_code
            ) from None
    if 200 <= response.status_code < 300:
        return body
    fields, message = parse_error_body(body)
    raise PublicationError(
        code_for_status(response.status_code),
        status=response.status_code,
        field_errors=fields,
        server_message=message,
        reference=response.headers.get("X-Sentry-ID"),
    )
