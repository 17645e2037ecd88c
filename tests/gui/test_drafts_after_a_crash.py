"""Work is never lost: a process killed mid-journey is offered for resuming at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.app import build_services
from desktop_app.paths import AgentFolders
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs

ROOT = Path(__file__).resolve().parents[2]


def _journey_killed_on_mapping(profile: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_probe", str(profile)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        told = process.stdout.readline()
        assert told.strip() == "saved mapping"
    finally:
        process.kill()  # no goodbye: as a crash, a kill or a power cut
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def test_a_killed_session_resumes_where_the_agent_was(qtbot: QtBot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    _journey_killed_on_mapping(profile)
    dialogs = ScriptedDialogs()
    services = build_services("fr", AgentFolders(profile))
    services.dialogs = dialogs
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()

    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        assert wizard.project.offer_resume()

    assert dialogs.asked == [("resume", "exemple-deliberations — scdl-deliberations")]
    assert walked.args == ["mapping"]
    assert wizard.currentPage().title() == "Correspondance des colonnes"
    state = wizard.state
    assert state.schema is not None
    assert state.schema.name == "scdl/deliberations"
    assert state.table is not None
    assert state.table.row_count == 20

    wizard.done(0)  # a normal end: nothing to offer at the next start
    again = PublicationWizard(services)
    qtbot.addWidget(again)
    assert not again.project.offer_resume()
    assert [asked for asked, _ in dialogs.asked] == ["resume"]


def test_declining_keeps_the_draft_and_asks_no_more(qtbot: QtBot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    _journey_killed_on_mapping(profile)
    dialogs = ScriptedDialogs()
    dialogs.resumes = [False]
    services = build_services("fr", AgentFolders(profile))
    services.dialogs = dialogs
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)

    assert not wizard.project.offer_resume()
    assert not wizard.project.offer_resume()  # asked once only
    panel = wizard.project.drafts_panel
    assert panel is not None
    assert panel.entries.count() == 1  # still among the drafts on Accueil
    assert panel.chosen() == profile / "drafts" / (
        "exemple-deliberations — scdl-deliberations.datamairie"
    )
