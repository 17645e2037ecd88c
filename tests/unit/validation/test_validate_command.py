"""`datamairie validate`: the report's contract, exit statuses, plain messages, locations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.schemas import parse_table_schema
from desktop_app.core.validation.explain import example_value, explain
from desktop_app.core.validation.pattern_example import example_for_pattern
from desktop_app.core.validation.store import Finding
from tests import communes

REPORT_KEYS = {
    "valid",
    "schema",
    "header_matching",
    "rows",
    "error_count",
    "counts",
    "errors",
    "warnings",
}
ERROR_KEYS = {"row", "field", "code", "message", "value", "source_cell"}


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, object]]:
    status = main(argv)
    return status, json.loads(capsys.readouterr().out)


def test_a_valid_prepared_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "prenoms.csv"
    path.write_text(
        "COMMUNE_NOM,COLL_INSEE,ENFANT_SEXE,ENFANT_PRENOM,NOMBRE_OCCURRENCES,ANNEE\n"
        "Saint-Nizier-du-Moucherotte,38455,F,Louise,3,2024\n",
        encoding="utf-8",
    )

    status, report = _run(capsys, ["validate", str(path), "--schema", "scdl/prenoms", "--json"])

    assert status == 0
    assert set(report) >= REPORT_KEYS
    assert report["valid"] is True
    assert report["rows"] == 1
    assert report["error_count"] == 0


def test_problems_in_a_prepared_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "prenoms.csv"
    path.write_text(
        "ANNEE,ENFANT_PRENOM,ENFANT_SEXE,NOMBRE_OCCURRENCES,COMMUNE_NOM,COLL_INSEE\n"
        "2024,Louise,F,3,Saint-Nizier,38455\n"
        "vingt,Léo,X,2,Saint-Nizier,384\n",
        encoding="utf-8",
    )

    status, report = _run(capsys, ["validate", str(path), "--schema", "scdl/prenoms", "--json"])

    assert status == 1
    errors = report["errors"]
    assert isinstance(errors, list)
    assert {(e["row"], e["field"], e["code"]) for e in errors} >= {
        (3, "ANNEE", "type-error"),
        (3, "ENFANT_SEXE", "constraint-error"),
        (3, "COLL_INSEE", "constraint-error"),
    }
    assert all(set(error) == ERROR_KEYS for error in errors)
    sexe = next(e for e in errors if e["field"] == "ENFANT_SEXE")
    assert "« X »" in sexe["message"]
    assert "M, F, I" in sexe["message"] or "F" in sexe["message"]
    assert sexe["source_cell"] is None  # checked as it is: located in the file itself
    counts = report["counts"]
    assert isinstance(counts, dict)
    assert counts["by_field"]["ANNEE"] == 1


def test_a_source_workbook_is_mapped_and_located_in_its_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.deliberations_xlsx(tmp_path)

    status, report = _run(
        capsys,
        [
            "--profile-dir",
            str(tmp_path / "p"),
            "validate",
            str(source),
            "--schema",
            "scdl/deliberations",
            "--json",
        ],
    )

    assert status == 1
    errors = report["errors"]
    assert isinstance(errors, list)
    actes = next(e for e in errors if e["code"] == "check-actes-slash")
    assert actes["source_cell"] == {
        "sheet": "Délibérations 2024",
        "row": 4,
        "column": "D",
        "label": "Thème",
    }
    required = next(e for e in errors if e["field"] == "COLL_SIRET")
    assert required["source_cell"]["column"] is None  # no column filled it
    assert required["source_cell"]["row"] == 4


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = _run(
        capsys, ["validate", str(tmp_path / "absent.xlsx"), "--schema", "scdl/prenoms", "--json"]
    )
    assert status == 2
    error = report["error"]
    assert isinstance(error, dict)
    assert error["code"] == "file-not-found"


def test_messages_give_a_valid_example() -> None:
    schema = parse_table_schema(
        {
            "fields": [
                {"name": "siret", "constraints": {"pattern": "^\\d{14}$"}},
                {"name": "jour", "type": "date"},
                {"name": "ok", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
            ]
        },
        name="t",
        version="1",
    )
    pattern = Finding(
        2, "siret", 1, "constraint-error", 'constraint "pattern" is "^\\d{14}$"', "12"
    )
    code, params = explain(pattern, schema)
    assert code == "finding-pattern"
    assert params["example"] == "11111111111111"
    code, params = explain(Finding(2, "jour", 2, "type-error", "", "15/03/2024"), schema)
    assert (code, params["example"]) == ("finding-type-date", "2024-03-15")
    code, params = explain(Finding(2, "ok", 3, "type-error", "", "peut-être"), schema)
    assert (code, params["allowed"]) == ("finding-type-boolean", "oui, non")
    assert example_value(schema.field_named("ok")) == "oui"


@pytest.mark.parametrize(
    ("pattern", "example"),
    [
        (r"^\d{14}$", "11111111111111"),
        (r"^W\d{9}$", "W111111111"),
        (r"^[0-9]{4}(\/[0-9]{4})?$", "0000"),
        (r"^\d\.\d{1,2}$", "1.1"),
        (r"^([013-9]\d|2[AB1-9])\d{3}$", "01111"),
    ],
)
def test_examples_built_from_patterns(pattern: str, example: str) -> None:
    assert example_for_pattern(pattern) == example


PRENOMS_IN_ANOTHER_ORDER = (
    "ANNEE,ENFANT_PRENOM,ENFANT_SEXE,NOMBRE_OCCURRENCES,COMMUNE_NOM,COLL_INSEE\n"
    "2024,Louise,F,3,Saint-Nizier,38455\n"
)


def test_header_matching_by_name_is_the_default_and_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prenoms.csv"
    path.write_text(PRENOMS_IN_ANOTHER_ORDER, encoding="utf-8")

    for extra in ([], ["--header-matching", "name"]):
        status, report = _run(
            capsys, ["validate", str(path), "--schema", "scdl/prenoms", "--json", *extra]
        )
        assert (status, report["header_matching"], report["valid"]) == (0, "name", True)


def test_header_matching_by_position_finds_the_columns_out_of_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prenoms.csv"
    path.write_text(
        PRENOMS_IN_ANOTHER_ORDER + "2024,Léo,M,2,Saint-Nizier,38455,en trop\n", encoding="utf-8"
    )

    status, report = _run(
        capsys,
        ["validate", str(path), "--schema", "scdl/prenoms", "--json", "--header-matching",
         "position"],
    )  # fmt: skip

    assert (status, report["header_matching"], report["checked"]) == (1, "position", "file")
    errors = report["errors"]
    assert isinstance(errors, list)
    found = {(e["row"], e["field"], e["code"]) for e in errors}
    assert (None, "COMMUNE_NOM", "incorrect-label") in found
    assert (3, None, "extra-cell") in found
    first = next(e for e in errors if e["code"] == "incorrect-label")
    assert "ANNEE" in first["message"]
    assert "COMMUNE_NOM" in first["message"]
    assert "n° 1" in first["message"]


PRENOMS_LABELS = PRENOMS_IN_ANOTHER_ORDER.splitlines()[0]


def test_a_file_in_shape_is_read_from_the_header_row_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prenoms.csv"  # the titles written twice: checked as is, row 2 is data
    path.write_text(
        f"{PRENOMS_LABELS}\n{PRENOMS_IN_ANOTHER_ORDER}2025,Léo,M,2,Saint-Nizier,38455\n",
        encoding="utf-8",
    )
    argv = ["--profile-dir", str(tmp_path / "p"), "validate", str(path), "--schema"]

    status, report = _run(capsys, [*argv, "scdl/prenoms", "--json", "--header-row", "2"])

    assert (status, report["checked"], report["rows"], report["valid"]) == (0, "source", 2, True)


def test_a_file_in_shape_checks_its_include_ranges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "prenoms.csv"
    path.write_text(PRENOMS_IN_ANOTHER_ORDER, encoding="utf-8")
    argv = ["--profile-dir", str(tmp_path / "p"), "validate", str(path), "--schema"]

    status, report = _run(capsys, [*argv, "scdl/prenoms", "--json", "--include", "40-41"])

    assert status == 2
    error = report["error"]
    assert isinstance(error, dict)
    assert error["code"] == "include-past-end"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fr", "--header-matching vérifie « prenoms.csv » tel quel"), ("en", "as it is")],
)
def test_header_matching_refuses_the_reading_options_it_cannot_honour(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, said: str
) -> None:
    path = tmp_path / "prenoms.csv"
    path.write_text(PRENOMS_IN_ANOTHER_ORDER, encoding="utf-8")
    argv = ["--lang", lang, "validate", str(path), "--schema", "scdl/prenoms"]
    argv += ["--header-matching", "name", "--header-row", "1", "--include", "3"]

    status, report = _run(capsys, [*argv, "--json"])
    text_status = main(argv)
    text = capsys.readouterr()

    assert status == text_status == 2
    error = report["error"]
    assert isinstance(error, dict)
    assert error["code"] == "header-matching-with-reading-options"
    assert said in error["message"]
    assert "--header-row, --include" in error["message"]
    assert said in text.err + text.out
    assert "Traceback" not in text.err
