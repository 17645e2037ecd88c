"""Corrections, fixes and privacy remedies: the four routes publish the same bytes.

The agent prepares a file from the command line (`prepare --project`), opens the project in
the wizard, corrects cells, applies rules to whole columns and decides about personal data
(rows removed, cells anonymised, free text redacted, rare first names grouped); the wizard
autosaves. Then the same project goes out by the three other routes: `prepare --out` with
that project, `publish` of the saved project, and the outbox (the waiting project opened
again). Each sends, byte for byte, what the wizard's Publication page sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import pytest

from desktop_app.cli import main
from desktop_app.core import clock
from desktop_app.core.preparation.edits import FIRST_ROW, CellEdit, ColumnRule, Edit, EditHistory
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.saving import save_project, snapshot_of
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.paths import resources_dir
from tests.builders import write_csv
from tests.communes import SUBVENTIONS, prenoms_csv
from tests.unit.preparation.test_one_publication import (
    _published_by_project,
    _sent_by_the_wizard,
    _wizard_state,
)

# Two natural persons among the beneficiaries, one of them reachable by an e-mail address.
PERSONS = [
    ["M. Jean Dupont", "", "Aide au ravalement de façade", "300,00 €", "12/02/2024",
     "Aide en numéraire", "unique", "Non", ""],
    ["DUPONT Marie", "", "Bourse sportive, contact marie.dupont@gmail.com", "150,00 €",
     "12/02/2024", "Aide en numéraire", "unique", "Non", ""],
    ["Association des parents d'élèves", "", "Sortie scolaire", "450,00 €", "12/02/2024",
     "Aide en numéraire", "unique", "Non", ""],
]  # fmt: skip
SUBSIDY_EDITS: tuple[Edit, ...] = (
    CellEdit("objet", FIRST_ROW, "Fête du village", "Fête du village (corrigé)"),
    # a person's row: typed by hand, then removed or anonymised by the privacy decision
    CellEdit("objet", FIRST_ROW + 3, "Aide au ravalement de façade", "Ravalement (corrigé)"),
    # Qualité's remedy for a group: the two SIRETs whose key is wrong are emptied
    ColumnRule(
        "idBeneficiaire",
        MappingProxyType({"12345678900012": "", "98765432100011": ""}),
        code="remedy-empty-cells",
    ),
    ColumnRule.constant("datesPeriodeVersement", "2024-03-01"),
    ColumnRule.constant("pourcentageSubvention", "1"),
)


@dataclass(frozen=True)
class Case:
    """A file, how it is prepared, what the agent corrects and decides, what must show."""

    schema: str
    edits: tuple[Edit, ...]
    remedies: dict[str, Remedy]
    present: tuple[str, ...]
    absent: tuple[str, ...]
    rows: int

    def source(self, folder: Path) -> Path:
        if self.schema == "scdl/prenoms":
            return prenoms_csv(folder)
        return write_csv(folder / "subventions.csv", SUBVENTIONS + PERSONS, encoding="cp1252")


CASES = {
    "rows-removed": Case(
        "scdl/subventions",
        SUBSIDY_EDITS,
        {
            "nomBeneficiaire/person_name/cells": Remedy.REMOVE_ROWS,
            "objet/email/cells": Remedy.REDACT_TEXT,
        },
        ("Fête du village (corrigé)", "2024-03-01", "Association des parents"),
        ("Dupont", "DUPONT", "gmail.com", "Ravalement", "12345678900012"),
        4,
    ),
    "cells-anonymised": Case(
        "scdl/subventions",
        SUBSIDY_EDITS,
        {
            "nomBeneficiaire/person_name/cells": Remedy.ANONYMISE_ROWS,
            "objet/email/cells": Remedy.REDACT_TEXT,
        },
        ("Personne physique", "Ravalement (corrigé)", "[donnée personnelle retirée]"),
        ("Dupont", "DUPONT", "gmail.com", "98765432100011"),
        6,
    ),
    "rare-names-grouped": Case(
        "scdl/prenoms",
        # the agent corrects Jade's count: no longer a rare first name
        (CellEdit("NOMBRE_OCCURRENCES", FIRST_ROW + 2, "2", "4"),),
        {"ENFANT_PRENOM/first_name/rows": Remedy.GROUP_RARE},
        ("Louise", "Jade", "Autres prénoms"),
        ("Gabriel",),
        3,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_four_routes_publish_the_same_bytes(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = CASES[name]
    catalogue = SchemaCatalogue(resources_dir() / "schemas", tmp_path / "cache")
    source = case.source(tmp_path)
    project = tmp_path / "projet.datamairie"
    profile = ["--profile-dir", str(tmp_path / "profil")]
    prepare = [*profile, "prepare", str(source), "--schema", case.schema, "--commune", "38185"]

    main([*prepare, "--project", str(project), "--json"])
    made = json.loads(capsys.readouterr().out)
    assert sorted(made["project"]["privacy_undecided"]) == sorted(case.remedies)

    # The wizard: the project opened, corrected and decided, then sent.
    state = _wizard_state(project, catalogue, tmp_path / "copies")
    history = EditHistory()
    for edit in case.edits:
        history = history.added(edit)
    state.edits = history
    state.privacy = [
        PrivacyDecision(
            finding.key, finding.column, finding.category.value, case.remedies[finding.key],
            decided_by="agent", decided_at=clock.now(),
        )
        for finding in state.preparation().scan.findings
    ]  # fmt: skip
    sent = _sent_by_the_wizard(state, tmp_path)
    text = sent.decode("utf-8")
    assert all(words in text for words in case.present), text
    assert not any(words in text for words in case.absent), text
    assert len(sent.splitlines()) - 1 == case.rows == state.preparation().rows

    # The wizard autosaves the project…
    snapshot = snapshot_of(state)
    assert snapshot is not None
    saved = tmp_path / "enregistre.datamairie"
    save_project(
        snapshot, saved, None, now=clock.timestamp(), progress=NO_PROGRESS, cancel=CancelToken()
    )

    # … `prepare --out` with that project writes the same bytes and keeps the project's work…
    out = tmp_path / "prepare.csv"
    main([*prepare, "--project", str(saved), "--out", str(out), "--json"])
    answer = json.loads(capsys.readouterr().out)
    assert out.read_bytes() == sent
    assert answer["edits"] == {"applied": len(case.edits), "skipped": 0}
    assert answer["privacy"]["undecided"] == []
    assert answer["rows"] == case.rows

    # … `publish` of the saved project sends them…
    assert _published_by_project(saved, catalogue, tmp_path / "publie.csv") == sent

    # … and so does the outbox: the waiting project, opened again.
    main([*profile, "project", "queue", str(saved), "--json"])
    capsys.readouterr()
    (waiting,) = Outbox(tmp_path / "profil").entries()
    reopened = _wizard_state(waiting.path, catalogue, tmp_path / "copies-2")
    assert _sent_by_the_wizard(reopened, tmp_path / "boite") == sent
