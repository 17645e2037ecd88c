"""The composition root: logging, the Qt application, translations, services, the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.app_logging import setup_logging
from desktop_app.core.sources import read_table
from desktop_app.paths import profile_from, resources_dir
from desktop_app.texts import Language
from desktop_app.ui.dialogs import QtDialogs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.services import Services
from desktop_app.ui.texts import Texts

log = logging.getLogger(__name__)

SAMPLE_FILE = "exemple-deliberations.xlsx"


def _install_excepthook(texts: Texts, log_file: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.critical("unhandled error", exc_info=(kind, error, trace))
        if QApplication.instance() is not None:
            QMessageBox.critical(None, texts("app-title"), texts.of("unexpected", log=log_file))

    sys.excepthook = hook


def _translate_qt(app: QApplication, lang: Language) -> None:
    """Qt's own buttons (OK, Annuler, Suivant…) in the agent's language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(lang), "qtbase", "_", folder):
        app.installTranslator(translator)


def _application(lang: Language) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("DataMairie")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DataMairie")
    _translate_qt(app, lang)
    return app


def build_services(lang: Language) -> Services:
    """The services the windows need."""
    texts = Texts(lang)
    return Services(texts=texts, dialogs=QtDialogs(texts))


def run_wizard(*, profile_dir: Path | None, lang: Language) -> int:
    """Open DataMairie's window and run until the agent closes it."""
    profile = profile_from(profile_dir)
    log_file = setup_logging(profile)
    log.info("DataMairie %s starting", __version__)
    app = _application(lang)
    services = build_services(lang)
    _install_excepthook(services.texts, log_file)
    window = MainWindow(services)
    window.show()
    return app.exec()


def take_screenshots(directory: Path, *, lang: Language) -> int:
    """Render each page, filled with the bundled sample, to PNG files in ``directory``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(lang)
    directory.mkdir(parents=True, exist_ok=True)
    services = build_services(lang)
    window = MainWindow(services)
    window.show()
    app.processEvents()
    window.grab().save(str(directory / "00-fichier-vide.png"))
    table = read_table(resources_dir() / "samples" / SAMPLE_FILE)
    window.source_panel.show_table(table)
    app.processEvents()
    window.grab().save(str(directory / "01-fichier.png"))
    window.close()
    return 0
