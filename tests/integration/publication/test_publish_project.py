"""`datamairie publish PROJECT.datamairie`: a saved project published on the real udata.

The project is made by `datamairie prepare --project` from a workbook the test writes; the
publication prepares the file again from the copy the project keeps, records each step in the
project, and a second run finds the work done instead of publishing twice.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest
import requests

from desktop_app.core.preparation.state import WizardState
from desktop_app.core.project.model import Project
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication import connect
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.paths import resources_dir
from desktop_app.ui.publication_plan import PlanChoices, build_plan
from tests.builders import write_xlsx
from tests.integration.publication.conftest import ROOT, Udata
from tests.integration.publication.helpers import datasets_titled

pytestmark = pytest.mark.integration

HEADER = ["N° de délibération", "Date de la séance", "Objet", "Thème"]
ROWS = [
    ["2024-001", dt.date(2024, 1, 22), "Vote du budget primitif 2024", "Finances"],
    ["2024-002", dt.date(2024, 3, 25), "Tarifs de la cantine scolaire", "Écoles"],
    ["2024-003", dt.date(2024, 6, 24), "Travaux de voirie rue des Écoles", "Voirie"],
]


def _run(folder: Path, *arguments: str, key: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    if key is not None:
        environment["DATAMAIRIE_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=180,
        check=False,
    )


def _publish(
    folder: Path, project: Path, udata: Udata, *, accept_problems: bool = True
) -> subprocess.CompletedProcess[str]:
    # The délibérations here lack their SIRET and ACTES codes: not conforming, published
    # knowingly, except where the test is about that refusal.
    accepting = ["--accept-problems"] if accept_problems else []
    return _run(
        folder,
        "publish",
        str(project),
        "--platform",
        udata.base_url,
        "--organization",
        udata.organization,
        *accepting,
        "--json",
        key=udata.api_key,
    )


def _project(folder: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    source = write_xlsx(folder / "deliberations.xlsx", {"Registre": [header, *rows]})
    project = folder / "deliberations.datamairie"
    made = _run(
        folder,
        "prepare",
        str(source),
        "--schema",
        "scdl/deliberations",
        "--project",
        str(project),
        "--commune",
        "38185",
        "--licence",
        "lov2",
        "--json",
    )
    assert project.exists(), made.stderr + made.stdout
    return project


def _wizard_file_name(project: Project) -> str:
    """The name of the CSV the wizard's Publication page sends for this project."""
    catalogue = SchemaCatalogue(resources_dir() / "schemas", None)
    state = WizardState(metadata=project.metadata)
    state.schema = catalogue.get(project.schema_reference) if project.schema_reference else None
    choices = PlanChoices(platform="demo", organization=None)
    plan, _ = build_plan(state, choices, Path("envoi"))
    return plan.csv_path.name


def test_a_project_is_published_once_and_its_progress_kept(tmp_path: Path, udata: Udata) -> None:
    project_path = _project(tmp_path, ROWS)

    first = _publish(tmp_path, project_path, udata)

    assert first.returncode == 0, first.stderr
    answer = json.loads(first.stdout)
    assert answer["published"] is True
    project = ProjectFile(project_path).load()
    assert project.publication.dataset_id == answer["dataset"]["id"]
    assert project.publication.step.value == "checked"
    assert udata.api_key not in project_path.read_bytes().decode("latin-1")
    client = connect(udata.base_url, udata.api_key)
    dataset = client.dataset(answer["dataset"]["id"])
    assert dataset["private"] is False
    assert dataset["license"] == "lov2"
    assert dataset["spatial"]["zones"] == ["fr:commune:38185"]
    resource = dataset["resources"][0]
    assert resource["schema"]["name"] == "scdl/deliberations"
    # The file is named as the wizard's Publication page names it for the same project.
    assert PurePosixPath(urlsplit(resource["url"]).path).name == _wizard_file_name(project)

    # Counted before and after: the wizard's journeys may publish the same title in this session.
    title = project.metadata.title
    titled = {dataset["id"] for dataset in datasets_titled(client, udata.organization, title)}
    assert answer["dataset"]["id"] in titled

    second = _publish(tmp_path, project_path, udata)

    assert second.returncode == 0, second.stderr
    assert {d["id"] for d in datasets_titled(client, udata.organization, title)} == titled
    assert len(client.dataset(answer["dataset"]["id"])["resources"]) == 1


def test_a_project_with_undecided_personal_data_is_not_published(
    tmp_path: Path, udata: Udata
) -> None:
    # Only what reaches the published file counts: here the object of each délibération.
    rows = [
        [number, day, f"Cession d'une parcelle à M. Jean Dupont ({mail})", theme]
        for (number, day, _, theme), mail in zip(
            ROWS,
            ["jean.dupont@gmail.com", "marie.martin@orange.fr", "paul.durand@free.fr"],
            strict=True,
        )
    ]
    project_path = _project(tmp_path, rows)

    refused = _publish(tmp_path, project_path, udata)

    assert refused.returncode == 2, refused.stdout
    assert json.loads(refused.stdout)["error"]["code"] in {
        "privacy-undecided",
        "project-not-ready-privacy",
    }
    assert ProjectFile(project_path).load().publication.dataset_id is None

    decided = _run(tmp_path, "project", "decide", str(project_path), "--suggested", "--json")
    published = _publish(tmp_path, project_path, udata)

    assert decided.returncode == 0, decided.stdout + decided.stderr
    assert published.returncode == 0, published.stderr
    dataset = connect(udata.base_url, udata.api_key).dataset(
        json.loads(published.stdout)["dataset"]["id"]
    )
    sent = requests.get(dataset["resources"][0]["url"], timeout=30).content.decode("utf-8")
    assert "jean.dupont@gmail.com" not in sent
    assert "Jean Dupont" not in sent
    assert sent.count("[donnée personnelle retirée]") >= 3


def test_a_non_conforming_project_is_published_only_when_accepted(
    tmp_path: Path, udata: Udata
) -> None:
    project_path = _project(tmp_path, ROWS)

    refused = _publish(tmp_path, project_path, udata, accept_problems=False)

    assert refused.returncode == 2, refused.stdout
    error = json.loads(refused.stdout)["error"]
    assert error["code"] == "project-not-conforming"
    assert "9 problèmes dans 3 lignes sur 3" in error["message"]
    assert "--accept-problems" in error["message"]
    project = ProjectFile(project_path).load()
    assert project.publication.dataset_id is None
    assert project.conformity is None

    accepted = _publish(tmp_path, project_path, udata)

    assert accepted.returncode == 0, accepted.stderr
    decision = ProjectFile(project_path).load().conformity
    assert decision is not None
    assert (decision.problems, decision.problem_rows) == (9, 3)
    assert len(decision.fingerprint) == 64
    # The decision holds for this data: publishing it again asks nothing more.
    again = _publish(tmp_path, project_path, udata, accept_problems=False)
    assert again.returncode == 0, again.stdout
