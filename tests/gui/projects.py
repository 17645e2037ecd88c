"""A sample project for the opening and switching tests: prepared, corrected, decided, saved."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import MappingProxyType

from pytestqt.qtbot import QtBot

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.edits import CellEdit, ColumnRule
from desktop_app.core.preparation.preparation import edited_table
from desktop_app.core.preparation.quality import check_quality
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.scan import scan_prepared
from desktop_app.core.project.conformity import decision_for
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.ui.services import Services
from desktop_app.ui.state import CONFORMITY, WizardState
from desktop_app.ui.wizard import PublicationWizard
from tests.gui.conftest import InlineServices, settle

COMMUNE = CommuneSettings(name="Saint-Nizier-du-Moucherotte", siret="21380453700016", insee="38453")
MATTER = "DELIB_MATIERE_NOM"


def sample_state(services: Services, source: Path, *, reached: str) -> WizardState:
    """The sample read, mapped as suggested and described, having reached ``reached``."""
    table = read_table(source)
    schema = services.catalogue.get("scdl/deliberations")
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    return WizardState(
        commune=COMMUNE,
        source_path=source,
        sheet=table.source.sheet,
        header_row=table.source.header_row,
        table=table,
        schema=schema,
        mapping=prepared.mapping,
        mapping_origin="suggested",
        prepared=prepared,
        metadata=DatasetMetadata(title="Délibérations : 2024/2025", licence="lov2"),
        reached=reached,
    )


def decided_state(services: Services, source: Path) -> WizardState:
    """The sample prepared up to Description: a cell typed, a column fixed, all decided."""
    state = sample_state(services, source, reached="description")
    prepared = state.prepared
    assert prepared is not None
    first = str(prepared.frame[MATTER].iat[0])
    budget = "Finances locales/Décisions budgétaires"
    state.edits = state.edits.added(CellEdit(MATTER, 2, first, "Budget")).added(
        ColumnRule(MATTER, MappingProxyType({budget: "Finances locales"}), ("fix",))
    )
    result = check_quality(
        prepared, state.edits, COMMUNE, progress=NO_PROGRESS, cancel=CancelToken()
    )
    state.check = result.index.check
    state.extras[CONFORMITY] = decision_for(state.check, result.fingerprint, now="2026-12-07")
    scan = scan_prepared(edited_table(prepared, state.edits))
    assert len(scan.findings) >= 2  # an e-mail in free text, names of persons
    state.privacy_scan = scan
    state.privacy = [
        PrivacyDecision(
            finding.key,
            finding.column,
            finding.category.value,
            finding.suggested,
            "" if finding.suggested is not Remedy.KEEP else finding.advised_reason or "Élus",
        )
        for finding in scan.findings
    ]
    return state


def saved(qtbot: QtBot, services: InlineServices, state: WizardState, target: Path) -> None:
    """Save ``state`` as the project ``target``, as the wizard does."""
    wizard = PublicationWizard(services, state)
    qtbot.addWidget(wizard)
    state.project_path = target
    assert wizard.project.save(state)
    settle(qtbot)
    assert target.exists()


def opened(qtbot: QtBot, wizard: PublicationWizard, path: Path) -> str:
    """Open the project ``path`` in ``wizard``; the step it stopped on."""
    with qtbot.waitSignal(wizard.project.walked, timeout=60_000) as walked:
        wizard.project.open(path)
    return str(walked.args[0])


def open_decided_sample(
    qtbot: QtBot, services: InlineServices, folder: Path
) -> tuple[PublicationWizard, Path, Path]:
    """The decided sample saved as a project, then opened in a new window on Description.

    Returns the window, the project and the copy of the sample it was made from.
    """
    source = Path(shutil.copy(services.sample_file, folder / "registre.xlsx"))
    project = folder / "delib.datamairie"
    saved(qtbot, services, decided_state(services, source), project)
    wizard = PublicationWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    assert opened(qtbot, wizard, project) == "description"
    return wizard, project, source
