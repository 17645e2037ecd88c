"""Run by test_drafts_after_a_crash in a process of its own, which the test then kills.

Opens DataMairie on a profile folder, starts the example, goes to the Correspondance step
(each « Suivant » saves the draft), prints ``saved <step>`` once that draft is on disk, and
waits to be killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.app import _application, build_services
from desktop_app.paths import AgentFolders
from desktop_app.ui.pages.schema_page import SchemaPage
from desktop_app.ui.pages.welcome_page import WelcomePage
from desktop_app.ui.sample_account import sample_publishing
from desktop_app.ui.sample_walk import wait_until
from desktop_app.ui.services import SAMPLE_COMMUNE
from desktop_app.ui.wizard import PublicationWizard


def main(profile: Path) -> None:
    """Go to Correspondance with the example, say so once saved, then wait forever."""
    app = _application("fr")
    services = build_services("fr", AgentFolders(profile))
    services.publishing = sample_publishing(SAMPLE_COMMUNE.name)
    wizard = PublicationWizard(services)
    wizard.show()
    saves: list[object] = []
    wizard.project.saved.connect(saves.append)
    welcome = wizard.page_for(WelcomePage)
    assert isinstance(welcome, WelcomePage)
    welcome.start_example()
    wait_until(app, wizard.currentPage().isComplete)
    wizard.next()  # Fichier → Schéma: the draft is started
    schema_page = wizard.page_for(SchemaPage)
    assert isinstance(schema_page, SchemaPage)
    wait_until(app, lambda: schema_page.choices is not None)
    schema_page.select_schema("scdl/deliberations")
    wait_until(app, schema_page.isComplete)
    wizard.next()  # Schéma → Correspondance
    wait_until(app, lambda: wizard.state.reached == "mapping" and len(saves) >= 2)
    wait_until(app, lambda: not wizard.project.busy)
    sys.stdout.write(f"saved {wizard.state.reached}\n")
    sys.stdout.flush()
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
