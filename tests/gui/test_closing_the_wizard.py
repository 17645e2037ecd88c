"""Échap never closes the wizard; Annuler and the close box ask first and say what is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs


def _wizard(qtbot: QtBot, tmp_path: Path, dialogs: ScriptedDialogs) -> PublicationWizard:
    services = Services(
        texts=Texts("fr"), dialogs=dialogs, templates=MappingTemplates(tmp_path / "mappings")
    )
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _start_sample(wizard: PublicationWizard) -> None:
    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    welcome.example_button.click()
    assert wizard.currentId() == 1


def _quit_questions(dialogs: ScriptedDialogs) -> list[str]:
    return [str(kept) for asked, kept in dialogs.asked if asked == "quit"]


def test_escape_never_closes_the_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    wizard = _wizard(qtbot, tmp_path, dialogs)
    _start_sample(wizard)

    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Escape)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)

    assert wizard.isVisible()
    assert wizard.currentId() == 1
    assert _quit_questions(dialogs) == []  # not even a question: Échap does nothing
    wizard.done(0)


def test_cancel_asks_and_staying_keeps_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.quits = [False, True]
    wizard = _wizard(qtbot, tmp_path, dialogs)
    _start_sample(wizard)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)

    cancel.click()
    assert wizard.isVisible()
    assert wizard.currentId() == 1
    (kept,) = _quit_questions(dialogs)
    assert "exemple" in kept
    assert "rien n'est gardé" in kept

    cancel.click()
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_the_close_box_asks_and_names_the_saved_project(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.quits = [False]
    wizard = _wizard(qtbot, tmp_path, dialogs)
    source = tmp_path / "subventions.csv"
    source.write_text("a;b\n1;2\n", encoding="utf-8")
    wizard.state.source_path = source
    wizard.state.project_path = tmp_path / "Subventions 2024.datamairie"
    wizard.state.project_path.write_bytes(b"PK")  # as after its first save

    wizard.close()

    assert wizard.isVisible()
    (kept,) = _quit_questions(dialogs)
    assert "« Subventions 2024.datamairie »" in kept
    assert str(tmp_path) in kept


def test_unsaved_work_is_said_to_be_lost(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.quits = [False]
    wizard = _wizard(qtbot, tmp_path, dialogs)
    wizard.state.source_path = tmp_path / "budget.xlsx"

    wizard.close()

    assert wizard.isVisible()
    (kept,) = _quit_questions(dialogs)
    assert "sera perdu" in kept


def test_nothing_chosen_closes_without_a_question(qtbot: QtBot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    wizard = _wizard(qtbot, tmp_path, dialogs)

    wizard.button(QWizard.WizardButton.CancelButton).click()

    assert not wizard.isVisible()
    assert _quit_questions(dialogs) == []
