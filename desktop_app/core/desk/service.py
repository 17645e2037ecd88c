"""Refreshing the desk: read the platform, keep the result, say plainly why it could not.

One function for the wizard's worker and for ``datamairie desk``: the key comes from the
caller (keyring or ``DATAMAIRIE_API_KEY``, as for publishing), the organisation from the
commune's profile, else every organisation of the key's owner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.core.desk.snapshot import DeskCache, DeskSnapshot, refresh_snapshot
from desktop_app.core.publication.client import DataGouvClient
from desktop_app.core.publication.errors import PublicationError
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

Connect = Callable[[str, str], DataGouvClient]

OFFLINE_CODES = frozenset(
    {
        "publication-unreachable",
        "publication-timeout",
        "publication-proxy",
        "publication-certificate",
        "publication-server-error",
        "publication-rate-limited",
    }
)


def refresh_desk(
    root: Path | None,
    platform: str,
    organization: str | None,
    key: str | None,
    connect: Connect,
    *,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> DeskSnapshot:
    """Read the commune's datasets on the platform and keep them in the profile's cache.

    ``root`` is the profile folder (None: nothing is kept, as in the wizard's tests).

    Raises:
        PublicationError: ``publication-key-missing`` without a key; the platform refused
            the key or could not be reached (the cache is left as it was).
    """
    if not key:
        raise PublicationError("publication-key-missing")
    snapshot = refresh_snapshot(
        connect(platform, key), platform, organization or None, progress=progress, cancel=cancel
    )
    if root is not None:
        cache = DeskCache.load(root)
        cache.snapshots[platform] = snapshot
        cache.save()
    return snapshot


def refresh_problem(code: str) -> str:
    """What the desk says when a refresh failed: the key is missing or refused, or offline."""
    if code == "publication-key-missing":
        return "desk-key-missing"
    if code in ("publication-key-invalid", "credentials-key-refused"):
        return "desk-key-refused"
    if code in OFFLINE_CODES:
        return "desk-offline"
    return code
