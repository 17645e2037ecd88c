"""The composition root: logging, the Qt application, translations, services, the window."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.app_logging import LOG_NAME, setup_logging
from desktop_app.core.commune.settings import load_commune
from desktop_app.core.errors import AppError
from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.schemas.agent import MAPPING_TEMPLATES, schema_catalogue
from desktop_app.paths import AgentFolders, agent_folders_from, resources_dir
from desktop_app.texts import Language
from desktop_app.ui.crash import CrashHandler
from desktop_app.ui.desk_shots import save_desk_pictures
from desktop_app.ui.dialogs import QtDialogs
from desktop_app.ui.home import ProjectHome
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.palette import use_dark_palette
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.publishing import OutboxQueue
from desktop_app.ui.qt_words import install_qt_words
from desktop_app.ui.sample_account import sample_publishing
from desktop_app.ui.sample_walk import walk_with_sample
from desktop_app.ui.screen_fit import fit_to_screen, layout_faults, screen_area
from desktop_app.ui.services import SAMPLE_COMMUNE, Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.wizard import PublicationWizard

log = logging.getLogger(__name__)

# Set to 1 to draw the window with a dark palette (Fusion), as Windows in dark mode does:
# the way to check dark-theme screenshots on any machine.
DARK_PALETTE = "DATAMAIRIE_DARK"
GIL_TURN_S = 0.001


def _application(lang: Language) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    # Workers hold the GIL in turns of this length; each call from Qt into Python (a cell
    # painted, a timer) may wait one turn. 1 ms instead of 5 keeps the window answering.
    sys.setswitchinterval(GIL_TURN_S)
    app.setApplicationName("DataMairie")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("DataMairie")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "datamairie.png")))
    install_qt_words(app, lang)  # the wizard's language, whatever the system's locale
    if os.environ.get(DARK_PALETTE):
        use_dark_palette(app)
    return app


def build_services(lang: Language, profile: AgentFolders | None = None) -> Services:
    """The services the wizard needs, with the agent's folders when a profile is given."""
    texts = Texts(lang)
    services = Services(texts=texts, dialogs=QtDialogs(texts))
    if profile is not None:
        services.catalogue = schema_catalogue(profile)
        services.templates = MappingTemplates(profile.root / MAPPING_TEMPLATES)
        services.log_file = profile.logs / LOG_NAME
        services.publishing.work_folder = profile.cache / "publication"
        services.publishing.publish_later = OutboxQueue(profile.root)
        _add_project_services(services, profile)
    return services


def _add_project_services(services: Services, profile: AgentFolders) -> None:
    """Recent projects, outbox, commune profile and preferences from the agent's profile."""
    profile.root.mkdir(parents=True, exist_ok=True)
    services.profile = profile
    services.preferences = Preferences(profile.root)
    services.home = ProjectHome(services.texts, services.preferences, Outbox(profile.root))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        services.documents = Path(documents)
    try:
        saved = load_commune(profile)
    except AppError as error:
        log.warning("commune profile unreadable: %s", error.code)
        saved = None
    if saved is not None:
        services.commune = saved


def preferred_language(profile: AgentFolders, asked: Language) -> Language:
    """The language chosen in the settings, unless the command line asked for English."""
    if asked != "fr":
        return asked
    profile.root.mkdir(parents=True, exist_ok=True)
    return Preferences(profile.root).language or asked


def run_wizard(*, profile_dir: Path | None, lang: Language, project: Path | None = None) -> int:
    """Open DataMairie's window (on ``project`` if given) and run until the agent closes it."""
    profile = agent_folders_from(profile_dir)
    log_file = setup_logging(profile)
    log.info("DataMairie %s starting", __version__)
    lang = preferred_language(profile, lang)
    app = _application(lang)
    services = build_services(lang, profile)
    CrashHandler(services.texts, services.desktop, log_file).install()
    wizard = PublicationWizard(services)
    screen = app.primaryScreen()
    if screen is not None:  # within the screen's free area: Suivant never under the taskbar
        fit_to_screen(wizard, screen.availableGeometry())
    wizard.show()
    if project is not None:
        wizard.project.open(project)
    elif not wizard.project.offer_resume():  # a session that did not end: resume it
        QTimer.singleShot(0, wizard.offer_commune_setup)  # first start: choose the commune
    if os.environ.get(STARTUP_PROBE):
        # scripts/build-bundle.sh measures the time to the first window this way.
        QTimer.singleShot(0, lambda: _report_first_window(app))
    return app.exec()


STARTUP_PROBE = "DATAMAIRIE_STARTUP_PROBE"


def _report_first_window(app: QApplication) -> None:
    """Print when the first window was painted (seconds since the epoch), then quit."""
    print(f"first-window {time.time():.3f}", flush=True)  # noqa: T201
    app.quit()


def take_screenshots(
    directory: Path, *, lang: Language, size: QSize | None = None, scale: float = 1.0
) -> int:
    """Walk the wizard with the bundled sample and save one PNG per page in ``directory``.

    ``size`` is the screen (physical pixels) and ``scale`` the system's scaling: the window
    opens as it would on that screen, so each PNG is at most that size. What would not fit
    (a button outside the window, a cut text) is written to ``layout.json``, page by page.
    The real workers run; each page is saved once its work is done. Nothing is published.
    With ``DATAMAIRIE_DARK=1`` the pages are drawn with a dark palette.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is None and scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"  # as Windows' 125 % or 150 %
    app = _application(lang)
    directory.mkdir(parents=True, exist_ok=True)
    faults: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="datamairie-shots-") as scratch:
        services = build_services(lang, AgentFolders(Path(scratch)))
        services.publishing = sample_publishing(SAMPLE_COMMUNE.name)  # no network, no upload
        services.publishing.publish_later = OutboxQueue(Path(scratch))
        wizard = PublicationWizard(services)
        if size is not None:
            fit_to_screen(wizard, screen_area(size, scale))
        wizard.show()

        def save(number: int, page: StepPage) -> None:
            wizard.grab().save(str(directory / f"{number:02d}-{page.step_key}.png"))
            faults[page.step_key] = layout_faults(wizard)

        try:
            walk_with_sample(app, wizard, save)
            window = [wizard.width(), wizard.height()]
        finally:
            wizard.done(0)
        if size is None:  # the guide's pictures of the desk; a screen check wants pages only
            save_desk_pictures(directory, services.texts)
    report = {"scale": scale, "window": window, "pages": faults}
    if size is not None:
        report["screen"] = [size.width(), size.height()]
    (directory / "layout.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0
