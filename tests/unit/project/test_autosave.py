"""Autosave: the embedded source is carried over untouched, and abandoned saves are cleaned up."""

from __future__ import annotations

import dataclasses
import io
import os
import random
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop_app.core.project.leftovers import STALE_AFTER_SECONDS, remove_stale_temporaries
from desktop_app.core.project.model import Project, ProjectError
from desktop_app.core.project.storage import ProjectFile, source_record

MEMBER = "source/budget 2024.csv"


def _compressed_bytes(path: Path, name: str) -> bytes:
    """The bytes stored for an entry, read from its local header as any unzip tool would."""
    with path.open("rb") as stream, zipfile.ZipFile(stream) as archive:
        entry = archive.getinfo(name)
        stream.seek(entry.header_offset)
        header = stream.read(30)
        name_length, extra_length = struct.unpack("<2H", header[26:30])
        stream.seek(entry.header_offset + 30 + name_length + extra_length)
        return stream.read(entry.compress_size)


def _csv(path: Path) -> Path:
    rng = random.Random(6)
    lines = (f"{n};{rng.randrange(10**6)};ligne {rng.random():.6f}\n" for n in range(20_000))
    path.write_text("numero;montant;objet\n" + "".join(lines), encoding="utf-8")
    return path


def _project_with_source_written_by(
    tmp_path: Path, write: zipfile.ZipFile, stream: io.BytesIO
) -> tuple[ProjectFile, Project, bytes]:
    """A project whose archive was written by ``write`` (already holding the source)."""
    source = _csv(tmp_path / "budget 2024.csv")
    file = ProjectFile(tmp_path / "budget.datamairie")
    project = Project(source=source_record(source, file.path), updated_at="0")
    file.create(project, source)
    with zipfile.ZipFile(file.path) as original:
        document = original.read("project.json")
    write.writestr("project.json", document)
    write.writestr(MEMBER, source.read_bytes())
    write.close()
    file.path.write_bytes(stream.getvalue())
    return file, project, source.read_bytes()


class _OneWayStream(io.BytesIO):
    """A stream that cannot seek back, like a pipe: zipfile then adds data descriptors."""

    def seekable(self) -> bool:
        return False

    def seek(self, offset: int, whence: int = 0) -> int:
        raise io.UnsupportedOperation("seek")


def test_a_save_copies_the_compressed_source_without_recompressing_it(tmp_path: Path) -> None:
    stream = io.BytesIO()
    # Compressed at level 1 where DataMairie uses the default level: recompressing would
    # change these bytes.
    writer = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
    file, project, content = _project_with_source_written_by(tmp_path, writer, stream)
    before = _compressed_bytes(file.path, MEMBER)
    recompressed = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    assert before != recompressed.compress(content) + recompressed.flush()

    file.save(dataclasses.replace(project, updated_at="1"))
    file.save(dataclasses.replace(project, updated_at="2"))

    assert _compressed_bytes(file.path, MEMBER) == before
    with zipfile.ZipFile(file.path) as archive:
        assert archive.testzip() is None
        assert archive.read(MEMBER) == content
        assert sorted(archive.namelist()) == ["project.json", MEMBER]
    assert file.load().updated_at == "2"


def test_a_source_followed_by_a_data_descriptor_is_carried_over_whole(tmp_path: Path) -> None:
    stream = _OneWayStream()
    writer = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)
    file, project, content = _project_with_source_written_by(tmp_path, writer, stream)
    with zipfile.ZipFile(file.path) as archive:
        assert archive.getinfo(MEMBER).flag_bits & 0x08  # the case this test is about

    file.save(dataclasses.replace(project, updated_at="1"))

    with zipfile.ZipFile(file.path) as archive:
        assert archive.testzip() is None
        assert archive.read(MEMBER) == content
        assert not archive.getinfo(MEMBER).flag_bits & 0x08
    assert file.extract_source(tmp_path / "copie").read_bytes() == content


def test_a_damaged_source_entry_stops_the_save_and_keeps_the_file(tmp_path: Path) -> None:
    source = _csv(tmp_path / "budget 2024.csv")
    file = ProjectFile(tmp_path / "budget.datamairie")
    project = Project(source=source_record(source, file.path))
    file.create(project, source)
    with zipfile.ZipFile(file.path) as archive:
        offset = archive.getinfo(MEMBER).header_offset
    damaged = bytearray(file.path.read_bytes())
    damaged[offset : offset + 4] = b"XXXX"
    file.path.write_bytes(bytes(damaged))

    with pytest.raises(ProjectError) as caught:
        file.save(dataclasses.replace(project, updated_at="1"))

    assert caught.value.code == "project-damaged"
    assert file.path.read_bytes() == bytes(damaged)
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".tmp"] == []


def _leftover(folder: Path, name: str, *, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"PK\x03\x04 half-written")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


@pytest.mark.parametrize("when", ["save", "load"])
def test_old_leftovers_of_this_project_are_removed_and_nothing_else(
    tmp_path: Path, when: str
) -> None:
    source = _csv(tmp_path / "budget 2024.csv")
    file = ProjectFile(tmp_path / "budget.datamairie")
    project = Project(source=source_record(source, file.path))
    file.create(project, source)
    old = STALE_AFTER_SECONDS + 60
    abandoned = [
        _leftover(tmp_path, ".budget.datamairie.k2x_9qa7.tmp", age=old),
        _leftover(tmp_path, ".budget.datamairie.00000000.tmp", age=old * 10),
    ]
    kept = [
        _leftover(tmp_path, ".budget.datamairie.abcdefgh.tmp", age=60),  # a save under way
        _leftover(tmp_path, ".autre.datamairie.abcdefgh.tmp", age=old),  # another project
        _leftover(tmp_path, ".budget.datamairie.notes.tmp", age=old),  # not a save's name
        _leftover(tmp_path, "budget.datamairie.abcdefgh.tmp", age=old),  # not hidden
        _leftover(tmp_path, ".budget.datamairie.abcdefgh.tmp.bak", age=old),
    ]
    folder = tmp_path / ".budget.datamairie.dossier1.tmp"
    folder.mkdir()
    os.utime(folder, (time.time() - old, time.time() - old))

    if when == "save":
        file.save(dataclasses.replace(project, updated_at="1"))
    else:
        file.load()

    assert [path for path in abandoned if path.exists()] == []
    assert [path for path in kept if not path.exists()] == []
    assert folder.is_dir()
    assert file.load().source.name == "budget 2024.csv"


def test_leftovers_are_looked_for_only_beside_the_project(tmp_path: Path) -> None:
    elsewhere = tmp_path / "autre"
    elsewhere.mkdir()
    stray = _leftover(elsewhere, ".budget.datamairie.k2x_9qa7.tmp", age=STALE_AFTER_SECONDS * 2)
    assert remove_stale_temporaries(tmp_path / "budget.datamairie") == []
    assert stray.exists()
    assert remove_stale_temporaries(elsewhere / "budget.datamairie") == [stray]
    assert remove_stale_temporaries(tmp_path / "absent" / "budget.datamairie") == []
