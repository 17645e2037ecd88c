"""Sending the prepared CSV: in one piece, or in 20 MB parts above 20 MB.

This mirrors what data.gouv.fr's own site does. Each part may be sent again after a network
error or a 429/502/503/504: the server keeps parts by upload id and index, so a repeated part
replaces itself. The last call, which assembles the parts into a resource, is sent once only;
whether it succeeded is checked with the file's SHA-1 before anything is sent again.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.publication.client import DataGouvClient
from desktop_app.core.tasks import CancelToken

CHUNK_SIZE = 20_000_000
"""Bytes per part, and the size above which a file is sent in parts."""

CSV_MIME = "text/csv"

UploadProgress = Callable[[int, int], None]
"""Receives the bytes sent so far and the file's size."""


def file_sha1(path: Path) -> str:
    """The SHA-1 of a file, as data.gouv.fr reports it in a resource's checksum."""
    digest = hashlib.sha1()  # noqa: S324 - the platform's checksum, not a security use
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def upload_file(
    client: DataGouvClient,
    dataset_id: str,
    path: Path,
    *,
    resource_id: str | None = None,
    progress: UploadProgress | None = None,
    cancel: CancelToken | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> dict[str, Any]:
    """Send ``path`` as a new resource of the dataset, or as ``resource_id``'s new file.

    Returns:
        The resource as the server describes it (id, latest, checksum, ...).

    Raises:
        PublicationError: the server refused, or the connection failed.
        CancelledError: the agent cancelled between two parts.
    """
    size = path.stat().st_size
    report = progress or (lambda sent, total: None)
    report(0, size)
    if size <= chunk_size:
        with path.open("rb") as handle:
            resource = client.upload_call(
                dataset_id,
                resource_id,
                files={"file": (path.name, handle, CSV_MIME)},
                form=None,
                retry=False,
                cancel=cancel,
            )
        report(size, size)
        return resource
    return _upload_in_parts(client, dataset_id, resource_id, path, size, report, cancel, chunk_size)


def _upload_in_parts(
    client: DataGouvClient,
    dataset_id: str,
    resource_id: str | None,
    path: Path,
    size: int,
    report: UploadProgress,
    cancel: CancelToken | None,
    chunk_size: int,
) -> dict[str, Any]:
    upload_id = str(uuid.uuid4())
    total_parts = -(-size // chunk_size)
    sent = 0
    with path.open("rb") as handle:
        for index in range(total_parts):
            if cancel is not None:
                cancel.raise_if_cancelled()
            part = handle.read(chunk_size)
            client.upload_call(
                dataset_id,
                resource_id,
                files={"file": ("blob", part, "application/octet-stream")},
                form={
                    "uuid": upload_id,
                    "filename": path.name,
                    "partindex": index,
                    "partbyteoffset": sent,
                    "totalparts": total_parts,
                    "chunksize": len(part),
                },
                retry=True,
                cancel=cancel,
            )
            sent += len(part)
            report(sent, size)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return client.upload_call(
        dataset_id,
        resource_id,
        files=None,
        form={"uuid": upload_id, "filename": path.name, "totalparts": total_parts},
        retry=False,
        cancel=cancel,
    )
