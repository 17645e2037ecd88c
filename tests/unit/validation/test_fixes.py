"""Sure corrections: offered for what a conversion fixes for certain, never guessed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.validation.engine import validate_csv
from desktop_app.core.validation.fixes import apply_fixes, propose_fixes
from desktop_app.paths import resources_dir
from tests.builders import fingerprint

HEADER = (
    "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
    "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
    "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide\n"
)
GOOD = "Vif,21380455200015,2024-02-12,,Club,21380455200015,,Sport,800.50,aide en nature,unique,2024-03-01,,non,1,\n"  # noqa: E501
ROWS = [
    GOOD,
    GOOD.replace("2024-02-12", "12/02/2024"),
    GOOD.replace("800.50", '"800,50"').replace("aide en nature", "Aide en Nature"),
    GOOD.replace("2024-02-12", "hier"),
    GOOD.replace("Vif,", ",", 1),
]


@pytest.fixture
def subventions(tmp_path: Path) -> Path:
    path = tmp_path / "subventions.csv"
    path.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    return path


def test_only_sure_corrections_are_offered(subventions: Path) -> None:
    schema = SchemaCatalogue(resources_dir() / "schemas").get("scdl/subventions")
    check = validate_csv(subventions, schema)

    proposals = {proposal.field: proposal for proposal in propose_fixes(check, schema)}

    assert set(proposals) == {"dateConvention", "montant", "nature"}
    assert proposals["dateConvention"].replacements == {"12/02/2024": "2024-02-12"}
    assert proposals["dateConvention"].rows.tolist() == [3]  # "hier" (row 5) is not guessed
    assert proposals["montant"].replacements == {"800,50": "800.50"}
    assert proposals["nature"].replacements == {"Aide en Nature": "aide en nature"}


def test_corrections_go_to_a_copy(subventions: Path, tmp_path: Path) -> None:
    schema = SchemaCatalogue(resources_dir() / "schemas").get("scdl/subventions")
    before = fingerprint(subventions)
    check = validate_csv(subventions, schema)
    fixed = tmp_path / "corrige.csv"

    count = apply_fixes(subventions, fixed, propose_fixes(check, schema))

    assert count == 3
    assert fingerprint(subventions) == before
    remaining = validate_csv(fixed, schema).findings
    left = {(remaining[i].row, remaining[i].field) for i in range(len(remaining))}
    assert left == {(5, "dateConvention"), (6, "nomAttribuant")}


def test_validate_command_lists_and_writes_corrections(
    subventions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fixed = tmp_path / "corrige.csv"

    status = main(
        [
            "validate",
            str(subventions),
            "--schema",
            "scdl/subventions",
            "--json",
            "--write-fixed",
            str(fixed),
        ]
    )

    report = json.loads(capsys.readouterr().out)
    assert status == 1
    assert {fix["field"] for fix in report["fixes"]} == {"dateConvention", "montant", "nature"}
    date_fix = next(fix for fix in report["fixes"] if fix["field"] == "dateConvention")
    assert date_fix["changes"][0]["code"] == "date-reordered"
    assert date_fix["examples"] == [["12/02/2024", "2024-02-12"]]
    assert report["fixed_cells"] == 3
    assert fixed.exists()


@pytest.mark.parametrize(
    ("text", "impossible"),
    [
        ("31/09/2024", True),
        ("29/02/2023", True),
        ("15/13/2024", True),
        ("2024-02-30", True),
        ("29/02/2024", False),
        ("15/03/2024", False),
        ("2024-03-15", False),
        ("mars 2024", False),
        ("", False),
    ],
)
def test_a_day_that_does_not_exist_is_told_apart_from_a_badly_written_date(
    text: str, impossible: bool
) -> None:
    from desktop_app.core.validation.explain import is_impossible_date

    assert is_impossible_date(text) is impossible


def test_an_impossible_date_gets_its_own_message() -> None:
    from desktop_app.core.schemas import SchemaCatalogue
    from desktop_app.core.validation.explain import explain
    from desktop_app.core.validation.store import Finding
    from desktop_app.paths import resources_dir

    schema = SchemaCatalogue(resources_dir() / "schemas").get("scdl/deliberations")
    slip = Finding(5, "DELIB_DATE", 4, "type-error", "", "31/09/2024")
    other = Finding(5, "DELIB_DATE", 4, "type-error", "", "le 15 mars")

    assert explain(slip, schema)[0] == "finding-date-impossible"
    assert explain(other, schema)[0] == "finding-type-date"
