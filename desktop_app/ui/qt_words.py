"""Qt's own words (file dialogs, standard buttons) in the wizard's language, not the system's.

Qt ships ``qtbase_fr.qm``, but its French lags behind Qt's English: labels that gained a
keyboard shortcut in Qt 6 ("&Look in:", "Files of &type:") are missing from it, so the file
dialog showed them in English. ``MissingQtWords`` answers those few, after ``qtbase_fr.qm``.
"""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.texts import Language

log = logging.getLogger(__name__)

# (context, Qt's English) → French, for words qtbase_fr.qm does not have.
MISSING_FRENCH: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
}


class MissingQtWords(QTranslator):
    """The French of the Qt labels that qtbase_fr.qm lacks."""

    def __init__(self, words: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def isEmpty(self) -> bool:
        """Never empty, so that Qt asks it."""
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The French of a label Qt asks for, or None to let Qt keep looking."""
        # None reaches Qt as a null string: "not mine, ask the next translator"; an empty
        # string would be taken as the translation and blank the label.
        return self._words.get((context, source_text))


def translation_folders() -> list[Path]:
    """Where Qt's .qm files may be: Qt's own answer, then beside PySide6 (frozen bundles)."""
    package = Path(PySide6.__file__).parent
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        package / "Qt" / "translations",
        package / "translations",
    ]


def install_qt_words(app: QApplication, lang: Language) -> list[QTranslator]:
    """Load Qt's translations for ``lang`` (none for English, Qt's own language).

    The language is the wizard's: with the system's locale unset (``LANG=C``) or in
    another language, the file dialogs still speak French.
    """
    if lang != "fr":
        return []
    installed: list[QTranslator] = []
    qtbase = QTranslator(app)
    if any(qtbase.load("qtbase_fr", str(folder)) for folder in translation_folders()):
        app.installTranslator(qtbase)
        installed.append(qtbase)
    else:
        log.warning("qtbase_fr.qm not found: Qt's own dialogs will be in English")
    # Installed last, asked first: its words win over an untranslated entry of qtbase.
    missing = MissingQtWords(MISSING_FRENCH, app)
    app.installTranslator(missing)
    installed.append(missing)
    return installed
