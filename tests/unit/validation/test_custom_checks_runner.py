"""Running a schema's checks: names old and new, warnings instead of crashes, row numbers, words."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.errors import CancelledError
from desktop_app.core.schemas.parse import load_schema_file
from desktop_app.core.tasks import CancelToken
from desktop_app.core.validation.custom_checks import (
    CHECK_KINDS,
    ERROR_CODES,
    FORMER_NAMES,
    WARNING_CODES,
    run_custom_checks,
    runner,
)
from desktop_app.texts import render
from desktop_app.texts.render import WORDINGS
from tests.unit.validation.custom_checks_support import check, found, frame_of, schema_with

SCHEMAS = Path(__file__).parents[3] / "resources" / "schemas" / "schemas"


def _deliberations_frame() -> pd.DataFrame:
    schema = load_schema_file(SCHEMAS / "scdl" / "deliberations" / "2.1.5" / "schema.json")
    good = {
        "COLL_SIRET": "21860194600013", "BUDGET_ANNEE": "2023/2024", "BUDGET_NOM": "Principal",
        "VOTE_EFFECTIF": "45", "VOTE_REEL": "43", "VOTE_POUR": "40", "VOTE_CONTRE": "2",
        "VOTE_ABSTENTION": "1", "DELIB_DATE": "2024-03-01", "PREF_DATE": "2024-03-04",
        "DELIB_MATIERE_NOM": "Finances locales/Subventions",
    }  # fmt: skip
    bad = {
        **good, "COLL_SIRET": "21860194600014", "BUDGET_ANNEE": "2024/2023", "BUDGET_NOM": "",
        "VOTE_POUR": "36", "PREF_DATE": "2024-02-01", "DELIB_MATIERE_NOM": "Finances",
    }  # fmt: skip
    return pd.DataFrame([good, bad]).reindex(columns=schema.field_names, fill_value="")


def test_the_deliberations_schema_end_to_end() -> None:
    schema = load_schema_file(SCHEMAS / "scdl" / "deliberations" / "2.1.5" / "schema.json")
    result = run_custom_checks(_deliberations_frame(), schema)
    assert result.warnings == ()
    assert found(result) == [
        (3, "BUDGET_ANNEE", "check-cohesive"),
        (3, "BUDGET_ANNEE", "check-year-interval-order"),
        (3, "COLL_SIRET", "check-siret-key"),
        (3, "DELIB_MATIERE_NOM", "check-actes-slash"),
        (3, "PREF_DATE", "check-compare-ge-dates"),
        (3, "VOTE_REEL", "check-sum"),
    ]
    assert list(result.rows_with_errors()) == [3]


@pytest.mark.parametrize(("old", "new"), sorted(FORMER_NAMES.items()))
def test_former_names_run_the_current_checks(old: str, new: str) -> None:
    frame = frame_of(C=["21860194600014"])
    assert found(check(old, {"column": "C"}, frame)) == found(check(new, {"column": "C"}, frame))
    assert new in CHECK_KINDS


def test_row_numbers_follow_frictionless_and_can_start_elsewhere() -> None:
    frame = frame_of(S=["21860194600013", "x", "21860194600013", "y"])
    schema = schema_with([("siret", {"column": "S"})])
    assert list(run_custom_checks(frame, schema).findings[0].rows) == [3, 5]
    shifted = run_custom_checks(frame, schema, first_row_number=1002)
    assert list(shifted.findings[0].rows) == [1003, 1005]


def test_frame_index_does_not_matter() -> None:
    frame = frame_of(S=["x", "21860194600013"]).set_axis([40, 7])
    assert found(check("siret", {"column": "S"}, frame)) == [(2, "S", "check-siret-characters")]


def test_unknown_check_is_a_warning() -> None:
    result = check("french-gps-coordinates", {"column": "S"}, frame_of(S=["1"]))
    assert result.error_count == 0
    assert [(n.code, dict(n.params)) for n in result.warnings] == [
        ("check-unknown", {"name": "french-gps-coordinates"})
    ]


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("siret", {"column": "ABSENT"}),
        ("cohesive-columns-value", {"column": "S", "othercolumns": ["ABSENT"]}),
        ("compare-columns-value", {"column": "ABSENT", "op": "<", "column2": "S"}),
        ("sum-columns-value", {"column": "S", "columns": ["S", "ABSENT"]}),
    ],
)
def test_missing_column_skips_the_check_with_a_warning(
    name: str, params: dict[str, object]
) -> None:
    result = check(name, params, frame_of(S=["x", ""]))
    assert result.error_count == 0
    assert [(n.code, n.params["columns"]) for n in result.warnings] == [
        ("check-column-missing", ["ABSENT"])
    ]


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("siret", {}),
        ("siret", {"column": 3}),
        ("compare-columns-value", {"column": "S", "op": "!=", "column2": "S"}),
        ("cohesive-columns-value", {"column": "S", "othercolumns": []}),
    ],
)
def test_badly_described_check_is_a_warning(name: str, params: dict[str, object]) -> None:
    result = check(name, params, frame_of(S=["x"]))
    assert [n.code for n in result.warnings] == ["check-params-invalid"]


def test_parameter_spellings_are_folded() -> None:
    params = {"Column": "S", "Other_Columns": "T"}
    result = check("cohesive-columns-value", params, frame_of(S=["x"], T=[""]))
    assert found(result) == [(2, "S", "check-cohesive")]


def test_missing_nomenclature_file_is_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable() -> None:
        raise OSError("gone")

    monkeypatch.setattr(runner, "load_actes_nomenclature", unreadable)
    result = check("nomenclature-acte", {"column": "M"}, frame_of(M=["Finances"]))
    assert result.error_count == 0
    assert [n.code for n in result.warnings] == ["check-actes-list-unreadable"]


def test_progress_and_cancel() -> None:
    schema = schema_with([("siret", {"column": "S"}), ("siren", {"column": "S"})])
    steps: list[tuple[float, str]] = []
    run_custom_checks(frame_of(S=["1"]), schema, progress=lambda f, s: steps.append((f, s)))
    assert steps == [(0.5, "custom-checks"), (1.0, "custom-checks")]
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        run_custom_checks(frame_of(S=["1"]), schema, cancel=token)


@pytest.mark.parametrize("code", sorted({*ERROR_CODES, *WARNING_CODES, "step-custom-checks"}))
def test_every_code_has_words(code: str) -> None:
    assert code in WORDINGS


def test_findings_read_as_sentences_in_both_languages() -> None:
    schema = load_schema_file(SCHEMAS / "scdl" / "deliberations" / "2.1.5" / "schema.json")
    result = run_custom_checks(_deliberations_frame(), schema)
    for finding in result.iter_findings():
        for lang in ("fr", "en"):
            text = render(finding.code, finding.details, lang)
            assert "{" not in text
            assert finding.value in text
    sentence = render(
        "check-sum", next(f for f in result.iter_findings() if f.code == "check-sum").details
    )
    assert sentence == (
        "La colonne VOTE_REEL doit valoir la somme des colonnes VOTE_POUR, VOTE_CONTRE, "
        "VOTE_ABSTENTION. Sur cette ligne, elle indique 43 alors que la somme fait 39. Corrigez "
        "le total, ou l'une des valeurs additionnées."
    )


def test_every_check_accepts_an_empty_table_and_missing_values() -> None:
    columns = ["A", "B", "C"]
    checks: list[tuple[str, dict[str, object]]] = [
        (name, {"column": "A", "column1": "A", "column2": "B", "op": "<",
                "othercolumns": ["B"], "columns": ["B", "C"]})
        for name in CHECK_KINDS
    ]  # fmt: skip
    schema = schema_with(checks)
    empty = pd.DataFrame({name: pd.Series([], dtype=object) for name in columns})
    assert run_custom_checks(empty, schema).error_count == 0
    with_none = pd.DataFrame({name: [None, float("nan")] for name in columns}, dtype=object)
    result = run_custom_checks(with_none, schema)
    assert found(result) == [(2, "A", "check-one-of-required"), (3, "A", "check-one-of-required")]
