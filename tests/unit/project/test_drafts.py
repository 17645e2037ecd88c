"""Drafts of the profile: named from file and schema, listed, forgotten after 30 days."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime
from pathlib import Path

from desktop_app.core.project.drafts import Drafts, draft_name


def test_a_draft_is_named_from_its_file_and_schema() -> None:
    assert draft_name("registre 2024.xlsx", "scdl/deliberations") == (
        "registre 2024 — scdl-deliberations"
    )
    assert draft_name("budget:v2?.ods", None) == "budget v2"


def test_new_drafts_never_overwrite_each_other(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    first = drafts.new_path("budget.xlsx", None)
    first.write_bytes(b"PK")
    second = drafts.new_path("budget.xlsx", None)

    assert first.name == "budget.datamairie"
    assert second.name == "budget (2).datamairie"
    assert drafts.holds(first)
    assert not drafts.holds(tmp_path / "budget.datamairie")


def test_drafts_untouched_for_30_days_go_unless_kept(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    paths = [drafts.new_path(f"{name}.csv", None) for name in ("vieux", "attente", "neuf")]
    for path in paths:
        path.write_bytes(b"PK")
    long_ago = time.time() - 31 * 24 * 3600
    for path in paths[:2]:
        os.utime(path, (long_ago, long_ago))

    removed = drafts.remove_stale(datetime.now().astimezone(), keep=[paths[1]])

    assert removed == [paths[0]]
    assert [draft.name for draft in drafts.listed()] == ["neuf", "attente"]


def test_an_unfinished_session_is_found_once_its_process_is_gone(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    project = drafts.new_path("registre.xlsx", "scdl/deliberations")
    project.write_bytes(b"PK")
    drafts.mark_session(project)
    assert drafts.unfinished() is None  # this very process: still running

    mark = tmp_path / "drafts" / "session.json"
    mark.write_text(json.dumps({"project": str(project), "pid": -1}), encoding="utf-8")
    assert drafts.unfinished() == project

    drafts.end_session()
    assert drafts.unfinished() is None
