"""`datamairie validate` on a CSV in the schema's shape imports only what checking it needs.

Start-up is part of what the agent (or a script) waits for: the command is run for real, in
a new interpreter as the agent runs it, and the modules it imported are listed at its end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import desktop_app

# What checking a shaped CSV never needs: pandas (the reader, the checks and the sure
# corrections work on NumPy arrays and texts), the mapping's fuzzy matching, stdnum's package
# (which imports pydoc and ssl) for SIRETs already in their exact form, the network, the
# reading of workbooks, the keyring, the window.
HEAVY_MODULES = (
    "pandas",
    "rapidfuzz",
    "pydoc",
    "ssl",
    "requests",
    "frictionless",
    "openpyxl",
    "PySide6",
    "keyring",
    "difflib",
    "uuid",
)

# DataMairie's own machinery that checking a file as it is never needs: reading a workbook,
# suggesting a mapping, personal data, publishing, projects, the window.
UNNEEDED_MACHINERY = (
    "desktop_app.core.sources.reader",
    "desktop_app.core.mapping.suggest",
    "desktop_app.core.mapping.prepare",
    "desktop_app.core.privacy",
    "desktop_app.core.publication",
    "desktop_app.core.credentials",
    "desktop_app.core.project",
    "desktop_app.core.preparation",
    "desktop_app.core.desk",
    "desktop_app.core.metadata",
    "desktop_app.app",
    "desktop_app.ui",
    "desktop_app.workers",
)
# What only problems need: their grouping, their corrections (and the conversions those
# use), the read table's model, the sentences of the report.
ONLY_FOR_PROBLEMS = (
    "desktop_app.core.mapping",
    "desktop_app.core.sources.model",
    "desktop_app.core.validation.groups",
    "desktop_app.core.validation.remedies",
    "desktop_app.texts.catalogues",
)

# Runs the command line as `python -m desktop_app` does (the program's own exit, which leaves
# at once, aside), then writes the modules it imported (the first argument is that list's
# file; the others are the command's).
_RUN_AND_LIST = """
import sys
listing = sys.argv.pop(1)
from desktop_app.cli import main
status = main(sys.argv[1:])
with open(listing, "w", encoding="utf-8") as out:
    out.write("\\n".join(sorted(sys.modules)))
sys.exit(status)
"""

HEADER = (
    "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,"
    "idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,"
    "datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide"
)
ROW = (
    "Saint-Nizier-du-Moucherotte,21380455200015,2024-03-{day:02d},2024-{day:03d},"
    "Association numéro {day},21380455200015,W436186308,Fonctionnement annuel,{amount},"
    "aide en numéraire,unique,2024-03-01,,non,1,"
)


def _imported_by_validate(tmp_path: Path, rows: list[str]) -> tuple[int, dict[str, Any], set[str]]:
    table = tmp_path / "subventions.csv"
    table.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    listing = tmp_path / "modules.txt"
    root = str(Path(desktop_app.__file__).parent.parent)
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]),
    }
    command = [
        *(sys.executable, "-c", _RUN_AND_LIST, str(listing)),
        *("--profile-dir", str(tmp_path / "profile"), "validate", str(table)),
        *("--schema", "scdl/subventions", "--json"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    modules = set(listing.read_text(encoding="utf-8").split("\n"))
    return result.returncode, json.loads(result.stdout), modules


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".", 1)[0] in HEAVY_MODULES)


def _within(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(f"{p}.") for p in packages))


def test_a_conforming_shaped_csv_imports_nothing_heavy(tmp_path: Path) -> None:
    rows = [ROW.format(day=day, amount=f"{1000 + day}.50") for day in range(1, 21)]
    status, report, modules = _imported_by_validate(tmp_path, rows)
    assert (status, report["valid"], report["rows"]) == (0, True, 20)
    assert _heavy(modules) == []
    # np.unique and np.isin of a plain array import numpy.ma (20 ms) on their first call.
    assert "numpy.ma" not in modules
    assert _within(modules, UNNEEDED_MACHINERY + ONLY_FOR_PROBLEMS) == []
    # The command's own module was the one run: the test does not pass by checking nothing.
    assert "desktop_app.core.validation.engine" in modules


@pytest.mark.parametrize(
    ("date", "amount", "codes"),
    [
        ("08/03/2024", "1000.50", {"type-error"}),
        ("2024-03-08", '"76 315,63"', {"type-error"}),
    ],
)
def test_problems_and_their_corrections_import_nothing_heavy(
    tmp_path: Path, date: str, amount: str, codes: set[str]
) -> None:
    rows = [ROW.format(day=day, amount="10.00") for day in range(1, 6)]
    rows.append(ROW.format(day=9, amount=amount).replace("2024-03-09", date))
    status, report, modules = _imported_by_validate(tmp_path, rows)
    assert status == 1
    assert {error["code"] for error in report["errors"]} == codes
    assert report["fixes"]  # the sure corrections were proposed, with their machinery
    assert _heavy(modules) == []
    # np.unique and np.isin of a plain array import numpy.ma (20 ms) on their first call.
    assert "numpy.ma" not in modules
    assert _within(modules, UNNEEDED_MACHINERY) == []
    assert _within(modules, ("desktop_app.core.validation.remedies",)) != []
