"""The desk kept in the profile, read offline, and the JSON of `datamairie desk`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.desk.datasets import dataset_from_api
from desktop_app.core.desk.obligations import ObligationStatus, load_obligations
from desktop_app.core.desk.snapshot import DeskCache, DeskSnapshot
from desktop_app.core.desk.view import build_desk
from desktop_app.paths import resources_dir
from desktop_app.texts.desk_text import reminder

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def api_dataset(**changes: object) -> dict[str, object]:
    dataset: dict[str, object] = {
        "id": "d1",
        "title": "Délibérations",
        "page": "https://demo.data.gouv.fr/datasets/deliberations/",
        "frequency": "monthly",
        "last_update": "2026-09-01T08:00:00+00:00",
        "private": False,
        "resources": [
            {
                "id": "r1",
                "type": "main",
                "filetype": "file",
                "format": "csv",
                "last_modified": "2026-09-01T08:00:00+00:00",
                "schema": {"name": "scdl/deliberations", "version": "2.1.5"},
            }
        ],
        "quality": {"license": True, "spatial": True, "update_frequency": True, "score": 3 / 9},
        "metrics": {"views": 40, "resources_downloads": 7, "reuses": 1, "followers": 2},
    }
    dataset.update(changes)
    return dataset


def snapshot(*datasets: dict[str, object]) -> DeskSnapshot:
    return DeskSnapshot(
        "demo", ("org",), "2026-12-01T09:00:00+00:00", tuple(map(dataset_from_api, datasets))
    )


def test_a_dataset_is_read_with_its_schema_main_file_quality_and_usage() -> None:
    dataset = dataset_from_api(api_dataset())
    assert dataset.schema == "scdl/deliberations"
    assert dataset.resource_id == "r1"
    assert dataset.late(NOW)
    assert dataset.quality is not None
    assert dataset.quality.points == 3
    assert dataset.metrics is not None
    assert dataset.metrics.to_json() == {
        "views": 40,
        "downloads": 7,
        "reuses": 1,
    }
    bare = dataset_from_api(api_dataset(metrics=None, quality=None, page=None), "https://x.fr")
    assert bare.metrics is None
    assert bare.quality is None
    assert bare.page == "https://x.fr/datasets/d1/"


def test_the_cache_keeps_each_platform_and_the_population(tmp_path: Path) -> None:
    cache = DeskCache(tmp_path, population=4200)
    cache.snapshots["demo"] = snapshot(api_dataset())
    cache.save()
    again = DeskCache.load(tmp_path)
    assert again.population == 4200
    assert again.snapshots["demo"] == cache.snapshots["demo"]
    (tmp_path / "desk.json").write_text("{not json", encoding="utf-8")
    assert DeskCache.load(tmp_path).snapshots == {}


def test_late_datasets_come_first_and_obligations_match_by_schema() -> None:
    fresh = api_dataset(
        id="d2",
        title="Subventions",
        last_update="2026-12-01T08:00:00+00:00",
        resources=[
            {
                "id": "r2",
                "type": "main",
                "filetype": "file",
                "format": "csv",
                "schema": {"name": "scdl/subventions"},
            }
        ],
    )
    desk = build_desk(snapshot(fresh, api_dataset()), load_obligations(resources_dir()), 800, NOW)
    assert [d.title for d in desk.datasets] == ["Délibérations", "Subventions"]
    assert [d.id for d in desk.late_datasets()] == ["d1"]
    statuses = {line.obligation.id: line.status for line in desk.obligations}
    assert statuses["subventions"] is ObligationStatus.PUBLISHED
    assert statuses["deliberations"] is ObligationStatus.NOT_APPLICABLE  # 800 inhabitants
    assert statuses["budget"] is ObligationStatus.NEVER
    assert desk.obligations[0].status is ObligationStatus.NEVER  # required and missing first
    assert reminder(desk.late_datasets()[0], NOW, "fr") == (
        "Délibérations : dernière mise à jour il y a 3 mois — mensuelle attendue"
    )


def test_desk_command_offline_prints_the_kept_state_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = DeskCache(tmp_path)
    cache.snapshots["demo"] = snapshot(api_dataset())
    cache.save()
    status = main(["--profile-dir", str(tmp_path), "desk", "--offline", "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert status == 0
    assert payload["refreshed_at"] == "2026-12-01T09:00:00+00:00"
    (dataset,) = payload["datasets"]
    assert set(dataset) >= {
        "id",
        "title",
        "page",
        "schema",
        "last_update",
        "frequency",
        "late",
        "quality",
        "metrics",
    }
    assert dataset["late"] is True
    assert dataset["quality"]["score"] == pytest.approx(3 / 9)
    assert dataset["metrics"] == {"views": 40, "downloads": 7, "reuses": 1}
    deliberations = next(o for o in payload["obligations"] if o["id"] == "deliberations")
    assert deliberations == deliberations | {"schema": "scdl/deliberations", "status": "late"}
    assert set(payload["obligations"][0]) >= {"title", "schema", "status", "due"}


def test_desk_command_without_a_key_says_so_and_shows_the_kept_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATAMAIRIE_API_KEY", raising=False)
    monkeypatch.setattr(
        "desktop_app.commands.desk.CredentialStore.key", lambda self, platform: None
    )
    status = main(["--profile-dir", str(tmp_path), "desk", "--population", "5000"])
    captured = capsys.readouterr()
    assert status == 1
    assert "Aucune clé d'API" in captured.err
    # A headless agent is told how to give the key, not to paste it into a window.
    assert "variable d'environnement DATAMAIRIE_API_KEY" in captured.err
    assert "étape Publication" in captured.err
    assert "n'ont pas encore été lus" in captured.out
    assert DeskCache.load(tmp_path).population == 5000
