"""Help (the guide, the log folder) and the crash dialog (plain words, never a key)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app.ui.crash import CrashHandler
from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.help_dialog import PICTURE_WIDTH
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs
from tests.gui.fake_datagouv import RecordingDesktop

SECRET = "eyJhbGciOiJIUzUxMiJ9.secret-de-test"  # noqa: S105 - must never be shown


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("fr", "Publier mes délibérations pour la première fois"), ("en", "DataMairie guide")],
)
def test_help_shows_the_guide_and_opens_the_log_folder(
    qtbot: QtBot, tmp_path: Path, lang: str, heading: str
) -> None:
    desktop = RecordingDesktop()
    log_file = tmp_path / "logs" / "datamairie.log"
    services = Services(
        texts=Texts(lang),  # type: ignore[arg-type]
        dialogs=ScriptedDialogs(),
        desktop=desktop,
        log_file=log_file,
    )
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()

    wizard.helpRequested.emit()
    dialog = wizard.help_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert heading in dialog.guide.toPlainText()
    if lang == "fr":  # the French guide shows the screenshots, shrunk to the dialog
        pictures = _picture_widths(dialog.guide.document())
        assert len(pictures) >= 9
        assert set(pictures) == {PICTURE_WIDTH}
        picture = dialog.guide.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("images/04-quality.png")
        )
        assert picture  # found through the guide's folder, in docs/ or in the frozen build
    dialog.logs_button.click()
    assert desktop.folders == [log_file.parent]


def _picture_widths(document: QTextDocument) -> list[float]:
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            form = iterator.fragment().charFormat()
            if form.isImageFormat():
                widths.append(form.toImageFormat().width())
            iterator += 1
        block = block.next()
    return widths


def test_the_crash_dialog_points_to_the_log_and_hides_the_error(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    desktop = RecordingDesktop()
    log_file = tmp_path / "logs" / "datamairie.log"
    handler = CrashHandler(Texts("fr"), desktop, log_file, modal=False)
    try:
        raise RuntimeError(f"refused {SECRET}")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL):
            handler(type(error), error, error.__traceback__)

    dialog = handler.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert str(log_file) in text
    assert "Un problème inattendu" in text
    assert SECRET not in text
    assert "Traceback" not in text
    assert "RuntimeError" not in text
    assert [record.levelname for record in caplog.records] == ["CRITICAL"]
    dialog.logs_button.click()
    assert desktop.folders == [log_file.parent]

    handler(RuntimeError, RuntimeError("again"), None)
    assert handler.dialog is dialog  # a second bug does not stack a second dialog
