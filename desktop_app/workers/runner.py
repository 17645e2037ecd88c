"""One long task at a time, off the GUI thread: starting a new one cancels the old one."""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.core.errors import AppError, CancelledError
from desktop_app.core.tasks import CancelToken

log = logging.getLogger(__name__)

# Progress reports closer together than this are dropped: the screen cannot show them.
PROGRESS_INTERVAL_S = 0.05

TaskFn = Callable[..., Any]


class _Relay(QObject):
    """Carries a task's reports from its thread to the GUI thread (queued connections)."""

    progressed = Signal(int, float, str)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)


class _Task(QRunnable):
    def __init__(
        self,
        generation: int,
        relay: _Relay,
        fn: TaskFn,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        token: CancelToken,
    ) -> None:
        super().__init__()
        self._generation = generation
        self._relay = relay
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._token = token
        self._last_report = 0.0

    def _progress(self, fraction: float, step: str) -> None:
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_S or fraction >= 1.0:
            self._last_report = now
            self._relay.progressed.emit(self._generation, fraction, step)

    def run(self) -> None:
        """Run the core function and report how it ended."""
        try:
            result = self._fn(
                *self._args, progress=self._progress, cancel=self._token, **self._kwargs
            )
        except CancelledError:
            self._relay.cancelled.emit(self._generation)
        except AppError as error:
            self._relay.failed.emit(self._generation, error)
        except Exception:  # a bug must reach the agent as a message, not kill the app
            log.exception("task %s failed unexpectedly", getattr(self._fn, "__name__", "?"))
            self._relay.failed.emit(self._generation, AppError("unexpected", log="datamairie.log"))
        else:
            # What a task built (a table of a million cells) lives on: the collector need not
            # scan it again at each of its passes, each of which holds the window still.
            gc.freeze()
            if self._token.cancelled:
                self._relay.cancelled.emit(self._generation)
            else:
                self._relay.finished.emit(self._generation, result)


class TaskRunner(QObject):
    """Runs core functions that take ``progress`` and ``cancel`` on a thread pool.

    Only the latest task reports: results of a task replaced by a newer one are dropped.

    Signals:
        progressed(float, str): share of work done and the step's code.
        succeeded(object): the task's result.
        failed(object): the AppError that stopped the task.
        cancelled(): the task stopped because it was cancelled.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_task_progressed)
        self._relay.finished.connect(self._on_task_finished)
        self._relay.failed.connect(self._on_task_failed)
        self._relay.cancelled.connect(self._on_task_cancelled)
        self._generation = 0
        self._token: CancelToken | None = None

    @property
    def busy(self) -> bool:
        """Whether a task is running and has not reported its end yet."""
        return self._token is not None

    def start(self, fn: TaskFn, *args: Any, **kwargs: Any) -> None:
        """Run ``fn(*args, progress=…, cancel=…, **kwargs)``, cancelling the current task."""
        self.cancel()
        self._generation += 1
        self._token = CancelToken()
        self._pool.start(_Task(self._generation, self._relay, fn, args, kwargs, self._token))

    def cancel(self) -> None:
        """Ask the current task to stop."""
        if self._token is not None:
            self._token.cancel()

    def abandon(self) -> None:
        """Cancel the current task and forget it at once: it reports nothing from now on.

        For work whose result no longer matters (another project was opened): the runner
        is idle at once, instead of busy until the task notices it was cancelled.
        """
        self.cancel()
        self._generation += 1
        self._token = None

    def shutdown(self) -> None:
        """Cancel the current task and wait for the pool's threads to finish."""
        self.cancel()
        self._pool.waitForDone()

    @Slot(int, float, str)
    def _on_task_progressed(self, generation: int, fraction: float, step: str) -> None:
        if generation == self._generation and self._token is not None:
            self.progressed.emit(fraction, step)

    @Slot(int, object)
    def _on_task_finished(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self._token = None
            self.succeeded.emit(result)

    @Slot(int, object)
    def _on_task_failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self._token = None
            self.failed.emit(error)

    @Slot(int)
    def _on_task_cancelled(self, generation: int) -> None:
        if generation == self._generation:
            self._token = None
            self.cancelled.emit()
