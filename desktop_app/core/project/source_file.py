"""Reading the agent's file safely: regular files only, hashed in chunks that can be cancelled.

A project names a path; the path may now be a folder, a device (``/dev/zero`` never ends), a
named pipe (opening it waits for a writer forever) or a link to one of those — a copied or
crafted project must not make DataMairie hang. The file is opened without waiting
(``O_NONBLOCK``, where the system has it) and checked on the opened handle, so a file
swapped between the check and the read is caught too. The hash reads at most one byte more
than the size expected, so a file that keeps growing cannot keep DataMairie busy either.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

CHUNK = 1 << 20
CHECKING_STEP = "project-checking-source"


class NotARegularFileError(OSError):
    """The path names a folder, a device, a pipe or another special file: it is not read."""


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading, refusing anything else without waiting on it.

    Raises:
        NotARegularFileError: the path (or what a link points to) is not a regular file.
        OSError: it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotARegularFileError(f"not a regular file: {path.name}")
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")


def fingerprint(
    path: Path,
    *,
    expected_size: int | None = None,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> tuple[int, str]:
    """The size and SHA-256 of a regular file, read in chunks (files can be large, or remote).

    With ``expected_size``, reading stops one byte past it: the size returned then differs
    and tells the file changed, whatever it holds.

    Raises:
        NotARegularFileError: the path is not a regular file.
        OSError: the file cannot be read.
        CancelledError: the agent cancelled.
    """
    digest = hashlib.sha256()
    size = 0
    limit = None if expected_size is None else expected_size + 1
    with open_regular(path) as stream:
        total = os.fstat(stream.fileno()).st_size or 1
        while limit is None or size < limit:
            if cancel is not None:
                cancel.raise_if_cancelled()
            chunk = stream.read(CHUNK if limit is None else min(CHUNK, limit - size))
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
            progress(min(size / total, 1.0), CHECKING_STEP)
    return size, digest.hexdigest()


def regular_size(path: Path) -> int:
    """The size of a regular file, without opening it.

    Raises:
        NotARegularFileError: the path (or what a link points to) is not a regular file.
        OSError: it does not exist or cannot be reached.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFileError(f"not a regular file: {path.name}")
    return info.st_size
