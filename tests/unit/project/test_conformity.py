"""The honest gate: a decision to publish data with problems holds for that data only."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.project.conformity import data_fingerprint, gate
from desktop_app.core.project.document import VERSION, project_from_json, project_to_json
from desktop_app.core.project.model import ConformityDecision, ProjectError, ValidationSummary
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.storage import ProjectFile, source_record
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.paths import resources_dir
from tests.unit.project.support import full_project

HEADER = "COMMUNE_NOM,COLL_INSEE,ENFANT_SEXE,ENFANT_PRENOM,NOMBRE_OCCURRENCES,ANNEE\n"
GOOD = "Vif,38545,F,Louise,3,2024\n"
BAD = "Vif,38545,X,Léo,2,vingt\n"


def _schema() -> TableSchema:
    return SchemaCatalogue(resources_dir() / "schemas").get("scdl/prenoms")


def _csv(folder: Path, name: str, *rows: str) -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_conforming_data_goes_without_a_decision(tmp_path: Path) -> None:
    data = _csv(tmp_path, "ok.csv", GOOD)

    conformity = gate(data, data, _schema(), None, accept_problems=False, now="t")

    assert conformity.conforming
    assert conformity.decision is None


def test_problems_stop_the_publication_with_their_count(tmp_path: Path) -> None:
    data = _csv(tmp_path, "bad.csv", GOOD, BAD)

    with pytest.raises(ProjectError) as refused:
        gate(data, data, _schema(), None, accept_problems=False, now="t")

    assert refused.value.code == "project-not-conforming"
    assert refused.value.params == {"count": 2, "rows": 1, "total": 2}


def test_an_accepted_decision_holds_for_that_data_only(tmp_path: Path) -> None:
    data = _csv(tmp_path, "bad.csv", GOOD, BAD)
    schema = _schema()

    accepted = gate(data, data, schema, None, accept_problems=True, now="2026-12-06T21:00")
    decision = accepted.decision

    assert decision == ConformityDecision(2, 1, data_fingerprint(data), "2026-12-06T21:00")
    assert gate(data, data, schema, decision, accept_problems=False, now="t").decision == decision
    next_month = _csv(tmp_path, "next.csv", BAD, BAD)
    with pytest.raises(ProjectError):
        gate(next_month, next_month, schema, decision, accept_problems=False, now="t")


def test_the_decision_is_kept_in_the_project_and_older_projects_still_open(
    tmp_path: Path,
) -> None:
    record = source_record(_csv(tmp_path, "src.csv", GOOD), tmp_path / "p.datamairie")
    decision = ConformityDecision(12, 5, "ab" * 32, "2026-12-06T21:00:00+01:00")
    project = dataclasses.replace(full_project(record), conformity=decision)

    document = project_to_json(project)
    assert document["version"] == VERSION >= 2
    assert project_from_json(document).conformity == decision
    older = {**document, "version": 1}
    del older["conformity"]
    assert project_from_json(older).conformity is None


@pytest.mark.parametrize(
    ("valid", "decision", "state"),
    [
        (True, None, "conforming"),
        (False, None, "problems"),
        (False, ConformityDecision(7, 3, "ab" * 32), "accepted"),
    ],
)
def test_the_outbox_shows_whether_the_data_conforms(
    tmp_path: Path, valid: bool, decision: ConformityDecision | None, state: str
) -> None:
    source = _csv(tmp_path, "src.csv", GOOD)
    file = ProjectFile(tmp_path / "p.datamairie")
    summary = ValidationSummary(valid, 10, 0 if valid else 7)
    project = dataclasses.replace(
        full_project(source_record(source, file.path)), validation=summary, conformity=decision
    )
    file.create(project, source)
    outbox = Outbox(tmp_path / "profil")
    (tmp_path / "profil").mkdir()
    outbox.add(file.path, now="2026-12-06")

    entry = outbox.entries()[0]

    assert entry.conformity == state
    assert entry.problems == (0 if valid else 7)
