"""Tables in the shape of three SCDL schemas, valid or with 1 % of mixed errors, for timing."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from pathlib import Path

SIRET = "21380455200015"  # a valid key; invented commune
Row = dict[str, str]


def _deliberations(rng: random.Random, number: int) -> Row:
    return {
        "COLL_NOM": "Saint-Nizier-du-Moucherotte", "COLL_SIRET": SIRET,
        "DELIB_ID": f"2024-{number:07d}",
        "DELIB_DATE": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "DELIB_MATIERE_CODE": "7.5",
        "DELIB_MATIERE_NOM": "Finances locales/Subventions",
        "DELIB_OBJET": f"Attribution d'une subvention à l'association n°{rng.randint(1, 999)}",
        "BUDGET_ANNEE": "2024", "BUDGET_NOM": "Budget principal", "PREF_ID": "", "PREF_DATE": "",
        "VOTE_EFFECTIF": "15", "VOTE_REEL": "14", "VOTE_POUR": "12", "VOTE_CONTRE": "1",
        "VOTE_ABSTENTION": "1", "DELIB_URL": "https://www.exemple.fr/deliberations/1.pdf",
    }  # fmt: skip


def _subventions(rng: random.Random, number: int) -> Row:
    return {
        "nomAttribuant": "Saint-Nizier-du-Moucherotte", "idAttribuant": SIRET,
        "dateConvention": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "referenceDecision": f"2024-{number % 900:03d}",
        "nomBeneficiaire": f"Association numéro {number}", "idBeneficiaire": SIRET,
        "rnaBeneficiaire": f"W{rng.randint(0, 10**9 - 1):09d}",
        "objet": "Fonctionnement annuel",
        "montant": f"{rng.randint(100, 99999)}.{rng.randint(0, 99):02d}",
        "nature": "aide en numéraire", "conditionsVersement": "unique",
        "datesPeriodeVersement": "2024-03-01", "idRAE": "", "notificationUE": "non",
        "pourcentageSubvention": "1", "dispositifAide": "",
    }  # fmt: skip


def _equipements(rng: random.Random, number: int) -> Row:
    return {
        "COLL_NOM": "Saint-Nizier-du-Moucherotte", "COLL_SIRET": SIRET,
        "EQUIP_UID": f"38455-{number:08d}-001", "EQUIP_THEME": "Equipement sportif et de loisirs",
        "EQUIP_CODE": "SPORT", "EQUIP_TYPE": "Gymnase", "EQUIP_NOM": f"Gymnase {number}",
        "ADR_NUMERO": str(rng.randint(1, 200)), "ADR_NOMVOIE": "Rue de l'Église",
        "ADR_CODEPOSTAL": "38250", "ADR_COMMUNE": "Saint-Nizier",
        "ADR_CLE_INTEROP": "", "ERP_ID": "", "ERP_TYPE": "X",
        "ERP_CATEGORIE": str(rng.randint(1, 5)),
        "EQUIP_LAT": f"45.{rng.randint(0, 99999):05d}",
        "EQUIP_LONG": f"5.{rng.randint(0, 99999):05d}",
        "EQUIP_OUVERTURE": "Mo-Fr 08:00-18:00", "EQUIP_TEL": "0476000000",
        "EQUIP_EMAIL": "mairie@exemple.fr", "EQUIP_WEB": "https://www.exemple.fr",
    }  # fmt: skip


MAKERS: dict[str, Callable[[random.Random, int], Row]] = {
    "scdl/deliberations": _deliberations,
    "scdl/subventions": _subventions,
    "scdl/equipements": _equipements,
}

# The faults agents make, one picked at random for 1 % of the rows.
FAULTS: list[Callable[[Row, random.Random], None]] = [
    lambda row, rng: row.update({k: "15/03/2024" for k in row if "DATE" in k.upper()}),
    lambda row, rng: row.update({k: "12,5" for k in row if k in ("montant", "VOTE_POUR")}),
    lambda row, rng: row.update({k: "" for k in list(row)[:1]}),
    lambda row, rng: row.update({k: "2,14E+13" for k in row if "SIRET" in k.upper()}),
    lambda row, rng: row.update({k: "Aide en nature" for k in row if k == "nature"}),
]


def write_table(path: Path, schema_name: str, rows: int, *, error_rate: float) -> None:
    """Write ``rows`` rows of a schema-shaped CSV, with ``error_rate`` of them broken."""
    rng = random.Random(f"{schema_name}-{rows}-{error_rate}")
    make = MAKERS[schema_name]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = None
        for number in range(rows):
            row = make(rng, number)
            if error_rate and rng.random() < error_rate:
                rng.choice(FAULTS)(row, rng)
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
