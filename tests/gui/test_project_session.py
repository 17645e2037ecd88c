"""The project: autosaved after a step, reloaded by core, resumed on its step; home and settings."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings, load_commune
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.edits import CellEdit, changed_cells
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.project.drafts import Drafts
from desktop_app.core.project.model import WizardPage
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.storage import ProjectFile
from desktop_app.paths import resources_dir
from desktop_app.ui.home import ProjectHome
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.preferences import RecentProject
from desktop_app.ui.settings_dialog import AppSettings, SettingsDialog
from desktop_app.ui.state import WizardState
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import InlineServices, ScriptedDialogs, settle
from tests.gui.projects import sample_state


@pytest.fixture
def profiled(profiled: InlineServices, tmp_path: Path) -> InlineServices:
    """The profiled services (conftest), with a Documents folder and a home of projects."""
    profile, preferences = profiled.profile, profiled.preferences
    assert profile is not None
    assert preferences is not None
    profiled.documents = tmp_path / "Documents"
    profiled.home = ProjectHome(profiled.texts, preferences, Outbox(profile.root))
    return profiled


def _step(wizard: PublicationWizard) -> str:
    return str(getattr(wizard.currentPage(), "step_key", ""))


def _filled_state(services: InlineServices, source: Path) -> WizardState:
    state = sample_state(services, source, reached="privacy")
    prepared = state.prepared
    assert prepared is not None
    before = str(prepared.frame["DELIB_MATIERE_NOM"].iat[0])
    state.edits = state.edits.added(CellEdit("DELIB_MATIERE_NOM", 2, before, "Budget"))
    state.privacy = [
        PrivacyDecision("DELIB_OBJET/email/cells", "DELIB_OBJET", "email", Remedy.REDACT_TEXT)
    ]
    return state


def test_autosave_writes_a_draft_without_a_question_core_reloads(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    state = _filled_state(profiled, source)
    wizard = PublicationWizard(profiled, state)
    qtbot.addWidget(wizard)

    assert wizard.project.save(state)
    settle(qtbot)

    assert dialogs.asked == []  # no dialog, no folder to choose
    assert profiled.profile is not None
    drafts = profiled.profile.root / "drafts"
    draft = drafts / "registre — scdl-deliberations.datamairie"
    assert state.project_path == draft
    project = ProjectFile(draft).load()
    assert project.schema_name == "scdl/deliberations"
    assert project.page is WizardPage.PRIVACY
    assert project.source.name == "registre.xlsx"
    assert [e.to_json() for e in project.edits.active] == [
        {
            "kind": "cell",
            "field": "DELIB_MATIERE_NOM",
            "row": 2,
            "before": "Finances locales/Décisions budgétaires",
            "after": "Budget",
        }
    ]
    assert project.privacy_decisions[0].remedy is Remedy.REDACT_TEXT
    assert project.metadata.title == "Délibérations : 2024/2025"
    assert project.commune.insee == "38453"
    assert wizard.project.drafts_panel is not None
    wizard.project.refresh_drafts()
    assert wizard.project.drafts_panel.chosen() == draft  # listed on Accueil

    state.metadata = DatasetMetadata(title="Nouveau titre")
    wizard.state_changed.emit(state)  # a later step: saved in place, nothing asked
    settle(qtbot)
    assert dialogs.asked == []
    assert ProjectFile(draft).load().metadata.title == "Nouveau titre"

    target = tmp_path / "Documents" / "delib.datamairie"
    target.parent.mkdir()
    dialogs.projects.append(target)
    assert wizard.project.save_as()  # « Enregistrer sous… »: the agent's place from now on
    settle(qtbot)
    assert dialogs.asked == [("project", tmp_path / "Documents" / "Nouveau titre.datamairie")]
    assert state.project_path == target
    assert ProjectFile(target).load().metadata.title == "Nouveau titre"
    assert not draft.exists()  # the draft became the project
    recent = profiled.preferences.recent_projects() if profiled.preferences else []
    assert [(r.path, r.title, r.page) for r in recent] == [(target, "Nouveau titre", "privacy")]


def test_the_example_is_kept_as_a_draft_too(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs
) -> None:
    state = _filled_state(profiled, profiled.sample_file)
    wizard = PublicationWizard(profiled, state)
    qtbot.addWidget(wizard)

    assert wizard.project.save(state)
    settle(qtbot)

    assert dialogs.asked == []
    assert state.project_path is not None
    assert state.project_path.name == "exemple-deliberations — scdl-deliberations.datamairie"
    assert ProjectFile(state.project_path).load().source.name == "exemple-deliberations.xlsx"


def test_drafts_are_deleted_on_request_and_after_30_days(
    qtbot: QtBot, profiled: InlineServices, tmp_path: Path
) -> None:
    assert profiled.profile is not None
    drafts = Drafts(profiled.profile.root)
    old = drafts.new_path("budget.xlsx", None)
    old.write_bytes(b"PK")
    waiting = drafts.new_path("budget.xlsx", None)
    waiting.write_bytes(b"PK")
    month_ago = time.time() - 31 * 24 * 3600
    for path in (old, waiting):
        os.utime(path, (month_ago, month_ago))
    Outbox(profiled.profile.root).add(waiting, now="2026-11-01T10:00:00+01:00")
    fresh = drafts.new_path("subventions.csv", "scdl/subventions")
    fresh.write_bytes(b"PK")

    wizard = PublicationWizard(profiled)  # each start forgets the drafts left for 30 days
    qtbot.addWidget(wizard)

    assert not old.exists()
    assert waiting.exists()  # waits in the outbox: kept
    panel = wizard.project.drafts_panel
    assert panel is not None
    assert [panel.entries.item(row).text().split(" — modifié")[0] for row in range(2)] == [
        "subventions — scdl-subventions",
        "budget (2)",
    ]
    panel.delete_button.click()
    assert not fresh.exists()
    assert panel.entries.count() == 1


def test_a_saved_project_resumes_on_the_step_it_reached(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    first = PublicationWizard(profiled, _filled_state(profiled, source))
    qtbot.addWidget(first)
    target = tmp_path / "delib.datamairie"
    first.state.project_path = target  # a project the agent placed there
    first.project.save(first.state)
    settle(qtbot)
    source.unlink()  # moved away: the project's own copy stands in

    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        wizard.project.open(target)
    assert walked.args == ["privacy"]
    assert _step(wizard) == "privacy"
    state = wizard.state
    assert state.project_path == target
    assert state.schema is not None
    assert state.schema.name == "scdl/deliberations"
    assert state.prepared is not None
    assert (
        changed_cells(state.prepared.frame, state.edits.active)[(0, "DELIB_MATIERE_NOM")]
        == "Budget"
    )
    assert state.metadata is not None
    assert state.metadata.title == "Délibérations : 2024/2025"
    assert state.source_path is not None
    assert state.source_path.name == "registre.xlsx"
    assert state.source_path != source
    wizard.back()  # « Précédent » works as if the agent had come by hand
    assert _step(wizard) == "quality"


def test_welcome_lists_recent_projects_and_asks_for_next_update(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert profiled.preferences is not None
    older = RecentProject(tmp_path / "a.datamairie", "Subventions", "done", "2025-01-05T10:00")
    newer = RecentProject(tmp_path / "b.datamairie", "Délibérations", "quality", "2025-02-07")
    profiled.preferences.remember_project(older)
    profiled.preferences.remember_project(newer)
    profiled.preferences.remember_project(older)  # again: back on top, listed once
    page = WelcomePage(WizardState(), profiled)
    qtbot.addWidget(page)
    page.initializePage()

    assert page.recent_list.count() == 2
    assert page.recent_list.item(0).text() == "Subventions — Terminé, enregistré le 2025-01-05"
    assert page.outbox_list.item(0).text() == "Rien en attente."
    assert page.chosen_project() == older.path
    new_file = tmp_path / "janvier.xlsx"
    dialogs.files.append(new_file)
    with qtbot.waitSignal(page.next_update_chosen) as chosen:
        page.next_update_button.click()
    assert chosen.args == [older.path, new_file]
    with qtbot.waitSignal(page.project_chosen) as opened:
        page.recent_list.itemActivated.emit(page.recent_list.item(1))
    assert opened.args == [newer.path]


def test_settings_find_the_commune_offline_and_are_kept(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs
) -> None:
    communes = CommuneDirectory.load(resources_dir() / "reference")
    dialog = SettingsDialog(profiled.texts, AppSettings(CommuneSettings(), communes=communes))
    qtbot.addWidget(dialog)
    found = dialog.search_communes("Beaulieu")
    assert len(found) > 5
    assert dialog.results.item(0).text().startswith("Beaulieu (")  # homonyms by département
    isere = next(c for c in found if c.department == "38")
    dialog.choose(isere)
    dialog.siret.setText("21380030300019")
    dialog.platform.setCurrentIndex(1)
    dialog.language.setCurrentIndex(1)
    chosen = dialog.settings()
    assert (chosen.commune.name, chosen.commune.insee) == ("Beaulieu", isere.insee)
    assert chosen.commune.siret == "21380030300019"
    assert (chosen.platform, chosen.language) == ("www", "en")

    profiled.communes = communes
    dialogs.settings.append(chosen)
    state = WizardState()
    page = WelcomePage(state, profiled)
    qtbot.addWidget(page)
    page.settings_button.click()
    settle(qtbot)
    assert state.commune.insee == isere.insee
    assert profiled.profile is not None
    assert profiled.preferences is not None
    saved = load_commune(profiled.profile)
    assert saved is not None
    assert saved.siret == "21380030300019"
    assert (profiled.preferences.platform, profiled.preferences.language) == ("www", "en")


def test_next_update_replays_the_project_on_the_new_file(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre-2024.xlsx"))
    first = PublicationWizard(profiled, _filled_state(profiled, source))
    qtbot.addWidget(first)
    target = tmp_path / "delib.datamairie"
    first.state.project_path = target  # a project the agent placed there
    first.project.save(first.state)
    settle(qtbot)
    new_file = Path(shutil.copy(profiled.sample_file, tmp_path / "registre-2025.xlsx"))

    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        wizard.project.next_update(target, new_file)
    # past Qualité (its problems accepted when asked), up to the first page needing the agent
    assert walked.args == ["privacy"]
    assert "not-conforming" in [asked for asked, _ in dialogs.asked]
    state = wizard.state
    assert state.source_path == new_file
    assert state.prepared is not None
    replayed = changed_cells(state.prepared.frame, state.edits.active)
    assert replayed[(0, "DELIB_MATIERE_NOM")] == "Budget"  # the correction replayed
    assert [d.finding for d in state.privacy] == ["DELIB_OBJET/email/cells"]
    assert state.metadata is not None
    assert state.metadata.title == "Délibérations : 2024/2025"

    settle(qtbot)  # Qualité validated on the way: the project now holds the new file
    qtbot.waitUntil(lambda: not wizard.project.busy, timeout=60_000)
    assert ProjectFile(target).load().source.name == "registre-2025.xlsx"
