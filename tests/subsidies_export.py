"""A subsidies table exported by a metropolis's own software, then opened and saved in Excel.

Built like the file of issue 18 (396 rows, close to scdl/subventions): the columns carry
the schema's names, but Excel damaged what it touched. Every name and number is invented.

- ``nomAttribuant`` is empty (a required column the commune's profile fills);
- ``idAttribuant`` shows ``2,43E+13`` on every row: the metropolis's SIRET lost its digits
  (the profile has the commune's own);
- ``idBeneficiaire``: 386 SIRETs shown in scientific notation, 10 intact (an optional
  column; the RNA number is there for every beneficiary);
- ``datesPeriodeVersement``: ``06/12/2022`` where the pattern wants ``2022-12-06``;
- ``pourcentageSubvention``: ``100 %`` where the schema wants a fraction (1);
- ``nature``: every tenth row says "Numéraire" for "aide en numéraire".
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.mapping.constants import CommuneIdentity
from tests.builders import write_csv

ROWS = 396
INTACT_BENEFICIARIES = 10
HEADER = [
    "nomAttribuant",
    "idAttribuant",
    "dateConvention",
    "referenceDecision",
    "nomBeneficiaire",
    "idBeneficiaire",
    "rnaBeneficiaire",
    "objet",
    "montant",
    "nature",
    "conditionsVersement",
    "datesPeriodeVersement",
    "idRAE",
    "notificationUE",
    "pourcentageSubvention",
    "dispositifAide",
]


def with_luhn_key(prefix: str) -> str:
    """``prefix`` followed by the digit that makes its Luhn key right."""
    for last in "0123456789":
        number = prefix + last
        total = 0
        for position, char in enumerate(reversed(number)):
            digit = int(char) * (2 if position % 2 else 1)
            total += digit - 9 if digit > 9 else digit
        if total % 10 == 0:
            return number
    raise AssertionError("a Luhn digit always exists")


PROFILE = CommuneIdentity(
    name="Métropole de Valbonne",
    siret=with_luhn_key(with_luhn_key("24380046") + "0001"),
    insee="38185",
)


def rows() -> list[list[str]]:
    """The header and the 396 data rows, as the CSV holds them."""
    table = [HEADER]
    for number in range(ROWS):
        day = number % 28 + 1
        month = number % 12 + 1
        date = f"{day:02d}/{month:02d}/2022"
        if number < INTACT_BENEFICIARIES:
            siren = with_luhn_key(f"{77560000 + number * 7919:08d}")
            beneficiary = with_luhn_key(f"{siren}0001")
        else:
            beneficiary = f"{3 + number % 6},{10 + number % 89}E+13"
        table.append(
            [
                "",
                "2,43E+13",
                date,
                f"DEL-2022-{number + 1:03d}",
                f"Association sportive n° {number + 1}",
                beneficiary,
                f"W{381000000 + number:09d}",
                "Soutien au fonctionnement de l'association",
                f"{1000 + number * 25},50",
                "Numéraire" if number % 10 == 0 else "aide en numéraire",
                "Versement unique",
                date,
                "",
                "Non",
                "100 %",
                "",
            ]
        )
    return table


def subsidies_export_csv(directory: Path) -> Path:
    """The export as a Windows-1252, semicolon-separated CSV, as Excel saves it in France."""
    return write_csv(directory / "subventions-2022.csv", rows(), encoding="cp1252")
