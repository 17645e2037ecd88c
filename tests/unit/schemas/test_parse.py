"""Reading a published schema.json into a TableSchema, quirks included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import SchemaError
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.model import CatalogueEntry, FieldConstraints, TableSchema
from desktop_app.core.schemas.parse import load_schema_file, parse_table_schema
from desktop_app.texts import render
from desktop_app.texts.render import WORDINGS
from tests.unit.schemas.conftest import SNAPSHOT

TABLE_SCHEMAS = SchemaCatalogue(SNAPSHOT).table_schema_entries()


def _schema(*fields: Any, **top: Any) -> TableSchema:
    return parse_table_schema({"fields": list(fields), **top}, name="test/schema", version="1.0")


def _codes(schema: TableSchema) -> list[str]:
    return [notice.code for notice in schema.notices]


def test_the_snapshot_holds_sixty_table_schemas() -> None:
    assert len(TABLE_SCHEMAS) == 60


@pytest.mark.parametrize("entry", TABLE_SCHEMAS, ids=lambda entry: entry.name)
def test_every_bundled_schema_parses(catalogue: SchemaCatalogue, entry: CatalogueEntry) -> None:
    schema = catalogue.get(entry.name)

    assert schema.name == entry.name
    assert schema.version == entry.latest
    assert schema.fields
    assert len(set(schema.field_names)) == len(schema.fields)
    for notice in schema.notices:
        assert notice.code in WORDINGS
        assert "{" not in render(notice.code, notice.params, "fr")


def test_deliberations_reads_as_published(catalogue: SchemaCatalogue) -> None:
    schema = catalogue.get("scdl/deliberations")

    assert schema.field_names[:4] == ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE"]
    siret = schema.field_named("COLL_SIRET")
    assert siret.required
    assert siret.constraints.pattern == r"^\d{14}$"
    assert schema.field_named("DELIB_DATE").type == "date"
    assert schema.field_named("VOTE_POUR").type == "integer"
    assert schema.missing_values == ("",)
    assert schema.custom_checks[0].name == "french-siret-value"
    assert schema.custom_checks[0].params == {"column": "COLL_SIRET"}
    assert schema.notices == ()


def test_subventions_keeps_its_own_boolean_words(catalogue: SchemaCatalogue) -> None:
    notification = catalogue.get("scdl/subventions").field_named("notificationUE")

    assert notification.true_values == ("oui",)
    assert notification.false_values == ("non",)


def test_table_schema_defaults_apply_when_keys_are_absent() -> None:
    schema = _schema({"name": "montant", "type": "number"})
    montant = schema.fields[0]

    assert montant.true_values == ("true", "True", "TRUE", "1")
    assert montant.false_values == ("false", "False", "FALSE", "0")
    assert (montant.decimal_char, montant.group_char, montant.bare_number) == (".", "", True)
    assert montant.constraints == FieldConstraints()
    assert montant.example is None
    assert schema.missing_values == ("",)
    assert schema.primary_key == ()
    assert schema.notices == ()


def test_every_documented_key_is_read() -> None:
    schema = _schema(
        {
            "name": "montant",
            "title": "Montant",
            "description": "En euros",
            "type": "number",
            "format": "default",
            "example": "1 234,50",
            "decimalChar": ",",
            "groupChar": " ",
            "bareNumber": False,
            "constraints": {
                "required": True,
                "unique": True,
                "minimum": 0,
                "maximum": 1000000,
            },
        },
        {
            "name": "code",
            "type": "string",
            "constraints": {"minLength": 2, "maxLength": 5, "pattern": "^[A-Z]+$", "enum": ["AB"]},
        },
        {"name": "tags", "type": "array", "arrayItem": {"type": "string", "enum": ["a", "b"]}},
        {"name": "ok", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
        primaryKey="code",
        missingValues=["", "NA"],
        custom_checks=[{"name": "siret", "params": {"column": "code"}}, {"params": {}}],
    )
    montant, code, tags, ok = schema.fields

    assert (montant.title, montant.description, montant.format) == ("Montant", "En euros", None)
    assert (montant.decimal_char, montant.group_char, montant.bare_number) == (",", " ", False)
    assert montant.example == "1 234,50"
    assert montant.constraints == FieldConstraints(
        required=True, unique=True, minimum=0, maximum=1000000
    )
    assert code.constraints == FieldConstraints(
        min_length=2, max_length=5, pattern="^[A-Z]+$", enum=("AB",)
    )
    assert tags.array_item == {"type": "string", "enum": ["a", "b"]}
    assert (ok.true_values, ok.false_values) == (("oui",), ("non",))
    assert schema.primary_key == ("code",)
    assert schema.missing_values == ("", "NA")
    assert [check.name for check in schema.custom_checks] == ["siret"]
    assert schema.notices == ()


def test_primary_key_as_a_list_and_unknown_names() -> None:
    schema = _schema({"name": "id"}, {"name": "annee"}, primaryKey=["id", "annee", "absent"])

    assert schema.primary_key == ("id", "annee")
    assert _codes(schema) == ["schema-invalid-primary-key"]
    assert schema.notices[0].params["names"] == ["absent"]


def test_misspelt_constraints_are_used_with_a_notice() -> None:
    schema = _schema(
        {"name": "longitude", "type": "number", "contraints": {"minimum": -180, "maximum": 180}},
        {"name": "latitude", "type": "number", "contraints": {"required": True}},
    )

    assert schema.fields[0].constraints == FieldConstraints(minimum=-180, maximum=180)
    assert schema.fields[1].required
    assert _codes(schema) == ["schema-misspelt-constraints"]
    assert schema.notices[0].params == {"names": ["longitude", "latitude"], "count": 2}
    assert "contraints" in render("schema-misspelt-constraints", schema.notices[0].params)


def test_rules_written_on_the_field_itself_are_used_with_a_notice() -> None:
    schema = _schema(
        {"name": "statut", "required": True, "enum": ["actif", "clos"]},
        {"name": "url", "pattern": "^https?://", "constraints": {"maxLength": 200}},
        {"name": "propre", "constraints": {"required": False}, "required": True},
    )
    statut, url, propre = schema.fields

    assert statut.constraints == FieldConstraints(required=True, enum=("actif", "clos"))
    assert url.constraints == FieldConstraints(max_length=200, pattern="^https?://")
    assert not propre.required  # the constraints say otherwise, and they win
    assert _codes(schema) == ["schema-constraints-outside"]
    assert schema.notices[0].params["names"] == ["statut", "url"]


@pytest.mark.parametrize(
    ("spelling", "value", "expected"),
    [
        ("exemple", "2021-10-31", "2021-10-31"),
        ("examples", "45678.80", "45678.80"),
        ("examples", ["Mairie", "École"], "Mairie"),
    ],
)
def test_other_spellings_of_example_are_read(spelling: str, value: Any, expected: str) -> None:
    schema = _schema({"name": "champ", spelling: value})

    assert schema.fields[0].example == expected
    assert _codes(schema) == ["schema-misspelt-example"]
    assert render("schema-misspelt-example", schema.notices[0].params).startswith("Le schéma")


def test_examples_of_an_array_field_are_one_example_array() -> None:
    schema = _schema({"name": "codes", "type": "array", "examples": ["69", "01"]})

    assert schema.fields[0].example == '["69", "01"]'
    assert _codes(schema) == ["schema-misspelt-example"]


@pytest.mark.parametrize(
    ("field_type", "example", "text"),
    [
        ("integer", 20, "20"),
        ("number", 5.4, "5.4"),
        ("boolean", True, "true"),
        (
            "geojson",
            {"type": "Point", "coordinates": [1, 2]},
            '{"type": "Point", "coordinates": [1, 2]}',
        ),
        ("string", "   ", None),
    ],
)
def test_examples_are_kept_as_text(field_type: str, example: Any, text: str | None) -> None:
    schema = _schema({"name": "champ", "type": field_type, "example": example})

    assert schema.fields[0].example == text
    assert schema.notices == ()


@pytest.mark.parametrize(
    ("field", "parses"),
    [
        ({"type": "date", "example": "15/03/2024"}, False),
        ({"type": "date", "example": "2024-03-15"}, True),
        ({"type": "date", "format": "%d/%m/%Y", "example": "15/03/2024"}, True),
        ({"type": "date", "format": "%Y", "example": "2022"}, True),
        ({"type": "date", "format": "any", "example": "15 mars 2024"}, True),
        ({"type": "datetime", "example": "2025-10-15T15:00:00Z"}, True),
        ({"type": "datetime", "example": "2025-10-15"}, False),
        ({"type": "time", "example": "22:00:00"}, True),
        ({"type": "time", "example": "22h"}, False),
        ({"type": "year", "example": "2024"}, True),
        ({"type": "year", "example": "24"}, False),
        ({"type": "yearmonth", "example": "2024-13"}, False),
        ({"type": "integer", "example": "12"}, True),
        ({"type": "integer", "example": "12.5"}, False),
        ({"type": "number", "example": "17 142.08"}, False),
        ({"type": "number", "groupChar": " ", "example": "17 142.08"}, True),
        ({"type": "number", "decimalChar": ",", "example": "0,45"}, True),
        ({"type": "number", "bareNumber": False, "example": "12 €"}, True),
        ({"type": "boolean", "example": "Oui"}, False),
        ({"type": "boolean", "trueValues": ["Oui"], "example": "Oui"}, True),
        ({"type": "geopoint", "example": "2.35, 48.85"}, True),
        ({"type": "geopoint", "format": "array", "example": "[2.35, 48.85]"}, True),
        ({"type": "array", "example": "arachide, lait"}, False),
        ({"type": "array", "example": '["arachide", "lait"]'}, True),
        ({"type": "string", "format": "email", "example": "mairie@vif.fr"}, True),
        ({"type": "string", "format": "email", "example": "mairie"}, False),
        ({"type": "string", "format": "uuid", "example": "pas-un-uuid"}, False),
        ({"type": "string", "format": "uri", "example": "https://vif.fr"}, True),
    ],
)
def test_examples_that_do_not_fit_their_type_get_a_notice(
    field: dict[str, Any], parses: bool
) -> None:
    schema = _schema({"name": "champ", **field})

    assert _codes(schema) == ([] if parses else ["schema-example-unparsable"])
    if not parses:
        params = schema.notices[0].params
        assert params["field"] == "champ"
        assert params["example"] == field["example"]
        assert params["type"] == field["type"]


def test_the_budget_amount_example_is_flagged(catalogue: SchemaCatalogue) -> None:
    notices = catalogue.get("scdl/budget").notices
    unparsable = [n.params for n in notices if n.code == "schema-example-unparsable"]

    assert unparsable == [{"field": "BGT_MTRAR3112", "example": "17 142.08", "type": "number"}]


def test_an_unknown_type_is_read_as_text() -> None:
    schema = _schema({"name": "commentaire", "type": "text"})

    assert schema.fields[0].type == "string"
    assert _codes(schema) == ["schema-unknown-type"]
    assert schema.notices[0].params == {"field": "commentaire", "type": "text"}


@pytest.mark.parametrize("name", ["Mon Schéma", 12, "schéma"])
def test_an_invalid_top_level_name_is_noticed(name: Any) -> None:
    schema = parse_table_schema({"name": name, "fields": [{"name": "a"}]})

    assert schema.name == ""
    assert _codes(schema) == ["schema-invalid-name"]


def test_the_catalogue_name_and_version_prevail() -> None:
    schema = parse_table_schema(
        {"name": "irve", "version": "v2.3.0", "fields": [{"name": "a"}]},
        name="etalab/schema-irve-statique",
        version="2.3.1",
    )

    assert (schema.name, schema.version) == ("etalab/schema-irve-statique", "2.3.1")
    assert _codes(schema) == ["schema-version-differs"]
    assert parse_table_schema({"version": "v1.1.6", "fields": []}, version="1.1.6").notices == ()


def test_unusable_rules_and_fields_are_left_out_with_a_notice() -> None:
    schema = _schema(
        {"name": "a", "constraints": {"maxLength": -1, "pattern": "[", "required": "oui"}},
        {"title": "sans nom"},
        "pas un champ",
    )

    assert schema.field_names == ["a"]
    assert schema.fields[0].constraints == FieldConstraints()
    assert _codes(schema) == [
        "schema-invalid-constraint",
        "schema-invalid-constraint",
        "schema-invalid-constraint",
        "schema-field-without-name",
    ]
    assert schema.notices[-1].params == {"count": 2}


@pytest.mark.parametrize("document", [{"title": "x"}, {"fields": {"a": 1}}, [1, 2]])
def test_a_document_without_fields_is_refused(document: Any) -> None:
    with pytest.raises(SchemaError) as caught:
        parse_table_schema(document, name="x/y")

    assert caught.value.code == "schema-not-table-schema"


def test_the_published_descriptor_is_kept_whole() -> None:
    field = {"name": "a", "contraints": {"required": True}}
    descriptor = {"fields": [field], "extra": 1}
    schema = parse_table_schema(descriptor)

    assert schema.descriptor == descriptor
    assert schema.fields[0].descriptor == field


def test_a_schema_file_on_disk_is_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "schema-marches"
    folder.mkdir()
    path = folder / "schema.json"
    path.write_text(
        json.dumps({"fields": [{"name": "objet"}], "version": "0.2.0", "title": "Marchés"}),
        encoding="utf-8-sig",
    )

    schema = load_schema_file(path)

    assert (schema.name, schema.version, schema.title) == ("schema-marches", "0.2.0", "Marchés")
    assert schema.field_names == ["objet"]


def test_a_schema_file_keeps_its_own_valid_name(tmp_path: Path) -> None:
    path = tmp_path / "mon-schema.json"
    path.write_text(json.dumps({"name": "locaux", "fields": []}), encoding="utf-8")

    assert load_schema_file(path).name == "locaux"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "schema-file-not-found"),
        (b"", "schema-file-not-json"),
        (b"\xff\xfe<html>", "schema-file-not-json"),
        (b"name,type\nCOLL_NOM,string\n", "schema-file-not-json"),
        (
            b'{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object"}',
            "schema-file-not-table-schema",
        ),
        (b"[1, 2, 3]", "schema-file-not-table-schema"),
    ],
)
def test_schema_files_that_cannot_be_used_are_refused_with_a_code(
    tmp_path: Path, content: bytes | None, code: str
) -> None:
    path = tmp_path / "schema.json"
    if content is not None:
        path.write_bytes(content)

    with pytest.raises(SchemaError) as caught:
        load_schema_file(path)

    assert caught.value.code == code
    assert caught.value.params == {"file": "schema.json"}
    assert "schema.json" in render(code, caught.value.params)


def test_a_folder_given_as_schema_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(SchemaError) as caught:
        load_schema_file(tmp_path)

    assert caught.value.code == "schema-file-unreadable"
