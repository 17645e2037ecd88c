"""Screenshots of the Qualité step with a large problem list, for docs/guide-agent.md.

The wizard opens as on a 1366×768 screen, on the subsidies export the tests build
(tests/subsidies_export.py: 396 rows, about 2,000 problems in five groups), mapped column
for column, with the commune's profile set. Three images: the problems as found, the
chosen group of SIRETs Excel damaged with its remedy, and the file once valid.

Run: .venv/bin/python scripts/make_quality_screenshots.py docs/images [--lang fr|en]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize

from desktop_app.app import _application, build_services
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.sources import read_table
from desktop_app.paths import AgentFolders
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.sample_walk import wait_until
from desktop_app.ui.screen_fit import fit_to_screen, layout_faults, screen_area
from desktop_app.ui.wizard import PublicationWizard
from tests.subsidies_export import PROFILE, subsidies_export_csv

SCREEN = QSize(1366, 768)


def main(argv: list[str] | None = None) -> int:
    """Write 04-quality-groups.png, 04-quality-remedy.png and 04-quality-valid.png."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", choices=("fr", "en"), default="fr")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(arguments.lang)
    arguments.folder.mkdir(parents=True, exist_ok=True)
    faults: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="datamairie-shots-") as scratch:
        services = build_services(arguments.lang, AgentFolders(Path(scratch)))
        wizard = PublicationWizard(services)
        fit_to_screen(wizard, screen_area(SCREEN, 1.0))
        state = wizard.state
        table = read_table(subsidies_export_csv(Path(scratch)))
        schema = services.catalogue.get("scdl/subventions")
        mapping = suggest_mapping(table, schema)
        for name in schema.field_names:
            mapping = mapping.with_column(name, name)
        state.commune = PROFILE
        state.source_path, state.table, state.schema = table.source.path, table, schema
        state.mapping, state.prepared = mapping, prepare_table(table, schema, mapping)
        page = wizard.page_for(QualityPage)
        if not isinstance(page, QualityPage):
            return 1
        wizard.setStartId(wizard.pages.index(page))
        wizard.restart()
        wizard.show()

        def save(name: str) -> None:
            wait_until(app, page.isComplete)
            app.processEvents()
            wizard.grab().save(str(arguments.folder / f"{name}.png"))
            faults[name] = layout_faults(wizard)

        save("04-quality-groups")
        page.apply_fixes()
        wait_until(app, page.isComplete)
        for number in range(page.ui.groups.count()):
            if "idBeneficiaire" in page.ui.groups.item(number).text():
                page.ui.groups.setCurrentRow(number)
                page._on_groups_item_activated(page.ui.groups.item(number))
        save("04-quality-remedy")
        while page.result is not None and page.result.index.count and page.ui.groups.count():
            page._on_groups_item_activated(page.ui.groups.item(0))
            if not page.remedies:
                break
            page.apply_group_remedy(0)
            wait_until(app, page.isComplete)
        save("04-quality-valid")
        wizard.done(0)
    print(json.dumps(faults, ensure_ascii=False, indent=2))  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
