"""Nothing set aside in silence: every part left out is reported with its rows, and the
agent can take any of them back in, headless (--include) or from a project."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.commands.common import row_range
from desktop_app.commands.project_update import read_new_file
from desktop_app.core.project.document import VERSION, project_from_json, project_to_json
from desktop_app.core.project.storage import ProjectFile, source_record
from desktop_app.core.sources import read_table
from tests.builders import write_xlsx
from tests.unit.project.support import full_project

ROWS: list[list[Any]] = [
    ["Bénéficiaire", "Objet", "Montant"],
    ["Asso A", "Fonctionnement", 1200],
    ["Asso B", "Fonctionnement", 300],
    ["Total", None, 1500],
    [],
    [],
    ["Récapitulatif par objet"],
    ["Objet", "Montant"],
    ["Fonctionnement", 1500],
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "subventions.xlsx", {"Feuil1": ROWS})


def test_each_part_set_aside_says_its_rows(workbook: Path) -> None:
    table = read_table(workbook)

    assert table.row_count == 2
    parts = [(p.reason, p.first_row, p.last_row, p.row_count) for p in table.excluded]
    assert parts == [("total", 4, 4, 1), ("blank", 5, 6, 2), ("second-table", 7, 9, 3)]
    assert table.included == ()


def test_a_part_taken_back_in_becomes_data_rows_in_its_place(workbook: Path) -> None:
    table = read_table(workbook, include=[(4, 4), (8, 9)])

    assert table.row_count == 5
    assert table.row_numbers.tolist() == [2, 3, 4, 8, 9]
    assert table.text[0].tolist() == ["Asso A", "Asso B", "Total", "Objet", "Fonctionnement"]
    assert [(p.reason, p.first_row, p.last_row) for p in table.excluded] == [
        ("blank", 5, 6),
        ("second-table", 7, 7),
    ]
    assert [(p.reason, p.first_row, p.last_row) for p in table.included] == [
        ("total", 4, 4),
        ("second-table", 8, 9),
    ]
    assert table.source.include == ((4, 4), (8, 9))


def test_blank_lines_stay_out_whatever_the_range(workbook: Path) -> None:
    table = read_table(workbook, include=[(1, 9)])

    assert table.row_count == 2 + 1 + 3
    assert [p.reason for p in table.excluded] == ["blank"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("238-263", (238, 263)), ("12", (12, 12)), (" 3 - 5 ", (3, 5)), ("5-3", None), ("a-b", None)],
)
def test_ranges_are_read_as_the_agent_writes_them(
    text: str, expected: tuple[int, int] | None
) -> None:
    if expected is None:
        with pytest.raises(argparse.ArgumentTypeError):
            row_range(text)
    else:
        assert row_range(text) == expected


def test_the_choice_is_kept_in_the_project_and_older_projects_open(tmp_path: Path) -> None:
    source = tmp_path / "registre.csv"
    source.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="utf-8")
    record = source_record(source, tmp_path / "p.datamairie", include=((4, 4), (8, 9)))
    document = json.loads(json.dumps(project_to_json(full_project(record))))

    assert document["version"] == VERSION >= 4
    assert document["source"]["include"] == [[4, 4], [8, 9]]
    assert project_from_json(document).source.include == ((4, 4), (8, 9))
    older = {**document, "version": 3, "source": dict(document["source"])}
    del older["source"]["include"]
    assert project_from_json(older).source.include == ()


def _inspect(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, Any]:
    status = main(argv)
    return status, json.loads(capsys.readouterr().out)


def test_inspect_json_says_each_part_and_include_takes_it_back(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, before = _inspect(capsys, ["inspect", str(workbook), "--json"])
    assert status == 0
    assert before["rows"] == 2
    assert before["sheets"][0]["rows"] == 9
    second = before["excluded"][-1]
    assert (second["reason"], second["first_row"], second["last_row"]) == ("second-table", 7, 9)
    assert second["row_count"] == 3
    assert before["included"] == []

    argv = ["inspect", str(workbook), "--include", "7-9", "--include", "4", "--json"]
    status, after = _inspect(capsys, argv)
    assert status == 0
    assert after["rows"] == 6
    assert [p["reason"] for p in after["excluded"]] == ["blank"]
    assert [(p["first_row"], p["row_count"]) for p in after["included"]] == [(4, 1), (7, 3)]


def test_a_malformed_range_is_a_usage_error(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["inspect", str(workbook), "--include", "9-4"])
    assert stopped.value.code == 2


def test_next_months_file_takes_back_the_same_parts(workbook: Path, tmp_path: Path) -> None:
    record = source_record(
        workbook, tmp_path / "p.datamairie", sheet="Feuil1", header_row=1, include=((7, 9),)
    )

    table = read_new_file(workbook, record, None, None)

    assert table.source.include == ((7, 9),)
    assert table.row_count == 5
    assert read_new_file(workbook, record, None, None, ()).row_count == 2


@pytest.mark.parametrize(
    ("ranges", "lang", "code", "words"),
    [
        (["10-12"], "fr", "include-past-end", "la feuille lue s'arrête à la ligne 9"),
        (["4", "8-20"], "en", "include-past-end", "the sheet read ends at row 9"),
        (["2-3"], "fr", "include-not-set-aside", "Parties que vous pouvez reprendre : 4, 7-9."),
        (["5-6"], "en", "include-not-set-aside", "Parts you can take back: 4, 7-9."),
        (["4", "7-9", "2"], "fr", "include-nothing-set-aside", "les lignes vides restent"),
    ],
)
def test_a_range_that_takes_nothing_back_is_refused(
    workbook: Path,
    capsys: pytest.CaptureFixture[str],
    ranges: list[str],
    lang: str,
    code: str,
    words: str,
) -> None:
    argv = ["--lang", lang, "inspect", str(workbook), "--json"]
    for given in ranges:
        argv += ["--include", given]

    status, answer = _inspect(capsys, argv)

    assert status == 2
    assert answer["error"]["code"] == code
    assert words in answer["error"]["message"]


def test_a_range_meeting_a_part_is_taken_even_beyond_it(
    workbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, answer = _inspect(capsys, ["inspect", str(workbook), "--include", "2-4", "--json"])

    assert status == 0
    assert [(p["first_row"], p["last_row"]) for p in answer["included"]] == [(4, 4)]


def test_next_months_update_refuses_a_range_typed_for_it(
    workbook: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.datamairie"
    record = source_record(workbook, project, sheet="Feuil1", header_row=1)
    ProjectFile(project).create(full_project(record), workbook)
    argv = ["--profile-dir", str(tmp_path / "profil"), "project", "update", str(project)]
    argv += [str(workbook), "--include", "30", "--json"]

    status = main(argv)

    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "include-past-end"
