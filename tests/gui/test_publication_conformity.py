"""Data published knowingly with problems says so: in the preview, the project and the outbox."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.prepare import write_publishable_csv
from desktop_app.core.preparation.edits import CellEdit, EditHistory
from desktop_app.core.preparation.quality import check_quality
from desktop_app.core.project.conformity import data_fingerprint, decision_for
from desktop_app.core.project.next_update import replay_table
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.saving import save_project, snapshot_of
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.ui.home import ProjectHome
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.publishing import OutboxQueue
from desktop_app.ui.state import CONFORMITY
from tests.gui.fake_datagouv import FakeDataGouv
from tests.gui.test_publication_page import _page, _preview, _services, _state


def test_an_accepted_non_conforming_publication_says_so_everywhere(
    qtbot: QtBot, tmp_path: Path
) -> None:
    server = FakeDataGouv()
    server.offline = True
    services = _services(server, tmp_path)
    services.publishing.publish_later = OutboxQueue(tmp_path / "profile")
    state = _state(tmp_path, services)
    assert state.prepared is not None
    result = check_quality(
        state.prepared, EditHistory(), progress=NO_PROGRESS, cancel=CancelToken()
    )
    check = result.index.check
    assert not check.valid  # the délibérations lack their ACTES codes
    state.check = check
    state.extras[CONFORMITY] = decision_for(check, result.fingerprint, now="2026-12-06T21:30")
    state.reached = "publication"
    state.source_path = tmp_path / "delib.xlsx"
    state.project_path = tmp_path / "deliberations.datamairie"
    snapshot = snapshot_of(state)
    assert snapshot is not None
    save_project(
        snapshot, state.project_path, None, now="t", progress=NO_PROGRESS, cancel=CancelToken()
    )
    page = _page(qtbot, services, state)

    preview = _preview(page)

    assert preview["Conformité"].startswith(f"{check.error_count} problèmes restants dans 3 lignes")
    assert "pas de badge de conformité" in preview["Conformité"]
    assert preview["Lignes"] == "3 lignes publiées sur 3 lignes du tableau d'origine"
    project = ProjectFile(state.project_path).load()
    assert project.conformity is not None
    assert project.conformity.problems == check.error_count
    assert project.conformity.fingerprint == result.fingerprint

    page.form.later_button.click()

    [entry] = Outbox(tmp_path / "profile").entries()
    assert entry.conformity == "accepted"
    assert entry.problems == check.error_count
    home = ProjectHome(services.texts, Preferences(tmp_path), Outbox(tmp_path / "profile"))
    [line] = home.outbox()
    assert "non conforme au schéma, publié en le sachant" in line.detail
    assert f"({check.error_count} problèmes restants)" in line.detail


def test_a_conforming_publication_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    services = _services(FakeDataGouv(), tmp_path)
    state = _state(tmp_path, services)
    assert state.prepared is not None
    frame = state.prepared.frame
    frame["DELIB_MATIERE_CODE"] = "7.1"
    frame["DELIB_MATIERE_NOM"] = "Finances locales/Décisions budgétaires"
    result = check_quality(
        state.prepared, EditHistory(), progress=NO_PROGRESS, cancel=CancelToken()
    )
    state.check = result.index.check
    assert state.check.valid, [g.kind for g in result.groups]

    preview = _preview(_page(qtbot, services, state))

    assert preview["Conformité"].startswith("Conforme au schéma scdl/deliberations")
    assert preview["Conformité"].endswith("(3 lignes)")


def test_the_wizard_s_decision_names_the_data_publish_will_check(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # What `publish` fingerprints (the project's source replayed with its corrections) is
    # the table the agent accepted on the Qualité page: the decision holds headless too.
    services = _services(FakeDataGouv(), tmp_path)
    state = _state(tmp_path, services)
    assert state.prepared is not None
    assert state.schema is not None
    date = list(state.prepared.frame.columns).index("DELIB_DATE")
    before = str(state.prepared.frame["DELIB_DATE"].iat[0])
    state.edits = state.edits.added(CellEdit("DELIB_DATE", 2, before, "2024-03-16"))
    result = check_quality(state.prepared, state.edits, progress=NO_PROGRESS, cancel=CancelToken())
    state.check = result.index.check
    state.extras[CONFORMITY] = decision_for(state.check, result.fingerprint, now="t")
    state.source_path = tmp_path / "delib.xlsx"
    snapshot = snapshot_of(state)
    assert snapshot is not None
    path = tmp_path / "deliberations.datamairie"
    save_project(snapshot, path, None, now="t", progress=NO_PROGRESS, cancel=CancelToken())
    project = ProjectFile(path).load()

    replayed = replay_table(project, read_table(state.source_path), state.schema).prepared
    write_publishable_csv(replayed, tmp_path / "verifie.csv")

    assert replayed.frame.iat[0, date] == "2024-03-16"
    assert project.conformity is not None
    assert project.conformity.holds_for(
        data_fingerprint(tmp_path / "verifie.csv"), result.index.count
    )
