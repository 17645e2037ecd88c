"""The project file: every field comes back, on any page, moved, and refused when too new."""

from __future__ import annotations

import dataclasses
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.project import document as document_module
from desktop_app.core.project.document import (
    FORMAT,
    VERSION,
    project_from_json,
    project_to_json,
    upgraded,
)
from desktop_app.core.project.model import Project, ProjectError, WizardPage
from desktop_app.core.project.storage import ProjectFile, fingerprint, source_record
from desktop_app.texts import render
from tests.unit.project.support import full_project


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "mairie" / "délibérations mars.csv"
    path.parent.mkdir()
    path.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="cp1252")
    return path


def _saved(tmp_path: Path, source: Path, **changes: Any) -> tuple[ProjectFile, Project]:
    file = ProjectFile(tmp_path / "mairie" / "deliberations.datamairie")
    project = dataclasses.replace(full_project(source_record(source, file.path)), **changes)
    file.create(project, source)
    return file, project


def test_every_field_comes_back_as_saved(tmp_path: Path, source: Path) -> None:
    file, project = _saved(tmp_path, source)
    loaded = file.load()
    assert loaded == project
    # The document itself holds each part, not only an equal object.
    document = project_to_json(loaded)
    assert document["publication"]["step"] == "file-uploaded"
    assert document["privacy"]["decisions"][0]["justification"].startswith("Élus")
    assert document["edits"]["position"] == 2
    assert loaded.licence == "odc-odbl"
    assert loaded.edits.active[-1].field == "DELIB_DATE"


@pytest.mark.parametrize("page", list(WizardPage))
def test_the_wizard_resumes_on_the_page_it_reached(
    tmp_path: Path, source: Path, page: WizardPage
) -> None:
    file, project = _saved(tmp_path, source, page=page)
    file.save(dataclasses.replace(project, page=page, updated_at="later"))
    loaded = file.load()
    assert loaded.page is page
    assert loaded.updated_at == "later"


def test_autosave_keeps_the_embedded_copy_of_the_source(tmp_path: Path, source: Path) -> None:
    file, project = _saved(tmp_path, source)
    for step in range(3):
        file.save(dataclasses.replace(project, updated_at=str(step)))
    copy = file.extract_source(tmp_path / "copie")
    assert copy.read_bytes() == source.read_bytes()
    assert copy.name == source.name
    with zipfile.ZipFile(file.path) as archive:
        assert sorted(archive.namelist()) == ["project.json", f"source/{source.name}"]


def test_a_changed_source_is_detected(tmp_path: Path, source: Path) -> None:
    file, project = _saved(tmp_path, source)
    assert file.check_source(project).state == "unchanged"
    source.write_text("Date;Objet\n22/01/2024;Budget modifié\n", encoding="cp1252")
    check = file.check_source(project)
    assert check.state == "changed"
    assert check.path == source


def test_a_project_moved_to_another_machine_finds_its_source(tmp_path: Path, source: Path) -> None:
    file, _project = _saved(tmp_path, source)
    # Another computer: the project and its file side by side in another folder.
    elsewhere = tmp_path / "autre-poste" / "Documents"
    elsewhere.mkdir(parents=True)
    moved = ProjectFile(elsewhere / file.path.name)
    shutil.move(str(file.path), moved.path)
    shutil.move(str(source), elsewhere / source.name)
    loaded = moved.load()
    check = moved.check_source(loaded)
    assert check.state == "unchanged"
    assert check.path is not None
    assert check.path.resolve() == (elsewhere / source.name).resolve()


def test_a_project_moved_alone_still_holds_its_source(tmp_path: Path, source: Path) -> None:
    file, _project = _saved(tmp_path, source)
    original = source.read_bytes()
    moved = ProjectFile(tmp_path / "cle-usb" / file.path.name)
    moved.path.parent.mkdir()
    shutil.move(str(file.path), moved.path)
    shutil.rmtree(source.parent)
    loaded = moved.load()
    assert moved.check_source(loaded).state == "missing"
    copy = moved.extract_source(tmp_path / "travail")
    assert copy.read_bytes() == original
    assert fingerprint(copy) == (loaded.source.size, loaded.source.sha256)


def _rewrite_document(path: Path, change: dict[str, object]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(members["project.json"])
    document.update(change)
    members["project.json"] = json.dumps(document).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


def test_a_newer_project_is_refused_with_a_clear_message(tmp_path: Path, source: Path) -> None:
    file, _ = _saved(tmp_path, source)
    _rewrite_document(file.path, {"version": VERSION + 1})
    with pytest.raises(ProjectError) as caught:
        file.load()
    assert caught.value.code == "project-too-new"
    message = render(caught.value.code, caught.value.params)
    assert f"format {VERSION + 1}" in message
    assert "dernière version de DataMairie" in message


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"not a zip", "project-damaged"),
        (None, "project-not-found"),
    ],
)
def test_damaged_or_missing_files_say_so(tmp_path: Path, content: bytes | None, code: str) -> None:
    path = tmp_path / "p.datamairie"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ProjectError) as caught:
        ProjectFile(path).load()
    assert caught.value.code == code
    assert caught.value.params["file"] == "p.datamairie"


def test_a_document_of_another_kind_is_not_read_as_a_project(tmp_path: Path, source: Path) -> None:
    file, _ = _saved(tmp_path, source)
    _rewrite_document(file.path, {"format": "datamairie-mapping"})
    with pytest.raises(ProjectError) as caught:
        file.load()
    assert caught.value.code == "project-not-recognised"


def test_older_versions_are_upgraded_step_by_step(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = full_project(source_record(source, tmp_path / "p.datamairie"))
    stored = project_to_json(project)
    assert project_from_json(stored) == project
    # A future DataMairie two formats ahead reads today's document through two migrations.
    monkeypatch.setattr(document_module, "VERSION", VERSION + 2)
    migrations = {
        VERSION: lambda document: {**document, "renamed": document["page"]},
        VERSION + 1: lambda document: {**document, "added": True},
    }
    upgraded_document = upgraded(dict(stored), migrations)
    assert upgraded_document["version"] == VERSION + 2
    assert upgraded_document["renamed"] == "publication"
    assert upgraded_document["added"] is True
    assert stored["format"] == FORMAT


def test_damaged_parts_are_reported_as_a_damaged_project(tmp_path: Path, source: Path) -> None:
    project = full_project(source_record(source, tmp_path / "p.datamairie"))
    document = project_to_json(project)
    document["edits"] = {"position": 9, "edits": []}
    with pytest.raises(ProjectError) as caught:
        project_from_json(document)
    assert caught.value.code == "project-damaged"
