"""Why a call got no answer, told apart so the agent reads the true reason.

``requests`` wraps the real cause several layers deep (``ConnectionError`` around urllib3's
``MaxRetryError`` around ``NewConnectionError`` around ``ConnectionRefusedError``…). The
cause is found by walking that chain: a reset by the server is not "no internet", a refused
connection is not a DNS failure, and a certificate the system does not trust is neither.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from collections.abc import Iterator

import requests
from urllib3.exceptions import NameResolutionError, ProtocolError

from desktop_app.core.publication.errors import PublicationError

_RESET = (
    ConnectionResetError,
    ConnectionAbortedError,
    BrokenPipeError,
    http.client.RemoteDisconnected,
    http.client.IncompleteRead,
    ProtocolError,
)


def causes(failure: BaseException) -> Iterator[BaseException]:
    """The failure, then every exception it was raised from or wraps, once each."""
    seen: set[int] = set()
    pending: list[BaseException] = [failure]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += list(current.args)
        pending += [item for item in linked if isinstance(item, BaseException)]


def network_code(failure: requests.RequestException) -> str:
    """The error code for a call that got no answer."""
    found = list(causes(failure))
    if isinstance(failure, requests.exceptions.ProxyError):
        return "publication-proxy"
    if any(isinstance(item, ssl.SSLCertVerificationError) for item in found):
        return "publication-certificate"
    if isinstance(failure, requests.exceptions.SSLError):
        return "publication-secure-connection"
    if isinstance(failure, requests.Timeout):
        return "publication-timeout"
    if any(isinstance(item, NameResolutionError | socket.gaierror) for item in found):
        return "publication-name-unknown"
    if any(isinstance(item, ConnectionRefusedError) for item in found):
        return "publication-connection-refused"
    if any(isinstance(item, _RESET) for item in found):
        return "publication-connection-reset"
    return "publication-unreachable"


def describe_failure(failure: BaseException) -> str:
    """The technical detail for the log and ``--json``: each cause's type, and the deepest's words.

    No header is part of it, so the API key never is.
    """
    chain = list(causes(failure))
    names = " < ".join(dict.fromkeys(type(item).__name__ for item in chain))
    return f"{names}: {chain[-1]}"


def network_error(failure: requests.RequestException, host: str | None) -> PublicationError:
    """The error for a call to ``host`` that got no answer, saying why in a code and detail."""
    return PublicationError(
        network_code(failure), host=host or "", detail=describe_failure(failure)
    )
