"""Going from one project to another: nothing of the first lands on the second, nothing lost.

Work still running on the project left, corrections and decisions not yet validated, a save
ending late, settings saved during an opening: each keeps to its own project.
"""

from __future__ import annotations

import dataclasses
import shutil
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.edits import CellEdit
from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.project.saving import SavedProject
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication.state import PublicationState, PublicationStep
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.paths import AgentFolders
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.description_page import DescriptionPage
from desktop_app.ui.pages.done_page import DonePage
from desktop_app.ui.pages.file_page import FilePage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.services import Services
from desktop_app.ui.settings_dialog import AppSettings
from desktop_app.ui.texts import Texts
from desktop_app.ui.wizard import PublicationWizard
from tests.builders import write_csv
from tests.gui.conftest import InlineServices, ScriptedDialogs, settle
from tests.gui.projects import COMMUNE, MATTER, decided_state, open_decided_sample, opened, saved


def test_work_of_the_project_open_before_never_lands_on_the_opened_one(
    qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """A scan of the previous project still running is dropped when another project opens.

    The agent left Données personnelles while its scan of a large file ran, went back to
    Accueil and opened another project: the wizard goes to that project's step at once, and
    the old scan's end (nothing found in the other file) never replaces this project's scan.
    """
    services = Services(texts=Texts("fr"), dialogs=dialogs, templates=None)  # real threads
    profile = AgentFolders(tmp_path / "profile")
    profile.root.mkdir()
    services.profile = profile
    services.preferences = Preferences(profile.root)
    source = Path(shutil.copy(services.sample_file, tmp_path / "registre.xlsx"))
    before = decided_state(services, source)
    expected = before.preparation().publishable_bytes
    target = tmp_path / "delib.datamairie"
    saving = PublicationWizard(services, before)
    qtbot.addWidget(saving)
    before.project_path = target
    with qtbot.waitSignal(saving.project.saved, timeout=30_000):
        assert saving.project.save(before)

    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    privacy = wizard.page_for(PrivacyPage)
    quality = wizard.page_for(QualityPage)
    assert isinstance(privacy, PrivacyPage)
    assert isinstance(quality, QualityPage)
    released = threading.Event()
    stopped: list[str] = []

    def earlier_scan(*, progress: ProgressFn, cancel: CancelToken) -> PrivacyScan:
        # the other project's large file, still being scanned, a chunk at a time
        while not released.wait(0.01):
            if cancel.cancelled:
                stopped.append("cancelled")
                break
        return PrivacyScan((), (), 20, ())

    privacy.tasks.run("step-privacy-scanning", earlier_scan)
    quality.tasks.run("step-checking", earlier_scan)
    other = write_csv(tmp_path / "autre.csv", [["Nom", "Montant"]] + [["x", "1"]] * 3000)
    file_page = wizard.page_for(FilePage)
    assert isinstance(file_page, FilePage)
    file_page.panel.open_file(other)  # the file chosen before: its reading was under way
    try:
        with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
            wizard.project.open(target)
        assert walked.args == ["description"]  # not held back on a page busy with old work
        assert wizard.state.preparation().publishable_bytes == expected
        assert not privacy.runner.busy
        assert not privacy.tasks.progress.isVisible()
    finally:
        released.set()
    qtbot.waitUntil(lambda: len(stopped) == 2, timeout=5_000)  # told to stop, both
    qtbot.wait(100)  # their ends reach the window: they must not be shown

    assert wizard.state.table is not None
    assert wizard.state.table.row_count == 20
    assert file_page.panel.table is wizard.state.table
    assert privacy.scan is wizard.state.privacy_scan
    assert privacy.scan is not None
    assert len(privacy.scan.findings) == len(before.privacy) >= 2
    assert set(privacy.decisions) == {decision.finding for decision in before.privacy}
    assert quality.result is not None
    assert quality.result.index.check is wizard.state.check
    for page in wizard.pages + saving.pages:
        page.shutdown()


def test_opening_another_project_first_saves_the_corrections_not_yet_validated(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """Cells corrected on Qualité, then Précédent to Accueil and another project opened.

    « Suivant » was never pressed after the correction: it was on the page only. Opening
    the other project saves it into its own project first instead of losing it.
    """
    wizard, source, first, other = _two_projects_first_open(qtbot, profiled, tmp_path)
    while not isinstance(wizard.currentPage(), QualityPage):
        wizard.back()
    quality = wizard.currentPage()
    assert isinstance(quality, QualityPage)
    quality.correct(4, MATTER, "Urbanisme")  # on the page only: Suivant not pressed
    settle(qtbot)
    while wizard.currentId() > 0:
        wizard.back()
    assert opened(qtbot, wizard, other) == "description"
    settle(qtbot)

    kept = ProjectFile(first).load().edits.active
    assert [(e.field, e.row, e.after) for e in kept if isinstance(e, CellEdit)][-1] == (
        MATTER,
        6,  # data row 4, below the header: sheet row 6
        "Urbanisme",
    )
    assert ProjectFile(other).load().edits.active == decided_state(profiled, source).edits.active
    assert wizard.state.project_path == other


def test_opening_another_project_first_saves_the_decisions_not_yet_validated(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """A decision changed on Données personnelles, then Accueil and another project opened."""
    wizard, _, first, other = _two_projects_first_open(qtbot, profiled, tmp_path)
    wizard.back()
    privacy = wizard.currentPage()
    assert isinstance(privacy, PrivacyPage)
    assert privacy.scan is not None
    finding = privacy.scan.findings[0]
    assert finding.suggested is not Remedy.REMOVE_COLUMN
    privacy.decide(finding, Remedy.REMOVE_COLUMN)  # Suivant not pressed
    while wizard.currentId() > 0:
        wizard.back()

    assert opened(qtbot, wizard, other) == "description"
    settle(qtbot)

    decisions = {d.finding: d.remedy for d in ProjectFile(first).load().privacy_decisions}
    assert decisions[finding.key] is Remedy.REMOVE_COLUMN
    assert len(decisions) >= 2  # the others kept too
    others = {d.finding: d.remedy for d in ProjectFile(other).load().privacy_decisions}
    assert others[finding.key] is finding.suggested


def test_a_save_ending_after_another_project_opened_is_not_taken_for_its_own(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """The first project's save ends after the second project opened: the second one's next
    save must not take the first one's creation date (nor its place in the outbox)."""
    _, first, other = _two_projects(qtbot, profiled, tmp_path)
    old = ProjectFile(first)
    old.save(dataclasses.replace(old.load(), created_at="2020-01-06T09:00:00+01:00"))
    created = ProjectFile(other).load().created_at
    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    assert opened(qtbot, wizard, first) == "description"

    late = SavedProject(first, ProjectFile(first).load())  # the first one's save, still going
    assert opened(qtbot, wizard, other) == "description"
    # Its end reaches the window now (a large file's save outlasts a small project's
    # opening; the threads' order cannot be forced, so its report is delivered here).
    wizard.project._saver.succeeded.emit(late)
    assert wizard.state.project_path == other
    assert wizard.project.save(wizard.state)
    settle(qtbot)

    assert ProjectFile(other).load().created_at == created
    assert ProjectFile(first).load().created_at == "2020-01-06T09:00:00+01:00"


def test_next_update_asked_on_done_shows_its_progress_and_its_refusal_where_the_agent_is(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """« Préparer la prochaine mise à jour » on the last page, with a file that cannot be read.

    The opening runs on Accueil's strip (progress, « Annuler », message): the wizard goes
    there first, so the agent sees the work and why it failed, never a page that stays still.
    """
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    state = decided_state(profiled, source)
    state.reached = "done"
    state.metadata = DatasetMetadata(
        title="Délibérations du conseil municipal",
        description="Les délibérations du conseil municipal, séance par séance. " * 3,
        keywords=("deliberations",),
        frequency="monthly",
        zones=("fr:commune:38453",),
    )
    state.publication = PublicationState(
        mode="update", dataset_id="d1", resource_id="r1", step=PublicationStep.CHECKED
    )
    target = tmp_path / "delib.datamairie"
    saved(qtbot, profiled, state, target)
    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    assert opened(qtbot, wizard, target) == "done"
    done = wizard.currentPage()
    assert isinstance(done, DonePage)
    damaged = tmp_path / "registre-fevrier.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not a workbook")  # cut short while copied
    dialogs.files.append(damaged)

    done.next_button.click()
    settle(qtbot)

    page = wizard.currentPage()
    assert isinstance(page, StepPage)
    assert page.step_key == "welcome"
    assert page.tasks.banner.isVisible()
    assert page.tasks.banner.current_code not in (None, "", "cancelled")
    assert "registre-fevrier.xlsx" in page.tasks.banner.text
    assert ProjectFile(target).load().publication.dataset_id == "d1"  # nothing lost


def test_back_on_accueil_the_corrections_not_yet_validated_are_saved(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """Corrections on Qualité, Précédent to Accueil, then « Nouvelle publication »."""
    wizard, first, _ = open_decided_sample(qtbot, profiled, tmp_path)
    while not isinstance(wizard.currentPage(), QualityPage):
        wizard.back()
    quality = wizard.currentPage()
    assert isinstance(quality, QualityPage)
    quality.correct(4, MATTER, "Urbanisme")  # Suivant not pressed
    while wizard.currentId() > 0:
        wizard.back()
    welcome = wizard.currentPage()
    assert isinstance(welcome, WelcomePage)

    welcome.new_button.click()
    settle(qtbot)

    assert wizard.state.source_path is None  # a new publication: the state starts over
    kept = ProjectFile(first).load().edits.active
    assert [(e.field, e.row, e.after) for e in kept if isinstance(e, CellEdit)][-1] == (
        MATTER,
        6,
        "Urbanisme",
    )


def test_back_on_accueil_the_description_being_typed_is_saved(
    qtbot: QtBot, profiled: InlineServices, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    wizard, first, source = open_decided_sample(qtbot, profiled, tmp_path)
    page = wizard.currentPage()
    assert isinstance(page, DescriptionPage)
    page.form.title.setText("Délibérations du conseil municipal de Saint-Nizier")  # not validated
    while wizard.currentId() > 0:
        wizard.back()
    settle(qtbot)

    kept = ProjectFile(first).load()
    assert kept.metadata.title == "Délibérations du conseil municipal de Saint-Nizier"
    assert kept.edits.active == decided_state(profiled, source).edits.active


def test_saving_the_settings_while_a_project_opens_does_not_drop_the_opening(
    qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = Services(texts=Texts("fr"), dialogs=dialogs, templates=None)  # real threads
    profile = AgentFolders(tmp_path / "profile")
    profile.root.mkdir()
    services.profile = profile
    services.preferences = Preferences(profile.root)
    services.communes = CommuneDirectory(())  # loaded already: the dialog opens at once
    source = Path(shutil.copy(services.sample_file, tmp_path / "registre.xlsx"))
    target = tmp_path / "delib.datamairie"
    saving = PublicationWizard(services, decided_state(services, source))
    qtbot.addWidget(saving)
    saving.state.project_path = target
    with qtbot.waitSignal(saving.project.saved, timeout=30_000):
        assert saving.project.save(saving.state)
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    welcome = wizard.pages[0]
    assert isinstance(welcome, WelcomePage)
    dialogs.settings.append(AppSettings(COMMUNE, "fr", "demo"))

    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        wizard.project.open(target)
        welcome.settings_button.click()  # while the project is being read

    assert walked.args == ["description"]
    assert [asked for asked, _ in dialogs.asked] == ["settings"]
    for page in wizard.pages + saving.pages:
        page.shutdown()


def _two_projects(
    qtbot: QtBot, profiled: InlineServices, tmp_path: Path
) -> tuple[Path, Path, Path]:
    """The sample file, and two projects of it with their decisions taken, saved."""
    source = Path(shutil.copy(profiled.sample_file, tmp_path / "registre.xlsx"))
    first, other = tmp_path / "delib.datamairie", tmp_path / "autre.datamairie"
    saved(qtbot, profiled, decided_state(profiled, source), first)
    saved(qtbot, profiled, decided_state(profiled, source), other)
    return source, first, other


def _two_projects_first_open(
    qtbot: QtBot, profiled: InlineServices, tmp_path: Path
) -> tuple[PublicationWizard, Path, Path, Path]:
    """Two saved projects (``_two_projects``), the first opened in a new wizard."""
    source, first, other = _two_projects(qtbot, profiled, tmp_path)
    wizard = PublicationWizard(profiled)
    qtbot.addWidget(wizard)
    wizard.show()
    assert opened(qtbot, wizard, first) == "description"
    return wizard, source, first, other
