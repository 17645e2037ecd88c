"""`datamairie privacy`: the JSON contract, exit statuses, and no readable personal value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.builders import write_csv, write_xlsx

COLUMN_KEYS = {"name", "category", "confidence", "evidence", "examples"}
CELL_KEYS = {"row", "column", "category", "example"}


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, object]]:
    status = main(argv)
    return status, json.loads(capsys.readouterr().out)


def test_personal_columns_and_cells_are_listed_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "contacts.xlsx",
        {
            "Feuil1": [
                ["Contacts des familles"],
                ["Nom", "Courriel", "Observations", "Montant"],
                ["DUPONT", "jean.dupont@gmail.com", "RAS", 12],
                ["MARTIN", "marie.martin@orange.fr", "Rappeler Mme Claire MARTIN demain", 15],
                ["DURAND", "p.durand@free.fr", "Dossier complet, rien à signaler", 9],
            ]
        },
    )

    status, report = _run(capsys, ["privacy", str(path), "--json"])

    assert status == 1
    assert report["personal"] is True
    columns = {item["name"]: item for item in report["columns"]}  # type: ignore[attr-defined]
    assert all(set(item) >= COLUMN_KEYS for item in columns.values())
    assert columns["Courriel"]["category"] == "email"
    assert columns["Courriel"]["examples"][0] == "j***.d*****@gmail.com"
    assert columns["Montant"]["category"] == "none"
    assert columns["Observations"]["category"] == "person_name"
    assert report["cells"] == [
        {
            "row": 4,
            "column": "Observations",
            "category": "person_name",
            "example": "Mme C***** M*****",
        }
    ]
    text = json.dumps(report, ensure_ascii=False)
    for secret in ("jean.dupont", "Claire", "marie.martin"):
        assert secret not in text


def test_a_file_without_personal_data_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "budget.csv", [["Article", "Montant"], ["6061", "1 234,50"]])

    status, report = _run(capsys, ["privacy", str(path), "--json"])

    assert status == 0
    assert report["findings"] == []
    assert report["columns"][0]["category"] == "none"  # type: ignore[index]


def test_with_a_schema_the_prepared_copy_is_scanned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "prenoms.csv",
        [
            [
                "COMMUNE_NOM",
                "COLL_INSEE",
                "ENFANT_SEXE",
                "ENFANT_PRENOM",
                "NOMBRE_OCCURRENCES",
                "ANNEE",
            ],
            ["Exemple", "86194", "F", "Louise", "5", "2024"],
            ["Exemple", "86194", "F", "Apolline", "1", "2024"],
        ],
    )

    status, report = _run(
        capsys,
        [
            "--profile-dir",
            str(tmp_path),
            "privacy",
            str(path),
            "--schema",
            "scdl/prenoms",
            "--json",
        ],
    )

    assert status == 1
    assert report["schema"]["name"] == "scdl/prenoms"  # type: ignore[index]
    finding = report["findings"][0]  # type: ignore[index]
    assert finding["scope"] == "rows"
    assert finding["rows"] == [3]
    assert finding["suggested"] == "group-rare"
    assert finding["evidence"][0]["message"].startswith("Un prénom a été donné moins de 3 fois")


def test_an_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = _run(capsys, ["privacy", str(tmp_path / "absent.csv"), "--json"])

    assert status == 2
    assert report["error"]["code"] == "file-not-found"  # type: ignore[index]


def test_the_plain_report_is_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(
        tmp_path / "agents.csv",
        [["Nom", "Portable"], ["DUPONT", "06 12 34 56 78"], ["MARTIN", "07 11 22 33 44"]],
    )

    status = main(["privacy", str(path)])

    out = capsys.readouterr().out
    assert status == 1
    assert "« Portable » : numéro de téléphone" in out
    assert "06 ** ** ** 78" in out
    assert "12 34 56" not in out
