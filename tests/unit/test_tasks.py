"""Checkpoints of long work: a worker steps aside for the window; the command line never waits."""

from __future__ import annotations

import gc
import threading

import pytest

from desktop_app.core import tasks


def _steps_aside(monkeypatch: pytest.MonkeyPatch, run_in_thread: bool) -> list[float]:
    pauses: list[float] = []
    monkeypatch.setattr("desktop_app.core.tasks.time.sleep", pauses.append)
    if run_in_thread:
        worker = threading.Thread(target=tasks.let_window_run)
        worker.start()
        worker.join()
    else:
        tasks.let_window_run()
    return pauses


def test_a_worker_steps_aside_and_the_main_thread_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _steps_aside(monkeypatch, run_in_thread=True) == [tasks.STEP_ASIDE_S]
    assert _steps_aside(monkeypatch, run_in_thread=False) == []


def test_the_collector_is_paused_then_given_back_as_it_was() -> None:
    assert gc.isenabled()
    with tasks.collector_paused():
        assert not gc.isenabled()
        with tasks.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
