"""`datamairie publish` against the real udata: steps, JSON, resuming, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.integration.publication.conftest import ROOT, Udata
from tests.integration.publication.helpers import write_csv

pytestmark = pytest.mark.integration


def _plan_file(folder: Path, udata: Udata, **changes: Any) -> Path:
    write_csv(folder)
    document = {
        "csv": "deliberations.csv",
        "title": f"Délibérations (commande) {folder.name}",
        "description": "Les délibérations du conseil municipal, au format du schéma SCDL.",
        "licence": "lov2",
        "frequency": "annual",
        "tags": ["délibérations"],
        "temporal_coverage": {"start": "2024-01-01", "end": "2024-12-31"},
        "zones": ["fr:commune:38185"],
        "granularity": "fr:commune",
        "schema": {"name": "scdl/deliberations", "version": "2.1.5"},
        "resource_title": "Délibérations 2024",
        "platform": udata.base_url,
        **changes,
    }
    path = folder / "publication.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _publish(plan: Path, key: str | None, *options: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(plan.parent)}
    if key is not None:
        environment["DATAMAIRIE_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "publish", str(plan), *options],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def test_publish_draft_then_public_in_json(tmp_path: Path, udata: Udata) -> None:
    plan = _plan_file(tmp_path, udata)

    draft = _publish(plan, udata.api_key, "--draft", "--json")

    assert draft.returncode == 0, draft.stderr
    answer = json.loads(draft.stdout)
    assert answer["published"] is False
    assert answer["draft"] is True
    assert [s["step"] for s in answer["steps"]] == [
        "dataset-created",
        "file-uploaded",
        "resource-described",
    ]
    saved = json.loads(plan.read_text(encoding="utf-8"))["publication"]
    assert saved["step"] == "resource-described"
    assert saved["dataset_id"] == answer["dataset"]["id"]
    assert udata.api_key not in plan.read_text(encoding="utf-8")

    final = _publish(plan, udata.api_key)

    assert final.returncode == 0, final.stderr
    assert "✓ Publication relue et conforme" in final.stdout
    assert "Page du jeu de données" in final.stdout
    assert json.loads(plan.read_text(encoding="utf-8"))["publication"]["step"] == "checked"


def test_publish_without_a_key_is_a_local_problem(tmp_path: Path, udata: Udata) -> None:
    result = _publish(_plan_file(tmp_path, udata), None, "--json")

    assert result.returncode == 2
    assert json.loads(result.stdout)["error"]["code"] == "publication-key-missing"


def test_publish_without_a_key_says_how_a_script_gives_it(tmp_path: Path, udata: Udata) -> None:
    plan = _plan_file(tmp_path, udata)

    said = {lang: _publish(plan, None, "--lang", lang) for lang in ("fr", "en")}

    assert said["fr"].returncode == 2
    assert said["fr"].stderr.startswith("Aucune clé d'API n'est enregistrée")
    assert "variable d'environnement DATAMAIRIE_API_KEY" in said["fr"].stderr
    assert "collez-la" not in said["fr"].stderr  # there is no field to paste into here
    assert "DATAMAIRIE_API_KEY environment variable" in said["en"].stderr
    assert "paste it" not in said["en"].stderr
    answer = json.loads(_publish(plan, None, "--json").stdout)["error"]
    assert answer["code"] == "publication-key-missing"  # scripts keep reading the same code
    assert "DATAMAIRIE_API_KEY" in answer["message"]


def test_publish_refused_by_the_server_exits_1_with_field_errors(
    tmp_path: Path, udata: Udata
) -> None:
    plan = _plan_file(tmp_path, udata, tags=["ab"])

    result = _publish(plan, udata.api_key)

    assert result.returncode == 1
    assert result.stderr.startswith("data.gouv.fr a refusé ce qui a été envoyé.")
    assert "– Mots-clés : " in result.stderr
