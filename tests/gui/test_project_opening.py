"""Opening a project restores its preparation at once: no page works again, nothing replayed.

The opening's task rebuilds the Preparation and checks and scans it; when it ends, the
state and the pages hold everything, and the wizard goes straight to the project's step,
each page showing the state (the check and scan are the opening's own objects).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.preparation.edits import changed_cells
from desktop_app.core.project import storage
from desktop_app.core.project.restoring import RestoredProject
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.description_page import DescriptionPage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import InlineServices, ScriptedDialogs
from tests.gui.projects import MATTER, decided_state, saved


def test_an_opened_project_shows_its_quality_and_privacy_state_without_replay(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    before = decided_state(profiled, source)
    expected_bytes = before.preparation().publishable_bytes
    assert b"example.org" not in expected_bytes  # the e-mail address is redacted
    expected_check = before.check
    assert expected_check is not None
    target = tmp_path / "delib.datamairie"
    saved(qtbot, profiled, before, target)

    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    welcome = wizard.pages[0]
    quality = wizard.page_for(QualityPage)
    privacy = wizard.page_for(PrivacyPage)
    assert isinstance(quality, QualityPage)
    assert isinstance(privacy, PrivacyPage)
    restored: list[RestoredProject] = []
    complete: list[bool] = []

    def delivered(result: object) -> None:  # connected after the session's own slot
        if isinstance(result, RestoredProject):
            restored.append(result)
            state = wizard.state
            # Right after the opening's task: the state and the pages hold it all already.
            complete.append(
                state.check is not None
                and state.privacy_scan is result.scan is not None
                and quality.result is result.quality is not None
                and privacy.scan is result.scan
                and state.metadata is not None
            )

    welcome.runner.succeeded.connect(delivered)
    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        wizard.project.open(target)

    assert complete == [True]
    assert walked.args == ["description"]
    assert str(getattr(wizard.currentPage(), "step_key", "")) == "description"
    assert dialogs.asked == []  # the problems were accepted before saving: not asked again
    state = wizard.state
    assert state.preparation().publishable_bytes == expected_bytes
    assert state.check is not None
    assert (state.check.error_count, state.check.rows) == (
        expected_check.error_count,
        expected_check.rows,
    )
    assert state.prepared is not None
    cells = changed_cells(state.prepared.frame, state.edits.active, state.prepared.schema)
    assert cells[(0, MATTER)] == "Budget"
    assert "Finances locales" in cells.values()  # the column fix replayed
    assert state.privacy_scan is not None
    assert [f.key for f in state.privacy_scan.findings] == [d.finding for d in before.privacy]
    assert [(d.finding, d.remedy) for d in state.privacy] == [
        (d.finding, d.remedy) for d in before.privacy
    ]

    opening = restored[0]
    assert quality.result is opening.quality  # shown as the opening made it, not checked again
    assert privacy.scan is opening.scan is state.privacy_scan  # not scanned again
    assert not privacy.waiting
    assert quality.model.text(0, list(state.prepared.frame.columns).index(MATTER)) == "Budget"

    wizard.back()  # « Précédent » shows the decisions as they were
    assert wizard.currentPage() is privacy
    assert privacy.isComplete()
    wizard.back()
    assert wizard.currentPage() is quality
    assert quality.isComplete()
    assert quality.result is not None
    assert quality.result.index.count == expected_check.error_count


def test_a_project_whose_file_changed_opens_on_its_copy_and_says_so(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    before = decided_state(profiled, source)
    target = tmp_path / "delib.datamairie"
    saved(qtbot, profiled, before, target)
    expected_bytes = before.preparation().publishable_bytes
    source.write_bytes(source.read_bytes() + b"\0")  # the agent's file changed since

    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        wizard.project.open(target)

    assert walked.args == ["description"]
    assert dialogs.asked == []  # as before: the copy kept in the project is taken, no question
    state = wizard.state
    assert state.source_path is not None
    assert state.source_path != source  # the project's own copy
    assert state.table is not None
    assert state.table.row_count == 20
    assert state.preparation().publishable_bytes == expected_bytes
    page = wizard.currentPage()
    assert isinstance(page, DescriptionPage)
    banner = page.tasks.banner
    assert banner.current_code == "project-source-changed"
    assert "« registre.xlsx » a été modifié" in banner.text


def test_a_project_whose_file_is_there_but_locked_says_so_not_that_it_moved(
    qtbot: QtBot,
    profiled: InlineServices,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    before = decided_state(profiled, source)
    target = tmp_path / "delib.datamairie"
    saved(qtbot, profiled, before, target)
    opened_by_another_program = storage.fingerprint

    # A sharing violation (Windows) or a refusal by permissions cannot be provoked as root
    # on Linux: opening this one file fails as it would then.
    def held(path: Path, **options: Any) -> tuple[int, str]:
        if path.name == source.name:
            raise PermissionError(13, "Permission denied", str(path))
        return opened_by_another_program(path, **options)

    monkeypatch.setattr(storage, "fingerprint", held)

    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.project.walked, timeout=60_000):
        wizard.project.open(target)

    state = wizard.state
    assert state.source_path is not None
    assert state.source_path != source  # the project's own copy, meanwhile
    page = wizard.currentPage()
    assert isinstance(page, StepPage)
    banner = page.tasks.banner
    assert banner.current_code == "project-source-locked"
    assert "« registre.xlsx » est bien à sa place" in banner.text
    assert "autre programme" in banner.text
    assert "n'est plus" not in banner.text
