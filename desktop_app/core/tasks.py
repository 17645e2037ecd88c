"""The contract of long work: a plain function that reports progress and can be cancelled.

Core functions take ``progress`` and ``cancel`` keyword arguments; a worker runs them off the
GUI thread, and the command line runs them directly.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Iterator
from typing import Protocol

from desktop_app.core.errors import CancelledError


class ProgressFn(Protocol):
    """Receives how far the work has gone (0.0 to 1.0) and a code naming the current step."""

    def __call__(self, fraction: float, step: str, /) -> None:
        """Report progress."""


def no_progress(fraction: float, step: str, /) -> None:
    """Ignore progress reports."""


class CancelToken:
    """A flag set by whoever started the work, checked by the work between chunks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop as soon as it can."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancellation was asked for."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Stop the work here if cancellation was asked for.

        Raises:
            CancelledError: cancellation was asked for.
        """
        if self._event.is_set():
            raise CancelledError


NO_PROGRESS: ProgressFn = no_progress


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's garbage collector paused during a long pass over a big table.

    Millions of cells become short-lived lists and strings that hold no cycles: the collector
    would scan them again and again for nothing (a fifth of a validation's time), and each of
    its passes keeps the interpreter to itself, freezing the wizard's window meanwhile.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# Buffer of the files a worker reads or writes in one long pass. Each system call lets go of
# the interpreter, and a thread that lets go thousands of times a second keeps the window's
# thread waiting for its turn (the "convoy" effect); one call per mebibyte avoids it.
LARGE_BUFFER = 1 << 20
# How long a worker steps aside at each checkpoint (see ``let_window_run``).
STEP_ASIDE_S = 0.0005


def let_window_run() -> None:
    """In a worker thread, step aside half a millisecond so the window's thread can run.

    A worker that lets go of the interpreter only inside its own C calls (file reads,
    NumPy) takes it straight back before a waiting thread wakes up, and the window can wait
    seconds for a turn. Called between pieces of a long pass; on the main thread (the
    command line) it does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        time.sleep(STEP_ASIDE_S)
