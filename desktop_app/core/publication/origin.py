"""Where the API key may go: only to https:// platforms, or to this computer for tests.

The key opens the commune's account on data.gouv.fr. Over plain http:// anyone on the town
hall's network (or the network between it and the server) could read it; a redirect to
another host would hand it to that host. So a platform is refused unless it is ``www``,
``demo``, an ``https://`` address, or an ``http://`` address of this very computer
(127.0.0.0/8, ::1, ``localhost``: the local test servers, where nothing crosses a network).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop_app.core.publication.errors import PublicationError

DEFAULT_PORTS = {"http": 80, "https": 443}


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this computer (127.0.0.0/8, ::1 or ``localhost``)."""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def origin(url: str) -> tuple[str, str, int] | None:
    """The (scheme, host, port) an address belongs to; None when it is not a web address."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port that is not a number, a badly bracketed address
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port or DEFAULT_PORTS[scheme]


def same_origin(first: str, second: str) -> bool:
    """Whether two addresses share scheme, host and port (where the key may follow)."""
    found = origin(first)
    return found is not None and found == origin(second)


def is_safe_for_key(url: str) -> bool:
    """Whether the API key may be sent to ``url``: https, or http on this computer."""
    found = origin(url)
    if found is None:
        return False
    scheme, host, _ = found
    return scheme == "https" or is_loopback(host)


def require_safe_for_key(url: str, platform: str | None = None) -> None:
    """Refuse an address the key must not be sent to, before any connection is made.

    Raises:
        PublicationError: ``platform-not-https``, with the platform as the agent wrote it.
    """
    if not is_safe_for_key(url):
        raise PublicationError("platform-not-https", platform=platform or url)
