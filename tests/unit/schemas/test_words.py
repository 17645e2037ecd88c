"""The schema catalogue's codes read as plain, complete sentences in both languages."""

from __future__ import annotations

import pytest

from desktop_app.texts import Language, render
from desktop_app.texts.codes.schemas import CATALOGUE_REFRESH, SCHEMA_ERRORS, SCHEMA_NOTICES

PARAMS: dict[str, object] = {
    "name": "scdl/deliberations",
    "names": ["scdl/deliberations", "scdl/subventions"],
    "count": 2,
    "file": "schema.json",
    "version": "2.1.4",
    "versions": ["2.1.4", "2.1.5"],
    "declared": "v2.1.4",
    "type": "text",
    "field": "DELIB_DATE",
    "example": "15/03/2024",
    "key": "maxLength",
    "status": 503,
}


@pytest.mark.parametrize("code", sorted({**SCHEMA_ERRORS, **SCHEMA_NOTICES, **CATALOGUE_REFRESH}))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_schema_messages_are_sentences(code: str, lang: Language) -> None:
    for count in (1, 2):
        text = render(code, {**PARAMS, "count": count}, lang)
        assert "{" not in text
        assert text[0].isupper() or text[0].isdigit() or text[0] in "«“"
        assert text.endswith(".")


def test_lists_of_names_are_quoted() -> None:
    text = render("schema-version-not-found", PARAMS)

    assert text == (
        "Le schéma « scdl/deliberations » n'a pas de version 2.1.4. "
        "Versions publiées : 2.1.4, 2.1.5."
    )
    assert "« scdl/subventions »" in render("schema-not-found", PARAMS)


def test_one_field_reads_in_the_singular() -> None:
    one = render("schema-misspelt-constraints", {"names": ["latitude"], "count": 1})

    assert "pour le champ « latitude » ;" in one
