"""A write that fails halfway leaves the previous file whole, and no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.files import replaced_atomically


def test_new_content_replaces_the_old(tmp_path: Path) -> None:
    path = tmp_path / "dossier" / "publie.csv"
    with replaced_atomically(path) as stream:
        stream.write("a,b\n")
    with replaced_atomically(path, "wb") as stream:
        stream.write(b"c,d\n")
    assert path.read_bytes() == b"c,d\n"
    assert [p.name for p in path.parent.iterdir()] == ["publie.csv"]


def test_a_failure_halfway_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "publie.csv"
    path.write_text("ancien contenu\n", encoding="utf-8")

    def write_then_fail() -> None:
        with replaced_atomically(path) as stream:
            stream.write("début du nouveau")
            raise RuntimeError("coupure")

    with pytest.raises(RuntimeError):
        write_then_fail()

    assert path.read_text(encoding="utf-8") == "ancien contenu\n"
    assert [p.name for p in tmp_path.iterdir()] == ["publie.csv"]
