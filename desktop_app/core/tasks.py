"""The contract of long work: a plain function that reports progress and can be cancelled.

Core functions take ``progress`` and ``cancel`` keyword arguments; a worker runs them off the
GUI thread, and the command line runs them directly.
"""

from __future__ import annotations

import threading
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
