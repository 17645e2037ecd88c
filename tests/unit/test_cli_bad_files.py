"""validate's direct check of a CSV answers a missing, empty or odd file as reading does."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.special_files import finishes_quickly


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "export.csv"
    folder.mkdir()
    return folder


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda tmp_path: tmp_path / "absent.csv", "file-not-found"),
        (_folder, "not-a-file"),
        (_empty, "file-empty"),
    ],
)
def test_header_matching_reads_the_file_as_reading_does(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    code: str,
) -> None:
    path = make(tmp_path)

    argv = ["--profile-dir", str(tmp_path / "profil"), "validate", str(path)]
    argv += ["--schema", "scdl/deliberations", "--header-matching", "name", "--json"]

    status = main(argv)

    answer = json.loads(capsys.readouterr().out)
    assert status == 2
    assert answer["error"]["code"] == code
    assert path.name in answer["error"]["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize("options", [[], ["--header-matching", "position"]])
def test_a_named_pipe_is_refused_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    pipe = tmp_path / "export.csv"
    os.mkfifo(pipe)
    argv = ["--profile-dir", str(tmp_path / "profil"), "validate", str(pipe)]
    argv += ["--schema", "scdl/deliberations", *options, "--json"]

    status = finishes_quickly(lambda: main(argv), pipe)

    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "special-file"
