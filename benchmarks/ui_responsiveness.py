"""Does the wizard stay responsive on a 1,000,000-row file, and how soon does its window open?

1. Time to first window: a fresh process starts DataMairie's window (offscreen) with the
   services of a real profile; measured from the process's launch to the window shown.
2. Longest GUI-thread stall: in the running wizard (offscreen), the file is opened from
   Accueil, the schema chosen, the columns mapped and the table validated (Qualité), with the
   real workers. A 10 ms QTimer ticks all along; the longest gap between two ticks is the
   longest time the window could not answer the agent. The step during which it happened is
   printed too, to find where the GUI thread was busy.

Targets: longest stall <= 100 ms; first window <= 2 s.

Run: .venv/bin/python -m benchmarks.ui_responsiveness [--rows 1000000] [--error-rate 0.01]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from desktop_app.ui.pages.base import StepPage
    from desktop_app.ui.wizard import PublicationWizard

P = TypeVar("P", bound="StepPage")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10
STALL_TARGET_MS = 100
FIRST_WINDOW_TARGET_S = 2.0
STEP_TIMEOUT_S = 600

CHILD = """
import os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from desktop_app.app import _application, build_services
from desktop_app.paths import AgentFolders
from desktop_app.ui.wizard import PublicationWizard
app = _application("fr")
with tempfile.TemporaryDirectory() as folder:
    wizard = PublicationWizard(build_services("fr", AgentFolders(Path(folder))))
    wizard.show()
    app.processEvents()
    print("shown", flush=True)
    wizard.done(0)
"""


def first_window_seconds() -> float:
    """Seconds from launching a new process to DataMairie's window being shown."""
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True
    ) as child:
        line = child.stdout.readline() if child.stdout is not None else ""
        seconds = time.perf_counter() - start
        child.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit("the window did not open")
    return seconds


class StallMeter:
    """Ticks every 10 ms on the GUI thread; remembers the longest gap and the step it fell in."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.step = "start"
        self.longest = 0.0
        self.longest_step = ""
        self.by_step: dict[str, float] = {}
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self._last = now
        self.by_step[self.step] = max(self.by_step.get(self.step, 0.0), gap)
        if gap > self.longest:
            self.longest, self.longest_step = gap, self.step

    def stop(self) -> None:
        """Stop ticking."""
        self._timer.stop()


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop (the timer keeps ticking) until ``condition`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + STEP_TIMEOUT_S
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise SystemExit(f"timed out waiting for {what}")


def measure_stalls(csv_path: Path, scratch: Path) -> tuple[StallMeter, int]:
    """Walk Accueil → Qualité on ``csv_path`` in the running wizard; return the meter and rows."""
    from desktop_app.app import _application
    from desktop_app.core.mapping.constants import CommuneIdentity
    from desktop_app.core.mapping.templates import MappingTemplates
    from desktop_app.ui.dialogs import QtDialogs
    from desktop_app.ui.pages.quality_page import QualityPage
    from desktop_app.ui.pages.schema_page import SchemaPage
    from desktop_app.ui.pages.welcome_page import WelcomePage
    from desktop_app.ui.services import Services
    from desktop_app.ui.texts import Texts
    from desktop_app.ui.wizard import PublicationWizard

    app = _application("fr")
    texts = Texts("fr")
    services = Services(
        texts=texts,
        dialogs=QtDialogs(texts),
        templates=MappingTemplates(scratch / "mappings"),
        commune=CommuneIdentity(name="Grenoble", siret="21380185500015", insee="38185"),
        sample_file=csv_path,
    )
    wizard = PublicationWizard(services)
    wizard.show()
    app.processEvents()
    meter = StallMeter()

    def advance(step: str) -> None:
        page = wizard.currentPage()
        wait_until(page.isComplete, f"{page.objectName()} to finish")
        meter.step = step
        wizard.next()

    try:
        meter.step = "Fichier: reading"
        welcome = _page(wizard, WelcomePage)
        welcome.start_example()
        advance("Schéma: ranking")
        schema_page = _page(wizard, SchemaPage)
        wait_until(lambda: schema_page.choices is not None, "the schema suggestions")
        meter.step = "Schéma: choosing"
        schema_page.select_schema("scdl/deliberations")
        advance("Correspondance: mapping and converting")
        advance("Qualité: validating and showing")
        quality = _page(wizard, QualityPage)
        wait_until(lambda: quality.isComplete() and quality.result is not None, "the check")
        meter.step = "Qualité: shown"
        deadline = time.monotonic() + 1.0  # let the page settle while the timer ticks
        wait_until(lambda: time.monotonic() > deadline, "the page to settle")
        rows = wizard.state.table.row_count if wizard.state.table is not None else 0
    finally:
        meter.stop()
        wizard.done(0)
    return meter, rows


def _page(wizard: PublicationWizard, kind: type[P]) -> P:
    page = wizard.page_for(kind)
    if not isinstance(page, kind):
        raise SystemExit(f"no {kind.__name__} in the wizard")
    return page


def main() -> None:
    """Measure and print the figures, with the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--error-rate", type=float, default=0.01)
    arguments = parser.parse_args()
    from benchmarks.validation_tables import write_table

    first = first_window_seconds()
    with tempfile.TemporaryDirectory(prefix="datamairie-ui-bench-") as folder:
        scratch = Path(folder)
        csv_path = scratch / "deliberations.csv"
        write_table(csv_path, "scdl/deliberations", arguments.rows, error_rate=arguments.error_rate)
        started = time.perf_counter()
        meter, rows = measure_stalls(csv_path, scratch)
        walk = time.perf_counter() - started
    result = {
        "rows": rows,
        "first_window_s": round(first, 3),
        "first_window_target_s": FIRST_WINDOW_TARGET_S,
        "longest_stall_ms": round(meter.longest * 1000, 1),
        "longest_stall_step": meter.longest_step,
        "stall_target_ms": STALL_TARGET_MS,
        "longest_stall_by_step_ms": {
            step: round(gap * 1000, 1) for step, gap in meter.by_step.items()
        },
        "walk_s": round(walk, 1),
    }
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
