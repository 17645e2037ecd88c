"""How long reopening a project takes: from « Ouvrir » to the wizard standing on its step.

A délibérations CSV of N rows (benchmarks/validation_tables.py) is prepared as the wizard
would prepare it (scdl/deliberations, the suggested mapping, a cell corrected, every
personal-data finding decided as advised, the problems left accepted) and saved at the
Description step. A fresh wizard (offscreen, the real workers) then opens it, while a 10 ms
timer measures the longest time the window could not answer. Printed: the seconds until the
wizard stands on Description with the Qualité check and the personal-data scan shown, and
the longest stall of the GUI thread meanwhile.

Run: .venv/bin/python -m benchmarks.project_open [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.ui_responsiveness import StallMeter, wait_until

COMMUNE = ("Grenoble", "21380185500015", "38185")


def saved_project(folder: Path, rows: int) -> Path:
    """A project of ``rows`` délibérations, saved on Description with every decision taken."""
    from benchmarks.validation_tables import write_table
    from desktop_app.core.clock import timestamp
    from desktop_app.core.mapping.constants import CommuneIdentity
    from desktop_app.core.mapping.prepare import prepare_table
    from desktop_app.core.mapping.suggest import suggest_mapping
    from desktop_app.core.metadata.model import DatasetMetadata
    from desktop_app.core.preparation.edits import CellEdit
    from desktop_app.core.preparation.preparation import edited_table
    from desktop_app.core.preparation.quality import check_quality
    from desktop_app.core.preparation.state import WizardState
    from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
    from desktop_app.core.privacy.scan import scan_prepared
    from desktop_app.core.project.conformity import decision_for
    from desktop_app.core.project.saving import save_project, snapshot_of
    from desktop_app.core.schemas import SchemaCatalogue
    from desktop_app.core.sources import read_table
    from desktop_app.core.tasks import NO_PROGRESS, CancelToken
    from desktop_app.paths import resources_dir

    source = folder / "deliberations.csv"
    write_table(source, "scdl/deliberations", rows, error_rate=0.01)
    schema = SchemaCatalogue(resources_dir() / "schemas", folder / "cache").get(
        "scdl/deliberations"
    )
    table = read_table(source)
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    state = WizardState(
        commune=CommuneIdentity(*COMMUNE),
        source_path=source,
        table=table,
        schema=schema,
        mapping=prepared.mapping,
        mapping_origin="suggested",
        prepared=prepared,
        metadata=DatasetMetadata(title="Délibérations du conseil municipal", licence="lov2"),
        reached="description",
    )
    first = str(prepared.frame["DELIB_OBJET"].iat[0])
    state.edits = state.edits.added(CellEdit("DELIB_OBJET", 2, first, f"{first} (corrigé)"))
    checked = check_quality(prepared, state.edits, progress=NO_PROGRESS, cancel=CancelToken())
    state.check = checked.index.check
    state.extras["conformity"] = decision_for(state.check, checked.fingerprint, now=timestamp())
    scan = scan_prepared(edited_table(prepared, state.edits))
    state.privacy = [
        PrivacyDecision(
            finding.key,
            finding.column,
            finding.category.value,
            finding.suggested,
            finding.advised_reason or "Élus" if finding.suggested is Remedy.KEEP else "",
        )
        for finding in scan.findings
    ]
    snapshot = snapshot_of(state)
    if snapshot is None:
        raise SystemExit("nothing to save")
    path = folder / "deliberations.datamairie"
    save_project(snapshot, path, None, now=timestamp(), progress=NO_PROGRESS, cancel=CancelToken())
    return path


def measure_opening(project: Path, scratch: Path) -> tuple[float, StallMeter, str]:
    """Open ``project`` in a new wizard; the seconds to its step, the meter, the step reached."""
    from desktop_app.app import _application
    from desktop_app.core.mapping.constants import CommuneIdentity
    from desktop_app.core.mapping.templates import MappingTemplates
    from desktop_app.ui.dialogs import QtDialogs
    from desktop_app.ui.pages.privacy_page import PrivacyPage
    from desktop_app.ui.pages.quality_page import QualityPage
    from desktop_app.ui.services import Services
    from desktop_app.ui.texts import Texts
    from desktop_app.ui.wizard import PublicationWizard

    app = _application("fr")
    texts = Texts("fr")
    services = Services(
        texts=texts,
        dialogs=QtDialogs(texts),
        templates=MappingTemplates(scratch / "mappings"),
        commune=CommuneIdentity(*COMMUNE),
    )
    wizard = PublicationWizard(services)
    wizard.show()
    app.processEvents()
    quality, privacy = wizard.page_for(QualityPage), wizard.page_for(PrivacyPage)
    if not isinstance(quality, QualityPage) or not isinstance(privacy, PrivacyPage):
        raise SystemExit("no Qualité or Données personnelles page")
    reached: list[str] = []
    wizard.project.walked.connect(reached.append)
    meter = StallMeter()
    meter.step = "opening: reading, checking, scanning"
    welcome = wizard.pages[0]

    def pages_shown(_: object) -> None:
        meter.step = "opening: the pages shown"

    welcome.runner.succeeded.connect(pages_shown)
    started = time.perf_counter()
    try:
        wizard.project.open(project)
        wait_until(
            lambda: bool(reached) and quality.result is not None and privacy.scan is not None,
            "the project on its step",
        )
        seconds = time.perf_counter() - started
    finally:
        meter.stop()
        wizard.done(0)
    return seconds, meter, reached[0]


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="datamairie-open-bench-") as folder:
        scratch = Path(folder)
        project = saved_project(scratch, arguments.rows)
        seconds, meter, step = measure_opening(project, scratch)
    result = {
        "rows": arguments.rows,
        "opening_s": round(seconds, 2),
        "step_reached": step,
        "longest_stall_ms": round(meter.longest * 1000, 1),
        "longest_stall_by_step_ms": {
            step: round(gap * 1000, 1) for step, gap in meter.by_step.items()
        },
    }
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
