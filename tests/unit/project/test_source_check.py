"""The source check reads regular files only, skips hashing a file whose size changed, and can
be followed and cancelled: a folder, a device or a pipe in a project never makes it hang."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.commands.project import show_payload
from desktop_app.commands.project_text import show_text
from desktop_app.core.errors import CancelledError
from desktop_app.core.project import storage
from desktop_app.core.project.model import ProjectError
from desktop_app.core.project.storage import ProjectFile, SourceCheck, source_record
from desktop_app.core.tasks import CancelToken
from desktop_app.texts import Language
from tests.unit.project.support import full_project

ROOT = Path(__file__).resolve().parents[3]
SPECIALS = ["device", "pipe", "folder", "link-to-pipe", "link-to-device"]


def _within(seconds: float, work: Callable[[], Any]) -> Any:
    """Run ``work`` and fail (instead of hanging the suite) if it takes longer than allowed."""
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return outcome[0]


@pytest.fixture
def special(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    kind: str = request.param
    place = tmp_path / "ailleurs"
    place.mkdir()
    pipe = place / "tube"
    os.mkfifo(pipe)
    targets = {
        "device": Path("/dev/zero"),
        "pipe": pipe,
        "folder": place,
        "link-to-pipe": pipe,
        "link-to-device": Path("/dev/zero"),
    }
    if kind.startswith("link"):
        link = place / "registre.csv"
        link.symlink_to(targets[kind])
        yield link
    else:
        yield targets[kind]


def _project(tmp_path: Path, original: Path, size: int | None = None) -> ProjectFile:
    source = tmp_path / "registre.csv"
    source.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="utf-8")
    file = ProjectFile(tmp_path / "projet" / "deliberations.datamairie")
    file.path.parent.mkdir()
    record = source_record(source, file.path)
    record = dataclasses.replace(
        record, original_path=str(original), relative_path=None, size=size or record.size
    )
    file.create(dataclasses.replace(full_project(record), source=record), source)
    return file


@pytest.mark.parametrize("special", SPECIALS, indirect=True)
def test_a_special_file_is_refused_at_once(special: Path, tmp_path: Path) -> None:
    file = _project(tmp_path, special)

    check: SourceCheck = _within(5, lambda: file.check_source(file.load()))

    assert check.state == "not-a-file"
    assert check.path == special


@pytest.mark.parametrize("special", ["link-to-pipe"], indirect=True)
def test_project_show_says_so_instead_of_hanging(special: Path, tmp_path: Path) -> None:
    file = _project(tmp_path, special)
    command = [sys.executable, "-m", "desktop_app", "--profile-dir", str(tmp_path / "profil")]

    shown = subprocess.run(
        [*command, "project", "show", str(file.path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["source"]["state"] == "not-a-file"
    text = subprocess.run(
        [*command, "project", "show", str(file.path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
        check=False,
    )
    assert "pas un fichier ordinaire" in text.stdout


@pytest.mark.parametrize("special", ["pipe", "device", "folder"], indirect=True)
def test_a_special_file_cannot_become_a_project(special: Path, tmp_path: Path) -> None:
    def make() -> ProjectError:
        with pytest.raises(ProjectError) as refused:
            source_record(special, tmp_path / "p.datamairie")
        return refused.value

    assert _within(5, make).code == "project-source-not-a-file"


def test_a_file_whose_size_changed_is_not_hashed(tmp_path: Path) -> None:
    original = tmp_path / "original.csv"
    original.write_bytes(b"x" * 3_000_000)
    file = _project(tmp_path, original, size=2_999_999)
    read: list[float] = []

    check = file.check_source(file.load(), progress=lambda share, step: read.append(share))

    assert check.state == "changed"
    assert read == []  # not one chunk was read to know it changed


def test_hashing_reports_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    original = tmp_path / "sur-le-partage.csv"
    original.write_bytes(os.urandom(5 << 20))
    file = _project(tmp_path, original, size=5 << 20)
    project = file.load()
    read: list[float] = []
    assert file.check_source(project, progress=lambda share, step: read.append(share)).state == (
        "changed"  # same size, other bytes: hashed in full
    )
    assert len(read) >= 5
    assert read[-1] == 1.0
    cancel = CancelToken()
    read.clear()

    def on_progress(share: float, step: str) -> None:
        read.append(share)
        cancel.cancel()

    with pytest.raises(CancelledError):
        file.check_source(project, progress=on_progress, cancel=cancel)
    assert read == [pytest.approx(0.2)]


def test_an_embedded_copy_named_to_escape_is_never_written_outside(tmp_path: Path) -> None:
    file = _project(tmp_path, tmp_path / "absent.csv")
    with zipfile.ZipFile(file.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    escaping = {n if not n.startswith("source/") else "source/..": c for n, c in members.items()}
    with zipfile.ZipFile(file.path, "w") as archive:
        for name, content in escaping.items():
            archive.writestr(name, content)
    copies = tmp_path / "copies" / "ici"
    copies.mkdir(parents=True)
    before = sorted(p.name for p in (tmp_path / "copies").iterdir())

    with pytest.raises(ProjectError) as refused:
        file.extract_source(copies)

    assert refused.value.code == "project-damaged"
    assert sorted(p.name for p in (tmp_path / "copies").iterdir()) == before
    assert list(copies.iterdir()) == []


def test_recording_a_new_source_reports_progress_and_cancels(tmp_path: Path) -> None:
    original = tmp_path / "sur-le-partage.csv"
    original.write_bytes(b"x" * (3 << 20))
    read: list[float] = []

    record = source_record(
        original, tmp_path / "p.datamairie", progress=lambda share, step: read.append(share)
    )

    assert record.size == 3 << 20
    assert read == [pytest.approx(1 / 3), pytest.approx(2 / 3), 1.0]
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(CancelledError):
        source_record(original, tmp_path / "p.datamairie", cancel=cancel)


def test_a_file_there_but_unreadable_is_not_said_to_have_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "registre.csv"  # the very file the project was made from
    file = _project(tmp_path, original)
    hashing = storage.fingerprint

    # Another program's lock (Windows) or a refusal by permissions cannot be provoked as
    # root on Linux: opening this one file fails as it would then.
    def held(path: Path, **options: Any) -> tuple[int, str]:
        if path == original:
            raise PermissionError(13, "Permission denied", str(path))
        return hashing(path, **options)

    monkeypatch.setattr(storage, "fingerprint", held)

    check = file.check_source(file.load())

    assert check == SourceCheck("unreadable", original)
    sayings: tuple[tuple[Language, str], ...] = (
        ("fr", "« registre.csv » est bien à sa place"),
        ("en", "is in its place"),
    )
    for lang, words in sayings:
        shown = show_text(show_payload(file.path, lang), lang)
        assert words in shown
        assert "autre programme" in shown or "another program" in shown
        assert "n'est plus" not in shown
        assert "no longer" not in shown
    original.unlink()
    assert file.check_source(file.load()).state == "missing"  # gone: that is said as before
