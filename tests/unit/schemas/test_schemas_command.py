"""`datamairie schemas`: the catalogue from the command line, offline, in JSON or in French."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main

ENTRY_KEYS = {"name", "title", "version", "type", "scdl"}


def _json_of(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, object]]:
    status = main(argv)
    return status, json.loads(capsys.readouterr().out)


def test_schemas_json_follows_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, payload = _json_of(capsys, ["--profile-dir", str(tmp_path), "schemas", "--json"])

    assert status == 0
    schemas = payload["schemas"]
    assert isinstance(schemas, list)
    assert len(schemas) == 95
    assert all(item.keys() >= ENTRY_KEYS for item in schemas)
    assert all(item["scdl"] for item in schemas[:8])
    assert {item["name"] for item in schemas[:8]} >= {"scdl/deliberations", "scdl/subventions"}
    deliberations = next(item for item in schemas if item["name"] == "scdl/deliberations")
    assert deliberations["title"] == "Délibérations"
    assert deliberations["version"] == "2.1.5"
    assert deliberations["type"] == "tableschema"
    assert payload["freshness"] == {
        "origin": "snapshot",
        "published": "2026-08-22",
        "downloaded": None,
        "checked": None,
    }


def test_schemas_search_ranks_best_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--profile-dir", str(tmp_path), "schemas", "--search", "subventions", "--json"]
    status, payload = _json_of(capsys, argv)

    assert status == 0
    schemas = payload["schemas"]
    assert isinstance(schemas, list)
    assert schemas[0]["name"] == "scdl/subventions"
    assert payload["search"] == "subventions"
    assert payload["count"] == len(schemas)


def test_schemas_plain_output_is_a_short_french_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--profile-dir", str(tmp_path), "schemas"]) == 0
    out = capsys.readouterr().out

    assert out.startswith("Liste des schémas du 22/08/2026, fournie avec DataMairie.")
    assert "scdl/deliberations 2.1.5 — Délibérations" in out
    assert "etalab/schema-bal 1.5.0 — Base Adresse Locale (BAL) (pas un tableau)" in out
    assert out.index("SCDL") < out.index("Autres schémas")


def test_schemas_search_without_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--profile-dir", str(tmp_path), "schemas", "--search", "zzzz"]) == 0
    assert "Aucun schéma ne correspond à « zzzz »." in capsys.readouterr().out

    status, payload = _json_of(
        capsys, ["--profile-dir", str(tmp_path), "schemas", "--search", "zzzz", "--json"]
    )
    assert (status, payload["schemas"], payload["count"]) == (0, [], 0)


def test_schemas_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--lang", "en", "--profile-dir", str(tmp_path), "schemas", "--search", "délib"]
    assert main(argv) == 0
    out = capsys.readouterr().out

    assert out.startswith("List of schemas of 22/08/2026, shipped with DataMairie.")
    assert "scdl/deliberations 2.1.5 — Délibérations" in out


def test_schemas_reads_a_newer_download_from_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from desktop_app.core.schemas.store import HttpValidators, write_validators
    from tests.unit.schemas.conftest import catalogue_bytes, entry

    cached = tmp_path / "cache" / "schemas" / "schemas.json"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(catalogue_bytes(entry("scdl/deliberations", ["2.1.5", "2.2.0"])))
    when = dt.datetime(2026, 9, 1, 8, 30, tzinfo=dt.UTC)
    last_modified = "Mon, 31 Aug 2026 22:00:00 GMT"
    write_validators(cached, HttpValidators("http://x", None, last_modified, when, when))

    status, payload = _json_of(capsys, ["--profile-dir", str(tmp_path), "schemas", "--json"])

    assert status == 0
    schemas = payload["schemas"]
    assert isinstance(schemas, list)
    assert [(item["name"], item["version"]) for item in schemas] == [
        ("scdl/deliberations", "2.2.0")
    ]
    assert payload["freshness"] == {
        "origin": "cache",
        "published": "2026-08-31",
        "downloaded": "2026-09-01T08:30:00+00:00",
        "checked": "2026-09-01T08:30:00+00:00",
    }
