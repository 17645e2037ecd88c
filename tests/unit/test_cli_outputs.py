"""An output option naming the file being read is refused before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.builders import fingerprint, write_xlsx

ROWS = [["Objet", "Date"], ["Voirie", "2024-03-01"], ["Cantine", "2024-04-12"]]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    status = main(argv)
    return status, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("command", "option", "target"),
    [
        ("prepare", "--out", "{source}"),
        ("prepare", "--out", "{folder}/./{name}"),  # the same file by another spelling
        ("prepare", "--project", "{source}"),
        ("validate", "--write-fixed", "{source}"),
    ],
)
def test_writing_over_the_source_is_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    option: str,
    target: str,
) -> None:
    source = write_xlsx(tmp_path / "deliberations.xlsx", {"Feuil1": ROWS})
    before = fingerprint(source)
    output = target.format(source=source, folder=tmp_path, name=source.name)
    argv = ["--profile-dir", str(tmp_path / "profil"), command, str(source)]
    argv += ["--schema", "scdl/deliberations", "--commune", "38455", option, output, "--json"]

    status, answer = _run(argv, capsys)

    assert status == 2
    error = answer["error"]
    assert isinstance(error, dict)
    assert error["code"] == "output-is-source"
    assert option in error["message"]
    assert "deliberations.xlsx" in error["message"]
    assert fingerprint(source) == before


def test_plain_text_refusal_is_one_french_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "deliberations.xlsx", {"Feuil1": ROWS})
    argv = ["--profile-dir", str(tmp_path / "profil"), "prepare", str(source)]
    argv += ["--schema", "scdl/deliberations", "--commune", "38455", "--out", str(source)]

    assert main(argv) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert "données seraient perdues" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fr", "(1 ligne, 17 colonnes)"), ("en", "(1 row, 17 columns)")],
)
def test_prepare_counts_one_row_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    source = write_xlsx(tmp_path / "deliberations.xlsx", {"Feuil1": ROWS[:2]})
    argv = ["--lang", lang, "--profile-dir", str(tmp_path / "profil"), "prepare", str(source)]
    argv += ["--schema", "scdl/deliberations", "--commune", "38455"]
    argv += ["--out", str(tmp_path / "publie.csv")]

    main(argv)

    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith(said)


@pytest.mark.parametrize("command", ["inspect", "suggest", "privacy", "validate"])
def test_a_sheet_asked_of_a_text_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    source = tmp_path / "deliberations.csv"
    source.write_text("Objet;Date\nVoirie;2024-03-01\n", encoding="utf-8")
    argv = ["--profile-dir", str(tmp_path / "profil"), command, str(source), "--sheet", "Feuil1"]
    if command == "validate":
        argv += ["--schema", "scdl/deliberations", "--header-matching", "position"]

    status, answer = _run([*argv, "--json"], capsys)

    assert status == 2
    error = answer["error"]
    assert isinstance(error, dict)
    assert error["code"] == "sheet-of-text-file"
    assert "« deliberations.csv » est un fichier texte" in error["message"]
    assert "--sheet « Feuil1 »" in error["message"]
