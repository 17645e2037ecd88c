"""The catalogue: order, search, reading a schema by name and version, freshness, cache."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop_app.core.errors import SchemaError
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.search import fold
from desktop_app.core.schemas.store import HttpValidators, write_validators
from desktop_app.texts import render
from tests.unit.schemas.conftest import (
    DELIBERATIONS,
    SNAPSHOT,
    catalogue_bytes,
    entry,
    snapshot_file,
)

SCDL = {
    "scdl/budget",
    "scdl/catalogue",
    "scdl/deliberations",
    "scdl/equipements",
    "scdl/menus-collectifs",
    "scdl/plats-menus-collectifs",
    "scdl/prenoms",
    "scdl/subventions",
}


def _cache(folder: Path, catalogue: bytes, *, downloaded: dt.datetime) -> Path:
    """A cache folder as a refresh leaves it."""
    path = folder / "schemas.json"
    folder.mkdir(parents=True, exist_ok=True)
    path.write_bytes(catalogue)
    write_validators(
        path, HttpValidators("http://x/schemas.json", '"1"', None, downloaded, downloaded)
    )
    return folder


def test_entries_list_the_whole_catalogue_scdl_first(catalogue: SchemaCatalogue) -> None:
    entries = catalogue.entries()
    names = [item.name for item in entries]

    assert len(entries) == 95
    assert set(names[:8]) == SCDL
    assert [item.title for item in entries[:8]] == sorted(
        (item.title for item in entries[:8]), key=fold
    )
    first_other = next(index for index, item in enumerate(entries) if not item.scdl)
    assert all(item.scdl for item in entries[:first_other])
    assert not any(item.scdl for item in entries[first_other:])
    others = [(fold(item.producer), fold(item.title)) for item in entries[first_other:]]
    assert others == sorted(others)


def test_table_schema_entries_keep_only_tables(catalogue: SchemaCatalogue) -> None:
    tables = catalogue.table_schema_entries()

    assert len(tables) == 60
    assert all(item.is_table_schema for item in tables)
    assert "etalab/schema-bal" not in {item.name for item in tables}


def test_entries_carry_what_the_wizard_shows(catalogue: SchemaCatalogue) -> None:
    deliberations = catalogue.entry("scdl/deliberations")

    assert deliberations.title == "Délibérations"
    assert deliberations.latest == "2.1.5"
    assert deliberations.versions[0] == "1.1.0"
    assert deliberations.scdl
    assert deliberations.schema_files["2.1.5"] == DELIBERATIONS


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("deliberation", "scdl/deliberations"),
        ("Délibérations", "scdl/deliberations"),
        ("DELIB", "scdl/deliberations"),
        ("équipement", "scdl/equipements"),
        ("EQUIPEMENTS", "scdl/equipements"),
        ("subventions", "scdl/subventions"),
        ("subvention", "scdl/subventions"),
        ("prénoms", "scdl/prenoms"),
        ("menus plats", "scdl/plats-menus-collectifs"),
        ("scdl budget", "scdl/budget"),
        ("recharge des véhicules électriques", "etalab/schema-irve"),
    ],
)
def test_search_ignores_accents_and_case(catalogue: SchemaCatalogue, text: str, first: str) -> None:
    assert catalogue.search(text)[0].name == first


def test_every_word_must_match(catalogue: SchemaCatalogue) -> None:
    assert [item.name for item in catalogue.search("restauration")] == [
        "scdl/plats-menus-collectifs",
        "scdl/menus-collectifs",
    ]
    assert [item.name for item in catalogue.search("restauration composition")] == [
        "scdl/plats-menus-collectifs"
    ]
    assert catalogue.search("délibérations menus") == []
    assert catalogue.search("zzzz") == []


def test_an_empty_search_lists_everything_in_order(catalogue: SchemaCatalogue) -> None:
    assert catalogue.search("  ") == catalogue.entries()


def test_search_can_keep_only_tables(catalogue: SchemaCatalogue) -> None:
    everything = {item.name for item in catalogue.search("adresse")}
    tables = {item.name for item in catalogue.search("adresse", table_schemas_only=True)}

    assert "etalab/schema-bal" in everything
    assert "etalab/schema-bal" not in tables
    assert tables < everything


def test_get_reads_the_latest_version_once(catalogue: SchemaCatalogue) -> None:
    latest = catalogue.get("scdl/deliberations")

    assert latest.version == "2.1.5"
    assert "DELIB_OBJET" in latest.field_names
    assert catalogue.get("scdl/deliberations@2.1.5") is latest
    assert catalogue.get(" scdl/deliberations@v2.1.5 ") is latest


def test_an_entry_asked_by_name_is_the_one_the_list_holds(catalogue: SchemaCatalogue) -> None:
    # get() reads only the entry asked for: it must be the very one entries() lists.
    for listed in catalogue.entries():
        assert SchemaCatalogue(SNAPSHOT).entry(listed.name) == listed


def test_the_first_usable_entry_of_a_name_is_the_one_found(tmp_path: Path) -> None:
    without_versions = {**entry("scdl/budget", []), "title": "Sans version"}
    document = catalogue_bytes(
        entry("scdl/prenoms", ["1.0.0"]),
        without_versions,
        entry("scdl/budget", ["0.8.1"], title="Le bon"),
        entry("scdl/budget", ["0.9.0"], title="Le double"),
    )
    (tmp_path / "schemas.json").write_bytes(document)
    found = SchemaCatalogue(tmp_path).entry("scdl/budget")

    assert (found.title, found.versions) == ("Le bon", ("0.8.1",))
    assert found in SchemaCatalogue(tmp_path).entries()


def test_each_catalogue_parses_for_itself(catalogue: SchemaCatalogue) -> None:
    other = SchemaCatalogue(SNAPSHOT)

    assert other.get("scdl/subventions") == catalogue.get("scdl/subventions")
    assert other.get("scdl/subventions") is not catalogue.get("scdl/subventions")


def test_schema_file_points_at_the_published_file(catalogue: SchemaCatalogue) -> None:
    assert catalogue.schema_file("scdl/deliberations") == SNAPSHOT / "schemas" / DELIBERATIONS
    assert catalogue.schema_file("scdl/deliberations@2.1.4") is None


@pytest.mark.parametrize(
    ("reference", "close"),
    [
        ("scdl/deliberation", "scdl/deliberations"),
        ("deliberations", "scdl/deliberations"),
        ("Subventions", "scdl/subventions"),
        ("scdl/equipement", "scdl/equipements"),
    ],
)
def test_an_unknown_name_suggests_close_ones(
    catalogue: SchemaCatalogue, reference: str, close: str
) -> None:
    with pytest.raises(SchemaError) as caught:
        catalogue.get(reference)

    assert caught.value.code == "schema-not-found"
    assert caught.value.params["name"] == reference
    suggestions = caught.value.params["names"]
    assert isinstance(suggestions, list)
    assert suggestions[0] == close
    assert f"« {close} »" in render("schema-not-found", caught.value.params)


def test_a_name_like_nothing_still_gets_suggestions(catalogue: SchemaCatalogue) -> None:
    with pytest.raises(SchemaError) as caught:
        catalogue.get("xyzzy/qwerty")

    suggestions = caught.value.params["names"]
    assert isinstance(suggestions, list)
    assert suggestions
    assert set(suggestions) <= SCDL | {"atlasante/schema-dae"} | {
        "etalab/schema-irve-dynamique",
        "etalab/schema-irve-statique",
    }


def test_an_unknown_version_lists_the_published_ones(catalogue: SchemaCatalogue) -> None:
    with pytest.raises(SchemaError) as caught:
        catalogue.get("scdl/deliberations@3.0")

    assert caught.value.code == "schema-version-not-found"
    assert caught.value.params["version"] == "3.0"
    assert caught.value.params["versions"] == [
        "1.1.0",
        "2.0.0",
        "2.1.0",
        "2.1.1",
        "2.1.2",
        "2.1.3",
        "2.1.4",
        "2.1.5",
    ]


def test_an_older_version_is_not_on_this_computer(catalogue: SchemaCatalogue) -> None:
    with pytest.raises(SchemaError) as caught:
        catalogue.get("scdl/deliberations@2.1.4")

    assert caught.value.code == "schema-version-not-downloaded"
    assert caught.value.params == {"name": "scdl/deliberations", "version": "2.1.4"}


@pytest.mark.parametrize("name", ["etalab/schema-bal", "139bercy/format-commande-publique"])
def test_schemas_that_are_not_tables_cannot_be_read(catalogue: SchemaCatalogue, name: str) -> None:
    with pytest.raises(SchemaError) as caught:
        catalogue.get(name)

    assert caught.value.code == "schema-not-tabular"
    assert caught.value.params["name"] == name


def test_a_missing_snapshot_is_reported(tmp_path: Path) -> None:
    broken = SchemaCatalogue(tmp_path / "absent")

    with pytest.raises(SchemaError) as caught:
        broken.entries()

    assert caught.value.code == "schema-catalogue-unreadable"


def test_a_damaged_schema_file_is_reported(tmp_path: Path) -> None:
    snapshot = tmp_path / "snapshot"
    shutil.copytree(SNAPSHOT, snapshot)
    (snapshot / "schemas" / DELIBERATIONS).write_text('{"fields": [', encoding="utf-8")

    with pytest.raises(SchemaError) as caught:
        SchemaCatalogue(snapshot).get("scdl/deliberations")

    assert caught.value.code == "schema-damaged"


def test_the_snapshot_says_when_it_was_published(catalogue: SchemaCatalogue) -> None:
    freshness = catalogue.freshness()

    assert freshness.origin == "snapshot"
    assert freshness.published == dt.date(2026, 8, 22)
    assert freshness.as_dict() == {
        "origin": "snapshot",
        "published": "2026-08-22",
        "downloaded": None,
        "checked": None,
    }


def test_a_newer_download_overlays_the_snapshot(tmp_path: Path) -> None:
    newer = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)
    cache = _cache(
        tmp_path / "cache",
        catalogue_bytes(
            entry("scdl/deliberations", ["2.1.5", "2.2.0"], title="Délibérations"),
            entry("scdl/nouveau", ["0.1.0"], title="Nouveau schéma"),
        ),
        downloaded=newer,
    )
    new_file = cache / "schemas" / "scdl/deliberations/2.2.0/schema.json"
    new_file.parent.mkdir(parents=True)
    new_file.write_text('{"fields": [{"name": "DELIB_ID"}]}', encoding="utf-8")

    catalogue = SchemaCatalogue(SNAPSHOT, cache)

    assert [item.name for item in catalogue.entries()] == ["scdl/deliberations", "scdl/nouveau"]
    assert catalogue.get("scdl/deliberations").field_names == ["DELIB_ID"]
    older = catalogue.get("scdl/deliberations@2.1.5")  # not downloaded: read from the snapshot
    assert "COLL_SIRET" in older.field_names
    with pytest.raises(SchemaError) as caught:
        catalogue.get("scdl/nouveau")
    assert caught.value.code == "schema-version-not-downloaded"
    freshness = catalogue.freshness()
    assert (freshness.origin, freshness.downloaded) == ("cache", newer)


def test_a_damaged_cached_schema_falls_back_to_the_snapshot(tmp_path: Path) -> None:
    cache = _cache(
        tmp_path / "cache",
        snapshot_file("../schemas.json"),
        downloaded=dt.datetime(2026, 9, 1, tzinfo=dt.UTC),
    )
    cached = cache / "schemas" / DELIBERATIONS
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b'{"fields": [{"name": "CO')

    schema = SchemaCatalogue(SNAPSHOT, cache).get("scdl/deliberations")

    assert "COLL_SIRET" in schema.field_names


@pytest.mark.parametrize("corrupt", [b"", b'{"schemas": [', b'{"schemas": []}', b"<html>"])
def test_a_damaged_or_older_cache_is_ignored(tmp_path: Path, corrupt: bytes) -> None:
    damaged = _cache(tmp_path / "a", corrupt, downloaded=dt.datetime(2026, 9, 1, tzinfo=dt.UTC))
    older = _cache(
        tmp_path / "b",
        catalogue_bytes(entry("scdl/deliberations", ["2.1.5"])),
        downloaded=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
    )

    for cache in (damaged, older):
        catalogue = SchemaCatalogue(SNAPSHOT, cache)
        assert catalogue.freshness().origin == "snapshot"
        assert len(catalogue.entries()) == 95
