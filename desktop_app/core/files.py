"""Writing a file so that readers see the old content or the new one, never half of it.

Everything DataMairie writes for the agent (publishable CSV, corrected copy, saved
mappings, downloaded schemas) goes through here: a power cut mid-write leaves the
previous file whole.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def replaced_atomically(
    path: Path,
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
    buffering: int = -1,
) -> Iterator[IO[Any]]:
    """A stream on a temporary file beside ``path``, renamed over it once fully written.

    If anything fails before the end, the temporary file is removed and ``path`` is left as
    it was.

    Raises:
        OSError: the folder cannot be created or written to.
    """
    # Imported when writing: reading commands (validate) start without tempfile and shutil.
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    binary = "b" in mode
    try:
        with os.fdopen(
            handle,
            mode,
            encoding=None if binary else encoding,
            newline=None if binary else newline,
            buffering=buffering,
        ) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
