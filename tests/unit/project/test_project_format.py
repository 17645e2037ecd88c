"""project.json's shape is described once; the docs show that description, whole."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from desktop_app.core.project.document import project_from_json, project_to_json
from desktop_app.core.project.format import PROJECT_DOCUMENT
from desktop_app.core.project.format_doc import format_rows, format_table
from desktop_app.core.project.storage import source_record
from tests.unit.project.support import full_project

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def document(tmp_path: Path) -> dict[str, Any]:
    source = tmp_path / "registre.csv"
    source.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="utf-8")
    return project_to_json(full_project(source_record(source, tmp_path / "p.datamairie")))


def test_the_description_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(PROJECT_DOCUMENT)


def test_every_key_written_is_described(document: dict[str, Any]) -> None:
    described = {key.strip("`") for key, _, _ in format_rows()}

    def written(value: Any, prefix: str) -> set[str]:
        keys: set[str] = set()
        if isinstance(value, dict):
            for key, child in value.items():
                keys |= {f"{prefix}{key}"} | written(child, f"{prefix}{key}.")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            keys |= written(value[0], prefix.rstrip(".") + "[].")
        return keys

    free = ("by_code.", "params.", "options.", "replacements.")  # maps with free keys
    keys = {key for key in written(document, "") if not any(f in key for f in free)}
    keys -= {"privacy.findings[].confidence"}  # findings are open: described keys are typed
    assert keys <= described
    assert project_from_json(document) is not None


def test_the_documentation_shows_the_description() -> None:
    doc = (ROOT / "docs" / "project.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- format:start -->\n(.*?)<!-- format:end -->", doc, re.DOTALL)
    assert found is not None, "docs/project.md lost its generated table"
    assert found.group(1) == format_table(), "run: python -m scripts.make_project_doc"
    assert PROJECT_DOCUMENT["properties"]["publication"]["properties"]["step"]["enum"]
