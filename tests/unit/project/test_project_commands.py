"""`prepare --project`, `project show`, `project queue` and `outbox`, as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.commune.settings import CommuneSettings, save_commune
from desktop_app.paths import AgentFolders
from tests import communes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    status = main(list(argv))
    return status, json.loads(capsys.readouterr().out)


def test_prepare_writes_a_project_with_complete_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.deliberations_xlsx(tmp_path)
    project = tmp_path / "deliberations.datamairie"
    profile = str(tmp_path / "profil")
    _, payload = _run(
        capsys, "--profile-dir", profile, "prepare", str(source), "--schema", "scdl/deliberations",
        "--project", str(project), "--commune", "38433", "--licence", "odc-odbl",
        "--frequency", "monthly", "--json",
    )  # fmt: skip
    assert payload["output"] is None
    assert payload["project"] == {
        "file": str(project),
        "privacy_undecided": [],
        "problems": [],
        "ready": True,
    }

    status, shown = _run(
        capsys, "--profile-dir", profile, "project", "show", str(project), "--json"
    )
    assert status == 0
    assert shown["schema"] == {"name": "scdl/deliberations", "version": "2.1.5"}
    metadata = shown["metadata"]
    assert isinstance(metadata, dict)
    assert metadata["title"] == "Délibérations du conseil municipal de Saint-Nizier-du-Moucherotte"
    assert metadata["zones"] == ["fr:commune:38433"]
    assert metadata["frequency_label"] == "Mensuelle"
    assert metadata["licence"] == "odc-odbl"
    assert shown["licence"]["id"] == "odc-odbl"
    assert shown["source"]["state"] == "unchanged"
    assert shown["validation"]["rows"] == 4
    assert shown["publication"]["step"] == "not-started"


def test_the_saved_profile_is_used_by_default_and_needed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.deliberations_xlsx(tmp_path)
    profile = tmp_path / "profil"
    project = tmp_path / "p.datamairie"
    arguments = ["--profile-dir", str(profile), "prepare", str(source), "--schema",
                 "scdl/deliberations", "--project", str(project), "--json"]  # fmt: skip
    status, payload = _run(capsys, *arguments)
    assert status == 2
    assert payload["error"]["code"] == "commune-profile-missing"
    save_commune(
        AgentFolders(profile),
        CommuneSettings(name="Saint-Nizier-du-Moucherotte", siret="21380433800012", insee="38433"),
    )
    status, payload = _run(capsys, *arguments)
    assert payload["missing_required"] == []  # COLL_SIRET came from the profile
    _, shown = _run(capsys, "project", "show", str(project), "--json")
    assert shown["commune"]["siret"] == "21380433800012"
    mapping = {item["field"]: item for item in shown["mapping"]}
    assert mapping["COLL_SIRET"]["constant"] == "21380433800012"


def test_the_outbox_lists_projects_to_publish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.deliberations_xlsx(tmp_path)
    profile = str(tmp_path / "profil")
    project = tmp_path / "p.datamairie"
    _run(capsys, "--profile-dir", profile, "prepare", str(source), "--schema",
         "scdl/deliberations", "--project", str(project), "--commune",
         "Saint-Nizier-du-Moucherotte", "--json")  # fmt: skip
    _, empty = _run(capsys, "--profile-dir", profile, "outbox", "--json")
    assert empty == {"projects": []}
    status, queued = _run(
        capsys, "--profile-dir", profile, "project", "queue", str(project), "--json"
    )
    assert status == 0
    (entry,) = queued["projects"]
    assert entry["state"] == "waiting"
    assert entry["title"].startswith("Délibérations")
    assert entry["last_error"] is None
    _, shown = _run(capsys, "project", "show", str(project), "--json")
    assert shown["to_publish"] is True
    project.unlink()
    _, listed = _run(capsys, "--profile-dir", profile, "outbox", "--json")
    assert listed["projects"][0]["state"] == "missing"


def test_an_ambiguous_commune_is_refused_with_the_candidates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.deliberations_xlsx(tmp_path)
    status, payload = _run(
        capsys, "--profile-dir", str(tmp_path), "prepare", str(source), "--schema",
        "scdl/deliberations", "--project", str(tmp_path / "p.datamairie"), "--commune",
        "Beaulieu", "--json",
    )  # fmt: skip
    assert status == 2
    error = payload["error"]
    assert error["code"] == "commune-ambiguous"
    assert "Beaulieu (Isère)" in error["message"]
    assert not (tmp_path / "p.datamairie").exists()


def test_prepare_without_any_output_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.deliberations_xlsx(tmp_path)
    status, payload = _run(
        capsys, "--profile-dir", str(tmp_path), "prepare", str(source), "--schema",
        "scdl/deliberations", "--json",
    )  # fmt: skip
    assert status == 2
    assert payload["error"]["code"] == "project-needs-output"
