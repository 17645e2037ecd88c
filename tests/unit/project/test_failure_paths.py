"""A project that cannot be read or written says so with a code, never with a raw OS error."""

from __future__ import annotations

import dataclasses
import json
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import AppError
from desktop_app.core.project.model import Project, ProjectError, SourceRecord
from desktop_app.core.project.outbox import FORMAT, OUTBOX_FILE, VERSION, Outbox
from desktop_app.core.project.publishable import write_publishable_file
from desktop_app.core.project.storage import PROJECT_MEMBER, ProjectFile, source_record
from desktop_app.core.schemas import SchemaCatalogue
from tests.builders import write_csv
from tests.unit.project.support import full_project

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "equipements.csv",
        [["Équipement", "Places"], ["Gymnase", "120"], ["Salle des fêtes", "300"]],
    )


def _created(tmp_path: Path, source: Path, **changes: Any) -> tuple[ProjectFile, Project]:
    file = ProjectFile(tmp_path / "equipements.datamairie")
    project = dataclasses.replace(full_project(source_record(source, file.path)), **changes)
    file.create(project, source)
    return file, project


def _spoil_compressed_data(path: Path, member: str) -> None:
    """Make the first byte of a deflated member an invalid block type, as a bad sector would."""
    with zipfile.ZipFile(path) as archive:
        entry = archive.getinfo(member)
    assert entry.compress_type == zipfile.ZIP_DEFLATED
    content = bytearray(path.read_bytes())
    fields = _LOCAL_HEADER.unpack_from(content, entry.header_offset)
    start = entry.header_offset + _LOCAL_HEADER.size + fields[-2] + fields[-1]
    content[start] = 0xFF  # final block of the reserved type 3: zlib refuses it
    path.write_bytes(bytes(content))


def test_a_spoiled_project_document_is_a_damaged_project(tmp_path: Path, source: Path) -> None:
    file, _ = _created(tmp_path, source)
    _spoil_compressed_data(file.path, PROJECT_MEMBER)
    with pytest.raises(ProjectError) as caught:
        file.load()
    assert caught.value.code == "project-damaged"


def test_a_spoiled_source_copy_is_a_damaged_project(tmp_path: Path, source: Path) -> None:
    file, _ = _created(tmp_path, source)
    _spoil_compressed_data(file.path, "source/equipements.csv")
    copies = tmp_path / "copies"
    with pytest.raises(ProjectError) as caught:
        file.extract_source(copies)
    assert caught.value.code == "project-damaged"
    assert not (copies / "equipements.csv").exists()


def test_a_copy_that_cannot_be_written_names_the_file(tmp_path: Path, source: Path) -> None:
    file, _ = _created(tmp_path, source)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AppError) as caught:
        file.extract_source(blocked / "copies")
    assert caught.value.code == "output-unwritable"
    assert caught.value.params["file"] == "equipements.csv"


def test_a_folder_named_like_a_file_is_refused_as_not_a_file(tmp_path: Path, source: Path) -> None:
    folder = tmp_path / "a folder named like a file.csv"
    folder.mkdir()
    file = ProjectFile(tmp_path / "p.datamairie")
    record = SourceRecord(name=folder.name, size=0, sha256="0" * 64)
    with pytest.raises(ProjectError) as caught:
        file.create(Project(source=record), folder)
    assert caught.value.code == "project-source-not-a-file"
    assert not file.path.exists()


def test_saving_over_something_that_is_not_a_file_is_unwritable(tmp_path: Path) -> None:
    target = tmp_path / "p.datamairie"
    target.mkdir()
    record = SourceRecord(name="x.csv", size=0, sha256="0" * 64)
    with pytest.raises(ProjectError) as caught:
        ProjectFile(target).save(Project(source=record))
    assert caught.value.code == "project-unwritable"
    assert target.is_dir()


@pytest.mark.parametrize(
    "projects",
    [[{"queued_at": "2024-04-02T10:00:00+02:00"}], "not a list", [["a", "b"]]],
)
def test_an_outbox_with_spoiled_entries_is_damaged(tmp_path: Path, projects: object) -> None:
    document = {"format": FORMAT, "version": VERSION, "projects": projects}
    (tmp_path / OUTBOX_FILE).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        Outbox(tmp_path).entries()
    assert caught.value.code == "outbox-damaged"
    assert caught.value.params["file"] == OUTBOX_FILE


def _without_schema(tmp_path: Path, source: Path) -> ProjectFile:
    file, _ = _created(
        tmp_path,
        source,
        schema_name=None,
        schema_version=None,
        mapping=None,
        privacy_findings=(),
        privacy_decisions=(),
    )
    return file


def test_data_without_schema_is_published_as_read(tmp_path: Path, source: Path) -> None:
    file = _without_schema(tmp_path, source)
    target = tmp_path / "publier.csv"
    target.write_text("previous version\n", encoding="utf-8")
    rows = write_publishable_file(file, file.load(), SchemaCatalogue(tmp_path), target)
    assert rows == 2
    assert target.read_text(encoding="utf-8").splitlines() == [
        "Équipement,Places",
        "Gymnase,120",
        "Salle des fêtes,300",
    ]
    assert sorted(path.name for path in tmp_path.iterdir() if path.suffix == ".tmp") == []


def test_data_without_schema_that_cannot_be_written_says_so(tmp_path: Path, source: Path) -> None:
    file = _without_schema(tmp_path, source)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AppError) as caught:
        write_publishable_file(file, file.load(), SchemaCatalogue(tmp_path), blocked / "out.csv")
    assert caught.value.code == "output-unwritable"
    assert caught.value.params["file"] == "out.csv"


def test_an_outbox_that_cannot_be_written_says_so_and_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full disk cannot be provoked here (the tests run as root): the writer fails as it would.
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop_app.core.project.outbox.replaced_atomically", disk_full)

    with pytest.raises(ProjectError) as raised:
        Outbox(tmp_path).add(tmp_path / "registre.datamairie", now="2026-11-22T10:00:00")

    assert raised.value.code == "outbox-unwritable"
    assert raised.value.params["folder"] == str(tmp_path)


def test_the_schema_reference_names_the_version_only_when_known() -> None:
    record = SourceRecord("registre.xlsx", 10, "0" * 64)
    assert Project(record).schema_reference is None
    named = Project(record, schema_name="scdl/deliberations")
    assert named.schema_reference == "scdl/deliberations"
    versioned = dataclasses.replace(named, schema_version="2.1.5")
    assert versioned.schema_reference == "scdl/deliberations@2.1.5"
