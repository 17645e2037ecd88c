"""A walk through every page of the wizard with the bundled sample, as a newcomer would go.

Used by ``datamairie screenshots`` (one picture per page) and by the tests that look at every
page (accessible names, keyboard, colours). The real workers run; each page is visited once
its work is done. Nothing is published: the Publication page is visited with its preview,
then Terminé shows a pretended publication.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.privacy_page import PrivacyPage
from desktop_app.ui.pages.publication_page import PublicationPage
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.sample_account import pretend_published
from desktop_app.ui.wizard import PublicationWizard

log = logging.getLogger(__name__)

PageVisit = Callable[[int, StepPage], None]
SAMPLE_SCHEMA = "scdl/deliberations"


def walk_with_sample(app: QApplication, wizard: PublicationWizard, visit: PageVisit) -> None:
    """Go from Accueil to Terminé on the sample, calling ``visit`` on each page once it is ready.

    The wizard's services must publish to the sample account (``sample_publishing``).
    """

    def ready() -> None:
        page = wizard.currentPage()
        wait_until(app, page.isComplete)
        app.processEvents()
        if isinstance(page, StepPage):
            visit(wizard.currentId(), page)

    ready()
    welcome = wizard.page_for(WelcomePage)
    if isinstance(welcome, WelcomePage):
        welcome.start_example()
    ready()
    wizard.next()
    schema_page = wizard.page_for(SchemaPage)
    if isinstance(schema_page, SchemaPage):
        wait_until(app, lambda: schema_page.choices is not None)
        if schema_page.choices is not None:
            names = [schema.name for schema in schema_page.choices.suggestions]
            schema_page.select_schema(SAMPLE_SCHEMA if SAMPLE_SCHEMA in names else names[0])
    ready()
    for number in range(3, len(wizard.pages)):
        wizard.next()
        page = wizard.currentPage()
        if isinstance(page, PrivacyPage):
            _take_advised_choices(app, page)
        if isinstance(page, PublicationPage):
            wait_until(app, page.form.publish_button.isEnabled)
            wait_until(app, _preview_counted(page))
            app.processEvents()
            visit(wizard.currentId(), page)  # before publishing: Next waits for it
            prepared = wizard.state.prepared
            pretend_published(wizard.state, 0 if prepared is None else len(prepared.frame))
            continue
        ready()
        if isinstance(page, QualityPage):
            # The sample keeps a few problems: the walk goes on knowingly, as an agent may.
            page.accept_problems()
        if wizard.currentId() != number:
            break


def _preview_counted(page: PublicationPage) -> Callable[[], bool]:
    """Whether the Publication preview shows the counts read back from the file to send."""
    return lambda: page.published is not None or bool(page.reader_problem)


def _take_advised_choices(app: QApplication, page: PrivacyPage) -> None:
    """Decide each personal-data finding as advised, so that the walk can go on."""
    wait_until(app, lambda: page.scan is not None)
    page.take_suggested()


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Let the workers run and the window update until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if condition():
            return
        if time.monotonic() > deadline:
            log.warning("sample walk: a page did not finish its work in time")
            return
        time.sleep(0.01)
