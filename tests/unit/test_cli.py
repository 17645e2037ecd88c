"""The `datamairie` command: JSON contract, exit statuses, plain messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from tests.builders import write_csv, write_xlsx

INSPECT_KEYS = {
    "format",
    "encoding",
    "separator",
    "sheets",
    "sheet",
    "header_row",
    "columns",
    "rows",
    "excluded",
    "warnings",
}


def _json_of(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, object]]:
    status = main(argv)
    return status, json.loads(capsys.readouterr().out)


def test_inspect_json_follows_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["Mairie de Vif", None],
        [None, None],
        ["Nom", "Places"],
        ["Salle", 120],
        ["Total", 120],
    ]
    path = write_xlsx(tmp_path / "salles.xlsx", {"Salles": rows, "Notes": [["x"]]})

    status, payload = _json_of(capsys, ["inspect", str(path), "--json"])

    assert status == 0
    assert payload.keys() >= INSPECT_KEYS
    assert payload["format"] == "xlsx"
    assert payload["sheet"] == "Salles"
    assert payload["sheets"] == [
        {"name": "Salles", "rows": 5, "columns": 2, "hidden": False},
        {"name": "Notes", "rows": 1, "columns": 1, "hidden": False},
    ]
    assert payload["header_row"] == 3
    assert payload["columns"] == ["Nom", "Places"]
    assert payload["rows"] == 1
    excluded = payload["excluded"]
    assert isinstance(excluded, list)
    assert [(e["reason"], e["first_row"]) for e in excluded] == [("title", 1), ("total", 5)]


def test_inspect_options_choose_sheet_and_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "a.csv", [["Titre"], ["Nom", "Places"], ["Salle", "120"]])

    status, payload = _json_of(capsys, ["inspect", str(path), "--header-row", "0", "--json"])

    assert status == 0
    assert payload["header_row"] is None
    assert payload["encoding"] == "utf-8"
    assert payload["separator"] == ";"
    assert payload["rows"] == 2  # the title line stays out even without labels


def test_unreadable_file_exits_2_with_code_and_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")

    status, payload = _json_of(capsys, ["inspect", str(path), "--json"])

    assert status == 2
    error = payload["error"]
    assert isinstance(error, dict)
    assert error["code"] == "file-empty"
    assert "vide.csv" in error["message"]


def test_plain_output_is_french_and_errors_go_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "a.csv", [["Nom"], ["Éva"]], encoding="cp1252")
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Lignes de données : 1" in out
    assert "format de texte ancien" in out

    assert main(["inspect", str(tmp_path / "absent.xlsx")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "introuvable" in captured.err


def test_english_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, payload = _json_of(
        capsys, ["--lang", "en", "inspect", str(tmp_path / "x.csv"), "--json"]
    )
    assert status == 2
    error = payload["error"]
    assert isinstance(error, dict)
    assert "cannot be found" in str(error["message"])


def test_console_script_prints_its_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"DataMairie {__version__}"


@pytest.mark.parametrize(
    "argv",
    [["screenshots", "images", "--lang", "en"], ["--lang", "en", "screenshots", "images"]],
)
def test_the_language_can_follow_the_command(argv: list[str]) -> None:
    from desktop_app.cli import build_parser

    assert build_parser().parse_args(argv).lang == "en"
    assert build_parser().parse_args(["screenshots", "images"]).lang == "fr"


def test_help_is_french_down_to_argparse_own_words(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["validate", "--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("usage : datamairie validate")
    assert "arguments\u00a0:" in shown
    assert "options\u00a0:" in shown
    assert "afficher cette aide et quitter" in shown
    english = ("usage:", "positional arguments", "show this help", "SHEET", "PROFILE_DIR")
    assert [word for word in english if word in shown] == []


@pytest.mark.parametrize(
    ("argv", "french"),
    [
        (["inspect"], "datamairie inspect : erreur : il manque : FICHIER"),
        (["--lang", "de"], "argument --lang : choix impossible : 'de' (possibles : 'fr', 'en')"),
        (["schemas", "--nope"], "datamairie : erreur : arguments inconnus : --nope"),
        (["inspect", "a.csv", "--header-row", "x"], "argument --header-row : valeur incorrecte"),
    ],
)
def test_misuse_is_told_in_french(
    argv: list[str], french: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    told = capsys.readouterr().err
    assert told.startswith("usage : datamairie")
    assert french in told
    assert "error:" not in told
    assert "required" not in told


def test_english_stays_available_for_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "inspect"])
    assert "the following arguments are required" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["schemas", "--json", "--nope"], "datamairie : erreur : arguments inconnus : --nope"),
        (["inspect", "--json"], "datamairie inspect : erreur : il manque : FICHIER"),
        (
            ["inspect", "a.csv", "--include", "x", "--json"],
            "datamairie inspect : erreur : argument --include : « x » : attendu "
            "PREMIÈRE-DERNIÈRE, par ex. 238-263",
        ),
        (
            ["--lang", "en", "inspect", "a.csv", "--include", "9-4", "--json"],
            "datamairie inspect: error: argument --include: “9-4”: expected FIRST-LAST, "
            "e.g. 238-263",
        ),
    ],
)
def test_misuse_under_json_answers_in_json(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    told = capsys.readouterr()
    assert json.loads(told.out) == {"error": {"code": "usage", "message": message}}
    assert told.err == ""


def test_an_option_type_speaks_english_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "inspect", "a.csv", "--include", "x"])
    told = capsys.readouterr().err
    assert told.startswith("usage: datamairie inspect")
    assert told.endswith("argument --include: “x”: expected FIRST-LAST, e.g. 238-263\n")
