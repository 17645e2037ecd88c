"""`project update`: next month's workbook gets last month's treatment from a script."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.commune.settings import CommuneSettings, save_commune
from desktop_app.core.preparation.edits import CellEdit, ColumnRule, EditHistory
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.project.model import WizardPage
from desktop_app.core.project.storage import ProjectFile, fingerprint
from desktop_app.core.publication.state import PublicationState, PublicationStep
from desktop_app.paths import AgentFolders
from tests.builders import write_xlsx

LABELS = ["N° délib.", "Date de la séance", "Objet", "Thème", "Code matière", "Rapporteur"]
SCHOOLS = "Domaines de compétences par thèmes/Enseignement"
TITLE = ["Commune de Saint-Nizier-du-Moucherotte — registre des délibérations"]
TYPO = CellEdit("DELIB_OBJET", 2, "Budjet annexe de l'eau", "Budget annexe de l'eau")
THEME = ColumnRule("DELIB_MATIERE_NOM", {"Finances": "Finances locales/Budget"})
DECISION = PrivacyDecision(
    "Rapporteur:person_name", "Rapporteur", "person_name", Remedy.KEEP, "Élus dans leur mandat"
)


def _register(path: Path, sheet: str, rows: list[list[Any]], labels: list[str] = LABELS) -> Path:
    return write_xlsx(path, {sheet: [TITLE, [], labels, *rows]})


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


@pytest.fixture
def march_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A project prepared on March's register, corrected, decided on and published."""
    profile = tmp_path / "profil"
    save_commune(
        AgentFolders(profile),
        CommuneSettings(name="Saint-Nizier-du-Moucherotte", siret="21380433900017", insee="38433"),
    )
    march = _register(
        tmp_path / "mars.xlsx",
        "Mars 2024",
        [
            ["2024-010", dt.datetime(2024, 3, 4), "Budjet annexe de l'eau", "Finances", "7.1",
             "Le maire"],
            ["2024-011", dt.datetime(2024, 3, 25), "Cantine", SCHOOLS, "8.1",
             "Mme Adjointe"],
        ],
    )  # fmt: skip
    project = tmp_path / "deliberations.datamairie"
    status, _ = _run(
        capsys, "--profile-dir", str(profile), "prepare", str(march), "--schema",
        "scdl/deliberations", "--project", str(project), "--frequency", "monthly", "--json",
    )  # fmt: skip
    assert status == 0
    file = ProjectFile(project)
    prepared = file.load()
    file.save(
        dataclasses.replace(
            prepared,
            edits=EditHistory((TYPO, THEME), 2),
            privacy_decisions=(DECISION,),
            publication=PublicationState(
                platform="www", dataset_id="d1", resource_id="r1", step=PublicationStep.CHECKED
            ),
            page=WizardPage.DONE,
        )
    )
    return project, profile


def test_next_month_is_replayed_saved_and_reported(
    tmp_path: Path, march_project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, profile = march_project
    april = _register(
        tmp_path / "avril.xlsx",
        "Avril 2024",  # another sheet name: the sheet holding the table is read instead
        [
            ["2024-012", dt.datetime(2024, 4, 8), "Budjet annexe de l'eau", "Finances", "7.1",
             "Le maire"],
            ["2024-013", dt.datetime(2024, 4, 29), "Voirie", "Finances", "7.1", "Mme Adjointe"],
            ["2024-014", dt.datetime(2024, 4, 29), "Écoles", SCHOOLS, "8.1",
             "Le maire"],
        ],
    )  # fmt: skip
    status, out = _run(
        capsys, "--profile-dir", str(profile), "project", "update", str(project), str(april),
        "--json",
    )  # fmt: skip
    payload = json.loads(out)
    assert status == 0, json.dumps(payload, ensure_ascii=False)
    assert payload["previous_source"] == "mars.xlsx"
    assert payload["source"]["name"] == "avril.xlsx"
    assert payload["source"]["sheet"] == "Avril 2024"
    assert payload["source"]["sha256"] == fingerprint(april)[1]
    assert payload["mapping"]["missing_columns"] == []
    assert payload["mapping"]["fields"] == 7  # 5 columns, COLL_NOM and COLL_SIRET
    assert payload["edits"] == {"replayed": 2, "changed_cells": 3, "skipped": []}
    assert payload["privacy"] == {"kept": ["Rapporteur:person_name"], "dropped": []}
    assert payload["temporal_coverage"] == {"start": "2024-04-08", "end": "2024-04-29"}
    assert payload["validation"]["rows"] == 3
    assert payload["validation"]["valid"] is True
    assert payload["publication"] == {"mode": "update", "dataset_id": "d1", "platform": "www"}
    assert payload["page"] == "quality"
    assert payload["complete"] is True
    assert payload["ready"] is True

    saved = ProjectFile(project).load()
    assert saved.source.name == "avril.xlsx"
    assert saved.edits == EditHistory((TYPO, THEME), 2)
    assert saved.privacy_decisions == (DECISION,)
    assert saved.publication.step is PublicationStep.NOT_STARTED
    assert saved.validation is not None
    assert saved.validation.rows == 3
    copy = ProjectFile(project).extract_source(tmp_path / "copie")
    assert copy.read_bytes() == april.read_bytes()


def test_what_could_not_be_carried_over_is_said_in_french(
    tmp_path: Path, march_project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, profile = march_project
    labels = [label for label in LABELS if label not in ("Code matière", "Rapporteur")]
    april = _register(
        tmp_path / "avril.xlsx",
        "Mars 2024",
        [["2024-012", dt.datetime(2024, 4, 8), "Budget de l'eau", "Finances"]],
        labels,
    )
    status, out = _run(
        capsys, "--profile-dir", str(profile), "project", "update", str(project), str(april)
    )  # fmt: skip
    assert status == 1
    assert "« Code matière »" in out  # the mapped column gone
    assert "ligne 2, champ DELIB_OBJET" in out  # the typo is not there this month
    assert "« Rapporteur:person_name »" in out  # its column gone: the decision is dropped
    assert "Période couverte : du 08/04/2024 au 08/04/2024." in out
    assert "mettra à jour le même jeu de données" in out
    for raw in ("missing_columns", "not-started", "update", "quality"):
        assert raw not in out

    _, shown = _run(capsys, "project", "show", str(project), "--json")
    saved = json.loads(shown)
    assert saved["privacy"]["decisions"] == []
    mapping = {item["field"]: item["column"] for item in saved["mapping"]}
    assert mapping["DELIB_MATIERE_CODE"] is None
    assert mapping["DELIB_MATIERE_NOM"] == "Thème"


def test_an_unreadable_new_file_leaves_the_project_untouched(
    tmp_path: Path, march_project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, profile = march_project
    before = project.read_bytes()
    damaged = tmp_path / "avril.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    status, out = _run(
        capsys, "--profile-dir", str(profile), "project", "update", str(project), str(damaged),
        "--json",
    )  # fmt: skip
    assert status == 2
    assert json.loads(out)["error"]["message"]
    assert project.read_bytes() == before

    status, out = _run(
        capsys, "--profile-dir", str(profile), "project", "update", str(project),
        str(tmp_path / "absent.xlsx"), "--header-row", "-1", "--json",
    )  # fmt: skip
    assert status == 2
    assert json.loads(out)["error"]["code"] == "header-row-negative"
    assert project.read_bytes() == before


def test_a_saved_part_that_takes_nothing_back_next_month_is_said_and_dropped(
    tmp_path: Path, march_project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, profile = march_project
    file = ProjectFile(project)
    saved = file.load()
    # Last month the agent took back the total of row 7, a second table in rows 40-41 and a
    # note in row 50.
    source = dataclasses.replace(saved.source, include=((7, 7), (40, 41), (50, 50)))
    file.save(dataclasses.replace(saved, source=source))
    april = _register(
        tmp_path / "avril.xlsx",
        "Mars 2024",
        [
            ["2024-012", dt.datetime(2024, 4, 8), "Budget annexe de l'eau", "Finances", "7.1",
             "Le maire"],
            ["2024-013", dt.datetime(2024, 4, 29), "Voirie", "Finances", "7.1", "Mme Adjointe"],
            ["2024-014", dt.datetime(2024, 4, 29), "Écoles", SCHOOLS, "8.1", "Le maire"],
            ["Total", None, None, None, None, None],
        ],
    )  # fmt: skip
    argv = ["--profile-dir", str(profile), "project", "update", str(project), str(april)]

    status, out = _run(capsys, *argv, "--json")
    payload = json.loads(out)

    assert status == 1
    assert payload["include"] == {"kept": [[7, 7]], "ignored": [[40, 41], [50, 50]]}
    assert payload["source"]["include"] == [[7, 7]]
    assert payload["complete"] is False
    assert ProjectFile(project).load().source.include == ((7, 7),)

    file.save(dataclasses.replace(file.load(), source=source))
    status, text = _run(capsys, *argv)
    assert status == 1
    assert "Les lignes 40-41, reprises comme données la dernière fois" in text
    assert "La ligne 50, reprise comme donnée la dernière fois, ne rencontre aucune" in text
    assert "La ligne 7" not in text
    file.save(dataclasses.replace(file.load(), source=source))
    status, text = _run(capsys, "--lang", "en", *argv)
    assert "Rows 40-41, taken in as data last time, meet no part set aside" in text
