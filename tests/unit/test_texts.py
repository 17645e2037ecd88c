"""Every code the core can raise or report has plain words, in French and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import desktop_app
from desktop_app.core.sources.model import ExclusionReason
from desktop_app.texts import Language, render
from desktop_app.texts.codes.sources import READING_ERRORS, READING_NOTICES
from desktop_app.texts.render import SINGULAR_NOUNS, WORDINGS

ROOT = Path(desktop_app.__file__).parent
RAISED = re.compile(r'(?:Error|Notice\.of)\(\s*"([a-z0-9-]+)"')


def _codes_used() -> set[str]:
    codes: set[str] = set()
    for path in ROOT.rglob("*.py"):
        codes.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return codes


def test_codes_are_found_in_the_source() -> None:
    assert {"file-empty", "password-protected", "mixed-encoding"} <= _codes_used()


@pytest.mark.parametrize("code", sorted(_codes_used()))
def test_every_code_has_words(code: str) -> None:
    assert code in WORDINGS


def test_every_exclusion_reason_has_words() -> None:
    for reason in ExclusionReason.__args__:  # type: ignore[attr-defined]
        assert f"excluded-{reason}" in WORDINGS


@pytest.mark.parametrize("code", sorted(WORDINGS))
def test_messages_are_complete_in_both_languages(code: str) -> None:
    params = {
        "file": "budget.xlsx",
        "option": "--out",
        "sheet": "Feuil1",
        "sheets": ["A", "B"],
        "rows": 12,
        "columns": ["C"],
        "row": 40,
        "count": 2,
        "lines": 2,
        "kind": "pdf",
        "declared": "csv",
        "actual": "xlsx",
        "encoding": "cp1252",
        "fallback": "cp1252",
        "names": ["Montant"],
        "log": "datamairie.log",
        "column": "C",
        "name": "Feuil1",
        "first": 3,
        "last": 5,
        "reason": "ligne vide",
        "format": "xlsx",
        "version": "2.1.5",
        "versions": ["2.1.4", "2.1.5"],
        "type": "date",
        "field": "DELIB_DATE",
        "example": "15/03/2024",
        "key": "maxLength",
        "status": 503,
        "label": "Objet",
        "matched": "objet",
        "share": 0.95,
        "text": "COLL_NOM",
        "recognised": 7,
        "value": "15/03/2024",
        "limit": 5,
        "allowed": "oui, non",
        "total": 9,
        "least": 100,
        "folder": "C:/Users/agent/AppData/Roaming/DataMairie",
        "insee": "38453",
        "department": "Isère",
        "siren": "213804339",
        "action": "Inclure",
        "part": "lignes 1 et 2",
        "step": "Qualité",
        "when": "22/11/2026",
        "choice": "Retirer la colonne",
        "before": "2024-01-22",
        "platform": "http://exemple.fr",
        "host": "www.data.gouv.fr",
        "place": "feuille « Feuil1 », ligne 5",
        "groups": 4,
        "share_before": 0.25,
        "schema": "scdl/subventions 2.1.1",
        "separator": ";",
        "blocks": 6,
        "character": ";",
        "second": "rnaBeneficiaire",
        "fields": ["Objet"],
        "range": "238-263",
        "parts": ["4", "10-12"],
        "changed": 3,
        "unconverted": 0,
        "options": "--header-row",
    }
    for lang in ("fr", "en"):
        text = render(code, params, lang)
        assert "{" not in text
        assert "}" not in text
        if code in READING_ERRORS or code in READING_NOTICES:
            assert text[0].isupper() or text[0].isdigit() or text[0] in "«“"
            assert text.endswith(".")


def test_singular_and_french_number_formatting() -> None:
    assert render("mixed-encoding", {"lines": 1, "fallback": "cp1252"}).startswith("Une ligne")
    assert render("mixed-encoding", {"lines": 1234, "fallback": "cp1252"}).startswith(
        "1\u202f234 lignes"
    )
    assert "le format de texte de MS-DOS" in render("legacy-encoding", {"encoding": "cp850"})


def test_unknown_code_still_reads_as_a_sentence() -> None:
    assert render("no-such-code") == "Un problème inattendu est survenu (code « no-such-code »)."


def test_no_code_is_defined_twice() -> None:
    from desktop_app.texts.render import CATALOGUES

    assert sum(len(catalogue) for catalogue in CATALOGUES) == len(WORDINGS)


def test_every_conversion_code_has_words() -> None:
    from desktop_app.core.mapping.conversion import CHANGE_KINDS, FAILURE_CODES

    assert {f"change-{code}" for code in CHANGE_KINDS} <= WORDINGS.keys()
    assert {f"failure-{code}" for code in FAILURE_CODES} <= WORDINGS.keys()


def test_texts_are_grouped_by_core_package_and_by_screen() -> None:
    # One axis: codes/<name>.py speaks for the core package (or sub-package) of that name.
    core = ROOT / "core"
    packages = {path.parent.name for path in core.rglob("__init__.py")}
    codes = {path.stem for path in (ROOT / "texts" / "codes").glob("*.py")} - {"__init__"}
    assert codes <= packages
    loose = {path.stem for path in (ROOT / "texts").glob("*.py")}
    assert not {name for name in loose if name.endswith("_words")}


@pytest.mark.parametrize(
    ("count", "rows", "french"),
    [
        (1, 1, "1 problème dans 1 ligne (sur 20)."),
        (3, 1, "3 problèmes dans 1 ligne (sur 20)."),
        (1, 2, "1 problème dans 2 lignes (sur 20)."),
        (1500, 40, "1\u202f500 problèmes dans 40 lignes (sur 20)."),
    ],
)
def test_each_noun_agrees_with_its_own_number(count: int, rows: int, french: str) -> None:
    assert render("quality-summary", {"count": count, "rows": rows, "total": 20}) == french
    english = render("quality-summary", {"count": count, "rows": 1, "total": 20}, "en")
    assert english.endswith("in 1 row (out of 20).")


@pytest.mark.parametrize(
    ("lang", "rows", "columns", "said"),
    [
        ("fr", 1, 1, "(1 ligne, 1 colonne)"),
        ("fr", 0, 2, "(0 ligne, 2 colonnes)"),
        ("fr", 1500, 17, "(1\u202f500 lignes, 17 colonnes)"),
        ("en", 1, 1, "(1 row, 1 column)"),
        ("en", 0, 2, "(0 rows, 2 columns)"),
    ],
)
def test_a_noun_after_a_count_agrees_without_a_variant_of_its_own(
    lang: Language, rows: int, columns: int, said: str
) -> None:
    params = {"file": "s.csv", "rows": rows, "columns": columns}
    assert render("prepare-output", params, lang).endswith(said)


def test_nouns_after_counts_in_every_catalogue_have_a_singular() -> None:
    # A plural noun right after a count, missing from the list, would stay plural for 1.
    after_count = re.compile(r"\{\w+\}\s+(\w+)")
    plurals = {
        "fr": {"lignes", "colonnes", "problèmes", "cellules", "valeurs", "groupes"},
        "en": {"rows", "columns", "problems", "cells", "values", "groups"},
    }
    for wording in WORDINGS.values():
        for lang, text in (("fr", wording.fr), ("en", wording.en)):
            for noun in after_count.findall(text):
                if noun in plurals[lang]:
                    assert noun in SINGULAR_NOUNS[lang]  # type: ignore[index]
