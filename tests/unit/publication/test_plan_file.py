"""`datamairie publish PLAN.json`: a damaged plan file is refused in plain words, nothing sent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main

READABLE_PLAN: dict[str, Any] = {
    "csv": "deliberations.csv",
    "title": "Délibérations",
    "description": "Les délibérations du conseil municipal.",
}


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"publication": {"step": "half-way"}}, id="unknown-step"),
        pytest.param({"temporal_coverage": {"end": "2024-12-31"}}, id="coverage-without-start"),
    ],
)
def test_a_damaged_plan_is_refused_with_its_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict[str, Any]
) -> None:
    plan = tmp_path / "publication-2024.json"
    plan.write_text(json.dumps(READABLE_PLAN | changes), encoding="utf-8")

    status = main(["publish", str(plan), "--json"])

    assert status == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "publish-plan-unreadable"
    assert "« publication-2024.json »" in error["message"]
    assert json.loads(plan.read_text(encoding="utf-8")) == READABLE_PLAN | changes


def test_a_plan_without_its_title_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"csv": "x.csv", "description": "…"}), encoding="utf-8")

    status = main(["--lang", "en", "publish", str(plan)])

    assert status == 2
    assert capsys.readouterr().err == "The publication file “plan.json” cannot be found or read.\n"
