"""The whole wizard on the bundled sample, publishing to the sample account (nothing sent)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.texts import Language
from desktop_app.ui.sample_account import sample_publishing
from desktop_app.ui.services import SAMPLE_COMMUNE, Services
from desktop_app.ui.texts import Texts
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import ScriptedDialogs
from tests.gui.fake_datagouv import RecordingDesktop


@contextmanager
def sample_wizard(folder: Path, lang: Language = "fr") -> Iterator[PublicationWizard]:
    """A shown wizard, destroyed afterwards on the GUI thread.

    A walked wizard leaves reference cycles between pages and their Qt objects; left to the
    garbage collector, they may be freed on a worker thread of a later test, which crashes.
    """
    services = Services(
        texts=Texts(lang),
        dialogs=ScriptedDialogs(),
        templates=MappingTemplates(folder / "mappings"),
        desktop=RecordingDesktop(),
        publishing=sample_publishing(SAMPLE_COMMUNE.name),
    )
    wizard = PublicationWizard(services)
    wizard.show()
    try:
        yield wizard
    finally:
        wizard.done(0)
        wizard.deleteLater()
        del wizard
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
