"""Reading special files (named pipes) in tests without ever hanging the suite."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest


def finishes_quickly(work: Callable[[], object], pipe: Path) -> object:
    """Run ``work`` in a thread; a reader stuck on the pipe fails the test instead of hanging it."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(work()), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():
        with contextlib.suppress(OSError):  # give the stuck reader an end of file
            os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a named pipe waited for a writer")
    return result[0] if result else None
