"""The task runner: work off the GUI thread, latest task wins, errors become signals."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from desktop_app.core.errors import AppError, CancelledError, SourceError
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.workers.runner import TaskRunner


def _slow_square(value: int, *, progress: ProgressFn, cancel: CancelToken) -> int:
    for step in range(20):
        cancel.raise_if_cancelled()
        progress(step / 20, "reading")
        time.sleep(0.01)
    return value * value


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    threads: list[threading.Thread] = []
    runner.succeeded.connect(lambda _result: threads.append(threading.current_thread()))
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as blocker:
        runner.start(_slow_square, 7)
    assert blocker.args == [49]
    assert threads == [threading.main_thread()]
    assert not runner.busy
    runner.shutdown()


def test_a_new_task_cancels_the_previous_one(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    runner.succeeded.connect(results.append)
    runner.start(_slow_square, 2)
    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        runner.start(_slow_square, 3)
    runner.shutdown()
    qtbot.wait(50)
    assert results == [9]


def test_cancel_reports_cancelled(qtbot: QtBot) -> None:
    runner = TaskRunner()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start(_slow_square, 2)
        runner.cancel()
    runner.shutdown()


def _two_seconds(*, progress: ProgressFn, cancel: CancelToken) -> None:
    for _ in range(200):
        cancel.raise_if_cancelled()
        time.sleep(0.01)


def test_abandoned_work_is_idle_at_once_stops_and_reports_nothing(qtbot: QtBot) -> None:
    runner = TaskRunner()
    reports: list[str] = []
    runner.succeeded.connect(lambda _result: reports.append("succeeded"))
    runner.failed.connect(lambda _error: reports.append("failed"))
    runner.cancelled.connect(lambda: reports.append("cancelled"))
    runner.progressed.connect(lambda _fraction, _step: reports.append("progressed"))
    started = time.monotonic()
    runner.start(_two_seconds)
    runner.abandon()
    assert not runner.busy  # at once, not when the task notices
    runner.shutdown()
    assert time.monotonic() - started < 1.0  # the task was told to stop, not left to end
    qtbot.wait(50)
    assert reports == []


def _refuse(*, progress: ProgressFn, cancel: CancelToken) -> None:
    raise SourceError("file-empty", file="vide.csv")


def _crash(*, progress: ProgressFn, cancel: CancelToken) -> None:
    raise ZeroDivisionError


def _cancel_itself(*, progress: ProgressFn, cancel: CancelToken) -> None:
    raise CancelledError


def test_errors_become_signals_with_their_code(qtbot: QtBot) -> None:
    runner = TaskRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(_refuse)
    error = blocker.args[0]
    assert isinstance(error, AppError)
    assert error.code == "file-empty"

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start(_crash)
    assert blocker.args[0].code == "unexpected"

    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start(_cancel_itself)
    runner.shutdown()
