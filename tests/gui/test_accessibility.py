"""Every page, walked with the sample: named for screen readers, reachable by Tab, with mnemonics.

The walk is the one of ``datamairie screenshots`` (real workers, the sample account, nothing
published). On each page, every visible control must have a name a screen reader can read
(its accessible name, its text, or the label it is the buddy of), take the
focus with Tab, and every button and labelled field must have its own Alt+letter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop_app.texts import Language
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.qt_words import install_qt_words
from desktop_app.ui.sample_walk import walk_with_sample
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.sample_wizard import sample_wizard

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)
# Parts of a composite control (a combo box's list, a table's corner button, a spin box's
# line edit): the control itself is checked, not its parts.
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView)
WIZARD_BUTTONS = (
    QWizard.WizardButton.HelpButton,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def _controls(page: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, COMPOSITES):
            parent = parent.parentWidget()
        if parent is page or parent is None:
            found.append(widget)
    return found


def _spoken_name(widget: QWidget, page: QWidget) -> str:
    """The name a screen reader announces: the accessible name, the words, or the buddy label.

    (Qt's own QAccessible interfaces are not used here: their Python wrappers, freed by the
    garbage collector on a worker thread, crash the test run.)
    """
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is widget]
    return labels[0].text().replace("&", "").strip() if labels else ""


def _mnemonic(text: str) -> str | None:
    """The Alt+letter of a text ("&Suivant" → "s"), None without one."""
    key = QKeySequence.mnemonic(text)
    return key.toString().lower() if not key.isEmpty() else None


def _reachable_by_letter(button: QPushButton) -> bool:
    """Whether a button with words on it has its Alt+letter or a shortcut."""
    if not button.text():
        return True
    return _mnemonic(button.text()) is not None or not button.shortcut().isEmpty()


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def page_faults(wizard: PublicationWizard, page: StepPage) -> list[str]:
    """What keyboard and screen-reader users would miss on ``page``."""
    faults = []
    for widget in _controls(page):
        where = f"{page.step_key}: {_describe(widget)}"
        if not _spoken_name(widget, page):
            faults.append(f"{where} has no accessible name")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            faults.append(f"{where} cannot be reached with Tab")
        if isinstance(widget, QPushButton) and not _reachable_by_letter(widget):
            faults.append(f"{where} has neither a mnemonic nor a shortcut")
    letters: dict[str, str] = {}
    buttons = [wizard.button(which) for which in WIZARD_BUTTONS]
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is not None]
    actions = [button for button in page.findChildren(QAbstractButton) if button.text()]
    marked: list[QAbstractButton | QLabel] = [*buttons, *actions, *labels]
    for widget in marked:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        letter = _mnemonic(widget.text())
        if letter is None:
            continue
        if letter in letters:
            faults.append(f"{page.step_key}: {letter} opens {letters[letter]} and {widget.text()}")
        letters[letter] = widget.text()
    return faults


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_can_be_used_with_the_keyboard_and_a_screen_reader(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, lang: Language
) -> None:
    translators = install_qt_words(qapp, lang)  # "&Suivant" has its letter too
    visited: list[str] = []
    faults: list[str] = []
    try:
        with sample_wizard(tmp_path, lang) as wizard:
            steps = [page.step_key for page in wizard.pages]

            def look(number: int, page: StepPage) -> None:
                visited.append(page.step_key)
                faults.extend(page_faults(wizard, page))

            walk_with_sample(qapp, wizard, look)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

    assert visited == steps
    assert not faults, "\n".join(faults)


def test_the_checks_see_a_nameless_control(qtbot: QtBot, tmp_path: Path) -> None:
    """The checks themselves can fail: a bare field with no label is reported."""
    with sample_wizard(tmp_path) as wizard:
        page = wizard.pages[0]
        bare = QLineEdit(page)
        bare.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        mute = QPushButton("Sans lettre", page)
        page.body.addWidget(bare)
        page.body.addWidget(mute)
        qtbot.waitUntil(bare.isVisible)
        faults = page_faults(wizard, page)

    assert "welcome: QLineEdit('') has no accessible name" in faults
    assert "welcome: QLineEdit('') cannot be reached with Tab" in faults
    assert "welcome: QPushButton('Sans lettre') has neither a mnemonic nor a shortcut" in faults
