"""Mappings saved as versioned JSON, applied again to next month's table."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.errors import MappingError
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.document import (
    load_mapping,
    mapping_from_json,
    mapping_to_json,
    save_mapping,
)
from desktop_app.core.mapping.model import ColumnMapping, Evidence, FieldMapping
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.mapping.templates import MappingTemplates, starting_mapping
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from desktop_app.paths import resources_dir
from tests import communes

COLUMNS = ("N°", "Date de la séance", "Objet")


def _mapping() -> ColumnMapping:
    return ColumnMapping(
        "scdl/deliberations",
        "2.1.5",
        (
            FieldMapping(
                "DELIB_ID",
                column="N°",
                confidence=0.9,
                evidence=(Evidence.of("label-matches-usual-label", matched="n°"),),
            ),
            FieldMapping("DELIB_DATE", column="Date de la séance", options={"date_order": "dmy"}),
            FieldMapping("COLL_NOM", constant="Saint-Nizier-du-Moucherotte"),
            FieldMapping("DELIB_OBJET"),
        ),
        COLUMNS,
    )


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mapping.json"
    save_mapping(_mapping(), path)

    loaded = load_mapping(path)

    assert loaded == _mapping()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "datamairie-mapping"
    assert document["version"] == 1
    assert document["schema"] == {"name": "scdl/deliberations", "version": "2.1.5"}
    assert [f["field"] for f in document["fields"]] == [
        "DELIB_ID",
        "DELIB_DATE",
        "COLL_NOM",
        "DELIB_OBJET",
    ]
    assert not list(tmp_path.glob(".mapping.json.*"))  # no temporary file left behind


@pytest.mark.parametrize(
    ("document", "code"),
    [
        ({"format": "autre"}, "mapping-not-recognised"),
        ([1, 2], "mapping-not-recognised"),
        ({"format": "datamairie-mapping", "version": 99}, "mapping-too-new"),
        ({"format": "datamairie-mapping", "version": 1, "fields": []}, "mapping-damaged"),
    ],
)
def test_unreadable_documents_are_refused_with_a_code(document: object, code: str) -> None:
    with pytest.raises(MappingError) as raised:
        mapping_from_json(document)
    assert raised.value.code == code


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(MappingError) as raised:
        load_mapping(tmp_path / "absent.json")
    assert raised.value.code == "mapping-not-found"
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(MappingError) as raised:
        load_mapping(broken)
    assert raised.value.code == "mapping-damaged"


def test_choosing_a_column_moves_it_from_another_field() -> None:
    mapping = _mapping().with_column("DELIB_OBJET", "N°")

    assert mapping.for_field("DELIB_OBJET").column == "N°"
    assert mapping.for_field("DELIB_ID").column is None
    assert mapping.for_field("DELIB_OBJET").confidence is None  # chosen by the agent


def test_constant_replaces_column() -> None:
    mapping = _mapping().with_constant("DELIB_ID", "2024-001")

    assert mapping.for_field("DELIB_ID").column is None
    assert mapping.for_field("DELIB_ID").constant == "2024-001"


def test_saved_mapping_applies_to_next_month_with_the_same_columns(tmp_path: Path) -> None:
    templates = MappingTemplates(tmp_path)
    templates.remember(_mapping())

    next_month = ["objet", "N°", "Date de la seance"]  # other order, other accents and case
    found = templates.find("scdl/deliberations", next_month)

    assert found == _mapping()
    assert found is not None
    assert found.applies_to(next_month)
    assert templates.find("scdl/deliberations", [*next_month, "Vote"]) is None
    assert templates.find("scdl/subventions", next_month) is None


def test_document_keys_are_stable() -> None:
    document = mapping_to_json(_mapping())
    assert set(document) == {"format", "version", "schema", "source", "fields"}
    assert set(document["fields"][0]) == {
        "field",
        "column",
        "constant",
        "confidence",
        "evidence",
        "options",
    }


def test_the_saved_mapping_starts_only_for_its_own_schema_version(tmp_path: Path) -> None:
    schema = SchemaCatalogue(resources_dir() / "schemas").get("scdl/deliberations")
    table = read_table(communes.deliberations_xlsx(tmp_path))
    templates = MappingTemplates(tmp_path / "modeles")
    kept = suggest_mapping(table, schema).with_constant("DELIB_OBJET", "Choisi par l'agent")
    commune = CommuneIdentity(name="Saint-Nizier-du-Moucherotte", siret="", insee="38455")

    assert starting_mapping(table, schema, templates, None)[1] == "suggested"
    templates.remember(replace(kept, schema_version="0.0.1"))  # an older version's fields
    older, origin = starting_mapping(table, schema, templates, None)
    assert origin == "suggested"
    assert older.for_field("DELIB_OBJET").constant is None
    templates.remember(kept)
    mapping, origin = starting_mapping(table, schema, templates, commune)
    assert origin == "saved"
    assert mapping.for_field("DELIB_OBJET").constant == "Choisi par l'agent"
    assert mapping.for_field("COLL_NOM").constant == "Saint-Nizier-du-Moucherotte"
