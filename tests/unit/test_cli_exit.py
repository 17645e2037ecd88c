"""The program leaves as soon as a headless command is done, having said all it had to say."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parents[1]


def _program(*arguments: str, profile: Path) -> subprocess.CompletedProcess[bytes]:
    # Output buffered as on the agent's machine, where nothing asks Python not to.
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("PYTHONUNBUFFERED", None)
    command = [sys.executable, "-m", "desktop_app", "--profile-dir", str(profile), *arguments]
    return subprocess.run(command, capture_output=True, env=environment, timeout=120, check=False)


def test_a_long_report_reaches_its_reader_whole_with_the_command_s_status(tmp_path: Path) -> None:
    # Thousands of problems make a report much longer than a pipe holds: it must all be
    # written out before the process leaves.
    source = tmp_path / "subventions.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["nomAttribuant", "idAttribuant", "dateConvention", "montant"])
        for number in range(3000):
            writer.writerow(["Commune", "21380455200015", f"{number}/13/2024", "douze"])
    done = _program(
        "validate", str(source), "--schema", "scdl/subventions", "--header-matching", "name",
        "--json", "--limit", "100000", profile=tmp_path / "profil",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert len(done.stdout) > 1 << 20
    report = json.loads(done.stdout)
    assert len(report["errors"]) >= 6000


def test_a_short_report_in_words_is_not_left_in_the_buffer(tmp_path: Path) -> None:
    source = tmp_path / "subventions.csv"
    source.write_text(
        "nomAttribuant,idAttribuant,dateConvention,montant\n"
        "Commune,21380455200015,2024-13-01,douze\n",
        encoding="utf-8",
    )
    done = _program(
        "validate", str(source), "--schema", "scdl/subventions", "--header-matching", "name",
        profile=tmp_path / "profil",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "dateConvention" in done.stdout.decode("utf-8")
    assert done.stdout.decode("utf-8").endswith("\n")


def test_a_refused_command_still_says_why_in_full(tmp_path: Path) -> None:
    done = _program("validate", str(tmp_path / "absent.csv"), "--schema", "scdl/subventions",
                    "--json", profile=tmp_path / "profil")  # fmt: skip
    assert done.returncode == 2
    assert json.loads(done.stdout)["error"]["code"]
