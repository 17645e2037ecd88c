"""Refreshing the agent's cache against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import datetime as dt
import json
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from desktop_app.core.errors import CancelledError
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.download import FAILURE_CODES
from desktop_app.core.schemas.refresh import RefreshFailure, refresh_catalogue
from desktop_app.core.schemas.store import read_validators, write_validators
from desktop_app.core.tasks import CancelToken
from desktop_app.texts import render
from desktop_app.texts.render import WORDINGS
from tests.unit.schemas.conftest import (
    DELIBERATIONS,
    SNAPSHOT,
    SUBVENTIONS,
    FakeSite,
    catalogue_bytes,
    entry,
    mini_catalogue,
    snapshot_file,
)

CATALOGUE_PATH = "/schemas/schemas.json"
EVERYTHING = ("catalogue", "scdl/deliberations@2.1.5", "scdl/subventions@2.1.1")


def _publish(site: FakeSite) -> None:
    site.serve(CATALOGUE_PATH, mini_catalogue(), etag='"c1"')
    site.serve(f"/schemas/{DELIBERATIONS}", snapshot_file(DELIBERATIONS), etag='"d1"')
    site.serve(f"/schemas/{SUBVENTIONS}", snapshot_file(SUBVENTIONS), etag='"s1"')


def test_a_first_refresh_downloads_the_catalogue_and_its_tables(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    cache = tmp_path / "cache"

    result = refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)

    assert result.updated == EVERYTHING
    assert result.failed == ()
    assert result.complete
    assert (cache / "schemas.json").read_bytes() == mini_catalogue()
    assert (cache / "schemas" / DELIBERATIONS).read_bytes() == snapshot_file(DELIBERATIONS)
    validators = read_validators(cache / "schemas.json")
    assert validators is not None
    assert validators.etag == '"c1"'
    assert validators.url == site.url + CATALOGUE_PATH
    catalogue = SchemaCatalogue(SNAPSHOT, cache)
    assert [item.name for item in catalogue.entries()] == [
        "scdl/deliberations",
        "scdl/subventions",
        "etalab/schema-bal",
    ]
    assert catalogue.freshness().origin == "cache"
    assert catalogue.freshness().published is not None
    assert "COLL_SIRET" in catalogue.get("scdl/deliberations").field_names


def test_content_equal_to_the_snapshot_counts_as_unchanged(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)

    result = refresh_catalogue(
        tmp_path / "cache", base_url=site.url, session=session, timeout=2, snapshot_dir=SNAPSHOT
    )

    assert result.updated == ("catalogue",)
    assert result.not_modified == EVERYTHING[1:]


def test_a_second_refresh_asks_if_changed_and_gets_304(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    cache = tmp_path / "cache"
    refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)
    before = (cache / "schemas.json").stat().st_mtime_ns
    first = read_validators(cache / "schemas.json")
    assert first is not None
    an_hour_ago = first.downloaded - dt.timedelta(hours=1)  # as if fetched an hour ago
    write_validators(
        cache / "schemas.json", replace(first, downloaded=an_hour_ago, checked=an_hour_ago)
    )

    result = refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)

    assert result.updated == ()
    assert result.not_modified == EVERYTHING
    assert site.headers_of(CATALOGUE_PATH)[-1]["If-None-Match"] == '"c1"'
    assert "If-Modified-Since" in site.headers_of(CATALOGUE_PATH)[-1]
    assert "If-None-Match" not in site.headers_of(CATALOGUE_PATH)[0]
    assert (cache / "schemas.json").stat().st_mtime_ns == before
    validators = read_validators(cache / "schemas.json")
    assert validators is not None
    assert validators.downloaded == an_hour_ago  # the content did not arrive again
    assert validators.checked > an_hour_ago
    assert validators.checked.utcoffset() is not None  # core's clock: local time, its offset


def test_a_changed_file_replaces_the_cached_one(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    cache = tmp_path / "cache"
    refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)
    changed = json.loads(snapshot_file(DELIBERATIONS))
    changed["fields"] = changed["fields"][:3]
    site.serve(f"/schemas/{DELIBERATIONS}", json.dumps(changed).encode(), etag='"d2"')

    result = refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)

    assert result.updated == ("scdl/deliberations@2.1.5",)
    schema = SchemaCatalogue(SNAPSHOT, cache).get("scdl/deliberations")
    assert schema.field_names == ["COLL_NOM", "COLL_SIRET", "DELIB_ID"]
    validators = read_validators(cache / "schemas" / DELIBERATIONS)
    assert validators is not None
    assert validators.etag == '"d2"'


@pytest.mark.parametrize(
    "damage",
    ["truncated", "not-json", "html-page", "not-a-catalogue", "empty-catalogue"],
)
def test_a_corrupt_catalogue_never_replaces_the_good_one(
    site: FakeSite, tmp_path: Path, session: requests.Session, damage: str
) -> None:
    _publish(site)
    cache = tmp_path / "cache"
    refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)
    good = (cache / "schemas.json").read_bytes()
    bodies = {
        "truncated": mini_catalogue() + b" " * 50_000,
        "not-json": b'{"version": 1, "schemas": [{"name": "scdl/',
        "html-page": b"<html><body>Acc\xe8s refus\xe9 par le proxy</body></html>",
        "not-a-catalogue": b'{"message": "maintenance"}',
        "empty-catalogue": catalogue_bytes(),
    }
    route = site.serve(CATALOGUE_PATH, bodies[damage], etag='"c2"')
    route.truncated = damage == "truncated"

    result = refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)

    assert result.failed == (RefreshFailure("catalogue", "catalogue-corrupt-download"),)
    assert (cache / "schemas.json").read_bytes() == good
    validators = read_validators(cache / "schemas.json")
    assert validators is not None
    assert validators.etag == '"c1"'
    assert result.not_modified == EVERYTHING[1:]  # the schemas were still checked
    assert not list(cache.glob(".*.tmp"))


def test_a_corrupt_schema_keeps_the_cached_one(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    cache = tmp_path / "cache"
    refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)
    site.serve(f"/schemas/{DELIBERATIONS}", b'{"title": "no fields"}', etag='"d2"')
    route = site.serve(f"/schemas/{SUBVENTIONS}", snapshot_file(SUBVENTIONS) * 2, etag='"s2"')
    route.truncated = True

    result = refresh_catalogue(cache, base_url=site.url, session=session, timeout=2)

    assert [failure.code for failure in result.failed] == ["catalogue-corrupt-download"] * 2
    assert (cache / "schemas" / DELIBERATIONS).read_bytes() == snapshot_file(DELIBERATIONS)
    assert (cache / "schemas" / SUBVENTIONS).read_bytes() == snapshot_file(SUBVENTIONS)


def test_a_server_error_is_a_code_with_its_status(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    site.routes[CATALOGUE_PATH].status = 503

    result = refresh_catalogue(
        tmp_path / "cache", base_url=site.url, session=session, timeout=2, snapshot_dir=SNAPSHOT
    )

    assert result.failed[0] == RefreshFailure("catalogue", "catalogue-http-error", 503)
    assert "503" in render("catalogue-http-error", result.failed[0].params)
    # The snapshot's list still says which schemas to look at.
    assert len(result.not_modified) + len(result.failed) > 50


def test_a_server_that_never_answers_times_out(
    silent_server: str, tmp_path: Path, session: requests.Session
) -> None:
    start = time.monotonic()

    result = refresh_catalogue(
        tmp_path / "cache", base_url=silent_server, session=session, timeout=0.5
    )

    assert time.monotonic() - start < 5
    assert result.failed == (RefreshFailure("catalogue", "catalogue-timeout"),)
    assert not (tmp_path / "cache" / "schemas.json").exists()


def test_a_slow_schema_stops_the_refresh_and_skips_the_rest(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    site.routes[f"/schemas/{DELIBERATIONS}"].delay = 1.5
    start = time.monotonic()

    result = refresh_catalogue(tmp_path / "cache", base_url=site.url, session=session, timeout=0.3)

    assert time.monotonic() - start < 5
    assert result.updated == ("catalogue",)
    assert result.failed == (RefreshFailure("scdl/deliberations@2.1.5", "catalogue-timeout"),)
    assert result.skipped == ("scdl/subventions@2.1.1",)
    assert not result.complete


def test_no_network_is_a_code_not_an_exception(tmp_path: Path, session: requests.Session) -> None:
    with socket.socket() as probe:  # a port nobody listens on any more
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    result = refresh_catalogue(
        tmp_path / "cache", base_url=f"http://127.0.0.1:{port}", session=session, timeout=2
    )

    assert result.failed == (RefreshFailure("catalogue", "catalogue-offline"),)


def test_a_cache_that_cannot_be_written_is_a_code(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")

    result = refresh_catalogue(blocked / "cache", base_url=site.url, session=session, timeout=2)

    assert result.failed == (RefreshFailure("catalogue", "catalogue-write-failed"),)


def test_names_choose_the_schemas_to_refresh(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)

    result = refresh_catalogue(
        tmp_path / "cache",
        base_url=site.url,
        session=session,
        timeout=2,
        names=[
            "scdl/deliberations@2.1.5",
            "scdl/nope",
            "etalab/schema-bal",
            "scdl/deliberations@9",
        ],
    )

    assert result.updated == ("catalogue", "scdl/deliberations@2.1.5")
    assert [(failure.target, failure.code) for failure in result.failed] == [
        ("scdl/nope", "catalogue-schema-unknown"),
        ("etalab/schema-bal", "catalogue-schema-unknown"),
        ("scdl/deliberations@9", "catalogue-schema-unknown"),
    ]
    assert site.headers_of(f"/schemas/{SUBVENTIONS}") == []


def test_a_refresh_can_be_cancelled_between_files(
    site: FakeSite, tmp_path: Path, session: requests.Session
) -> None:
    _publish(site)
    token = CancelToken()
    steps: list[str] = []

    def progress(fraction: float, step: str, /) -> None:
        steps.append(step)
        if step == "catalogue":
            token.cancel()

    with pytest.raises(CancelledError):
        refresh_catalogue(
            tmp_path / "cache",
            base_url=site.url,
            session=session,
            timeout=2,
            progress=progress,
            cancel=token,
        )

    assert steps == ["catalogue"]
    assert (tmp_path / "cache" / "schemas.json").exists()  # what was done stays consistent


def test_the_default_session_is_made_and_closed(
    site: FakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    site.serve(CATALOGUE_PATH, catalogue_bytes(entry("scdl/subventions", ["2.1.1"])))
    site.serve(f"/schemas/{SUBVENTIONS}", snapshot_file(SUBVENTIONS))

    result = refresh_catalogue(tmp_path / "cache", base_url=site.url + "/", timeout=2)

    assert result.updated == ("catalogue", "scdl/subventions@2.1.1")
    assert site.headers_of(CATALOGUE_PATH)[0]["User-Agent"].startswith("DataMairie/")


def test_every_failure_code_has_words() -> None:
    for code in FAILURE_CODES:
        assert code in WORDINGS
        text = render(code, {"name": "catalogue", "status": 500})
        assert text.endswith(".")
        assert "{" not in text
