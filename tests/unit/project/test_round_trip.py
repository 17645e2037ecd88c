"""Project ⇄ Preparation: one typed round trip, used by opening and by saving.

A project written with corrections, a column fix and privacy decisions is opened (Project →
Preparation, ``reading.preparation_of``), put into the wizard's state, then turned back into
a Project (Preparation → Project, ``saving.project_of``): nothing of what the agent decided
is lost or changed on the way, and the bytes to publish are the same.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.preparation.state import WizardState
from desktop_app.core.project.model import ProjectError
from desktop_app.core.project.opening import fill_state, open_project
from desktop_app.core.project.reading import preparation_of
from desktop_app.core.project.saving import project_of, snapshot_of
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.paths import resources_dir
from desktop_app.texts import render

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "projects"


def test_a_project_goes_to_its_preparation_and_back_unchanged(tmp_path: Path) -> None:
    catalogue = SchemaCatalogue(resources_dir() / "schemas", tmp_path / "cache")
    path = Path(shutil.copy(FIXTURES / "v1-deliberations.datamairie", tmp_path / "p.datamairie"))
    project = ProjectFile(path).load()
    opened = open_project(
        path, catalogue, tmp_path / "copies", progress=NO_PROGRESS, cancel=CancelToken()
    )
    preparation = opened.preparation
    assert preparation.prepared is not None
    assert preparation.edits == project.edits
    assert preparation.decisions == project.privacy_decisions
    assert len(project.edits.active) == 2
    assert len(project.privacy_decisions) == 2

    state = WizardState()
    fill_state(state, opened)
    snapshot = snapshot_of(state)
    assert snapshot is not None
    back = project_of(snapshot, project.source, now="2026-12-07T01:00:00+01:00", previous=None)

    assert back.mapping == project.mapping
    assert back.edits == project.edits
    assert back.privacy_decisions == project.privacy_decisions
    assert back.metadata == project.metadata
    assert back.conformity == project.conformity
    assert (back.schema_name, back.schema_version) == (project.schema_name, project.schema_version)
    assert back.page == project.page
    again = preparation_of(back, opened.table, opened.schema)
    assert again.publishable_bytes == preparation.publishable_bytes
    assert b"example.org" not in again.publishable_bytes  # the redacted address stays out


def test_a_project_whose_schema_version_this_installation_lacks_says_so_for_the_project(
    tmp_path: Path,
) -> None:
    """Not « vérifiez son orthographe » nor « choisissez la dernière version »: the agent
    chose nothing; the project names its version, says what to do, and is left unchanged."""
    catalogue = SchemaCatalogue(resources_dir() / "schemas", tmp_path / "cache")
    path = tmp_path / "p.datamairie"
    with (
        zipfile.ZipFile(FIXTURES / "v1-deliberations.datamairie") as kept,
        zipfile.ZipFile(path, "w") as written,
    ):
        for member in kept.infolist():
            data = kept.read(member)
            if member.filename == "project.json":
                document = json.loads(data)
                document["schema"]["version"] = "9.0.0"  # published after this installation
                data = json.dumps(document).encode()
            written.writestr(member, data)
    before = path.read_bytes()

    with pytest.raises(ProjectError) as refused:
        open_project(
            path, catalogue, tmp_path / "copies", progress=NO_PROGRESS, cancel=CancelToken()
        )

    assert refused.value.code == "project-schema-unavailable"
    said = render(refused.value.code, refused.value.params, "fr")
    assert "version 9.0.0 du schéma « scdl/deliberations »" in said
    assert "Installez la dernière version de DataMairie" in said
    assert path.read_bytes() == before
