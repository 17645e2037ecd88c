"""Personal-data scan: precision and recall on labelled columns, and speed on 1,000,000 rows.

Builds realistic tables a commune keeps (elected officials, agents' contact list,
associations, subsidies, délibérations, equipment addresses, first-name counts, a canteen's
registrations with NIR and IBAN), each column labelled personal or not, scans them and
prints precision and recall (a column counts as flagged when a finding on it reaches the
"likely" confidence, 0.5). Then times the scan of 1,000,000 rows x 20 columns.

If `pip install csv-detective` works in a throwaway virtualenv under the system's temporary
folder, csv-detective (not a dependency of DataMairie) runs on a CSV of the same columns and
its time and findings are printed for comparison; otherwise a note says why it was skipped.

Targets: recall >= 0.95 with precision >= 0.90; 1,000,000 rows scanned in under 5 s.

Run: .venv/bin/python benchmarks/privacy.py [--rows 1000000] [--no-csv-detective]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.core.privacy.findings import LIKELY
from desktop_app.core.privacy.scan import ScannedColumn, scan_columns

FIRST = [
    "Jean",
    "Marie",
    "Pierre",
    "Sophie",
    "Luc",
    "Camille",
    "Nathalie",
    "Philippe",
    "Isabelle",
    "Nicolas",
    "Céline",
    "Thomas",
    "Julie",
    "Léa",
    "Hugo",
    "Chloé",
    "Michel",
    "Françoise",
    "Patrick",
    "Sandrine",
]
LAST = [
    "Dupont",
    "Martin",
    "Durand",
    "Lefebvre",
    "Moreau",
    "Girard",
    "Bonnet",
    "Mercier",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Gauthier",
    "Perrin",
    "Morel",
    "Guérin",
    "Roux",
    "Blanchard",
    "Garnier",
    "Faure",
    "Rousseau",
]
STREETS = [
    "rue des Lilas",
    "avenue Foch",
    "chemin du Moulin",
    "impasse des Roses",
    "place de l'Église",
    "route de Poitiers",
    "allée des Chênes",
    "lieu-dit Les Granges",
]
ASSOCIATIONS = [
    "Association sportive",
    "Comité des fêtes",
    "Amicale des anciens",
    "Club de tennis",
    "Harmonie municipale",
    "APE de l'école",
    "Société de chasse",
    "Foyer rural",
]
PLACES = [
    "Salle des fêtes",
    "Gymnase municipal",
    "Bibliothèque",
    "Stade",
    "Piscine",
    "École primaire",
    "Mairie annexe",
    "Cimetière",
]
OBJECTS = [
    "Approbation du compte administratif",
    "Vente de la parcelle AB {n} au prix de {n} euros",
    "Subvention au comité des fêtes",
    "Tarifs de la cantine scolaire",
    "Travaux de voirie rue de la Gare",
    "Convention avec le SDIS",
]

Labelled = dict[str, tuple[list[str], bool]]


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def _phone(rng: random.Random, mobile: bool) -> str:
    head = rng.choice(["06", "07"]) if mobile else rng.choice(["01", "02", "03", "04", "05"])
    pairs = [f"{rng.randrange(100):02d}" for _ in range(4)]
    separator = rng.choice([" ", ".", "", "-"])
    return separator.join([head, *pairs])


def _birth_date(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(2010, 2020)}"


def _nir(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randrange(40, 99):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 96):02d}{rng.randrange(1, 999):03d}{rng.randrange(1, 999):03d}"  # noqa: E501
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def _iban(rng: random.Random) -> str:
    bban = "".join(str(rng.randrange(10)) for _ in range(23))
    digits = int(bban + "152700")  # F=15 R=27, then 00 for the check digits
    check = 98 - digits % 97
    raw = f"FR{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _siret(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(13)]
        for last in range(10):
            number = [*digits, last]
            total = 0
            for index, digit in enumerate(reversed(number)):
                doubled = digit * 2 if index % 2 else digit
                total += doubled - 9 if doubled > 9 else doubled
            if total % 10 == 0:
                siren = number[:9]
                s = 0
                for index, digit in enumerate(reversed(siren)):
                    doubled = digit * 2 if index % 2 else digit
                    s += doubled - 9 if doubled > 9 else doubled
                if s % 10 == 0:
                    return "".join(map(str, number))
        continue


def labelled_tables(rows: int, seed: int = 5) -> dict[str, Labelled]:
    """Tables a commune keeps, each column with its values and whether it is personal."""
    rng = random.Random(seed)
    people = [_name(rng) for _ in range(rows)]
    functions = ["Maire", "1er adjoint", "2e adjointe", "Conseiller municipal", "Conseillère"]
    tables: dict[str, Labelled] = {
        "élus": {
            "Nom": ([last.upper() for _, last in people], False),
            "Prénom": ([first for first, _ in people], False),
            "Fonction": ([rng.choice(functions) for _ in people], False),
        },
        "annuaire des agents": {
            "Nom": ([last for _, last in people], True),
            "Prénom": ([first for first, _ in people], True),
            "Service": ([rng.choice(["Accueil", "Technique", "École"]) for _ in people], False),
            "Courriel": (
                [f"{f.lower()}.{last.lower()}@mairie-exemple.fr" for f, last in people],
                True,
            ),
            "Ligne directe": ([_phone(rng, rng.random() < 0.5) for _ in people], True),
            "Standard": (["05 49 00 00 00"] * rows, False),
        },
        "associations": {
            "Nom de l'association": ([rng.choice(ASSOCIATIONS) for _ in people], False),
            "Président": ([f"{first} {last.upper()}" for first, last in people], True),
            "Courriel": (
                [f"contact@{rng.choice(['asso', 'club', 'comite'])}{i}.fr" for i in range(rows)],
                False,
            ),
            "RNA": ([f"W86{rng.randrange(10**7):07d}" for _ in people], False),
        },
        "subventions": {
            "Bénéficiaire": (
                [
                    f"{first} {last}" if i % 10 == 0 else rng.choice(ASSOCIATIONS)
                    for i, (first, last) in enumerate(people)
                ],
                True,
            ),
            "SIRET": ([_siret(rng) if i % 10 else "" for i in range(rows)], False),
            "Montant": ([str(rng.randrange(100, 5000)) for _ in people], False),
        },
        "délibérations": {
            "Date": ([f"{rng.randrange(1, 29):02d}/03/2024" for _ in people], False),
            "Objet": (
                [
                    rng.choice(OBJECTS).format(n=rng.randrange(10, 999))
                    + (f" à M. {first} {last.upper()}" if i % 20 == 0 else "")
                    for i, (first, last) in enumerate(people)
                ],
                True,
            ),
            "SIRET ou NIR": ([_siret(rng) for _ in people], False),
        },
        "équipements": {
            "Équipement": ([rng.choice(PLACES) for _ in people], False),
            "Adresse": ([f"{rng.randrange(1, 80)} {rng.choice(STREETS)}" for _ in people], False),
            "Téléphone": ([_phone(rng, False) for _ in people], False),
            "Code postal": (["86000"] * rows, False),
        },
        "prénoms": {
            "Prénom": ([rng.choice(FIRST) for _ in people], True),
            "Nombre": ([str(rng.choice([1, 2, 3, 5, 8, 12])) for _ in people], False),
            "Année": (["2023"] * rows, False),
        },
        "inscriptions cantine": {
            "Nom de l'enfant": ([last.upper() for _, last in people], True),
            "Prénom": ([first for first, _ in people], True),
            "Date de naissance": (
                [_birth_date(rng) for _ in people],
                True,
            ),
            "Adresse": ([f"{rng.randrange(1, 80)} {rng.choice(STREETS)}" for _ in people], True),
            "Portable parent": ([_phone(rng, True) for _ in people], True),
            "NIR": ([_nir(rng) for _ in people], True),
            "IBAN": ([_iban(rng) for _ in people], True),
            "Tarif": ([rng.choice(["A", "B", "C"]) for _ in people], False),
        },
    }
    return tables


def precision_recall(rows: int) -> None:
    true_pos = false_pos = false_neg = true_neg = 0
    misses: list[str] = []
    for table, columns in labelled_tables(rows).items():
        scanned = [
            ScannedColumn(name, name, pd.Series(values)) for name, (values, _) in columns.items()
        ]
        scan = scan_columns(scanned)
        flagged = {f.column for f in scan.findings if f.confidence >= LIKELY}
        for name, (_, personal) in columns.items():
            hit = name in flagged
            true_pos += hit and personal
            false_pos += hit and not personal
            false_neg += personal and not hit
            true_neg += not personal and not hit
            if hit != personal:
                misses.append(f"{table} / {name}: {'faux positif' if hit else 'manqué'}")
    precision = true_pos / max(true_pos + false_pos, 1)
    recall = true_pos / max(true_pos + false_neg, 1)
    print(
        f"colonnes étiquetées : {true_pos + false_pos + false_neg + true_neg} "
        f"({true_pos + false_neg} personnelles)"
    )
    print(f"précision {precision:.2f}   rappel {recall:.2f}   (cibles : ≥ 0.90 et ≥ 0.95)")
    for miss in misses:
        print(f"  − {miss}")


def wide_table(rows: int) -> pd.DataFrame:
    """Twenty columns of the labelled tables, repeated to ``rows`` rows."""
    base = 20_000
    chosen = [
        ("annuaire des agents", "Nom"),
        ("annuaire des agents", "Prénom"),
        ("annuaire des agents", "Courriel"),
        ("annuaire des agents", "Ligne directe"),
        ("annuaire des agents", "Service"),
        ("associations", "Nom de l'association"),
        ("associations", "Président"),
        ("associations", "RNA"),
        ("subventions", "Montant"),
        ("délibérations", "Date"),
        ("délibérations", "Objet"),
        ("délibérations", "SIRET ou NIR"),
        ("équipements", "Équipement"),
        ("équipements", "Code postal"),
        ("inscriptions cantine", "Date de naissance"),
        ("inscriptions cantine", "Adresse"),
        ("inscriptions cantine", "NIR"),
        ("inscriptions cantine", "IBAN"),
        ("inscriptions cantine", "Tarif"),
        ("prénoms", "Année"),
    ]
    tables = labelled_tables(base)
    repeat = -(-rows // base)
    data = {}
    for table, column in chosen:
        values = np.array(tables[table][column][0], dtype=object)
        data[f"{column} ({table})"] = np.tile(values, repeat)[:rows]
    return pd.DataFrame(data).astype(str)


def speed(rows: int) -> pd.DataFrame:
    frame = wide_table(rows)
    columns = [ScannedColumn(name, name.split(" (")[0], frame[name]) for name in frame.columns]
    start = time.perf_counter()
    scan = scan_columns(columns)
    seconds = time.perf_counter() - start
    print(
        f"{rows:,} lignes × {len(columns)} colonnes analysées en {seconds:.2f} s "
        f"(cible < 5 s) ; {len(scan.findings)} constats, {len(scan.cells):,} mentions"
    )
    return frame


CSV_DETECTIVE = """
import json, sys, time
start = time.perf_counter()
from csv_detective import routine
imported = time.perf_counter()
result = routine(sys.argv[1], num_rows=500, save_results=False)
done = time.perf_counter()
columns = {name: info.get("format") for name, info in result.get("columns", {}).items()}
print(json.dumps({"import": imported - start, "seconds": done - imported, "columns": columns}))
"""


def csv_detective(frame: pd.DataFrame, rows: int) -> None:
    home = Path(tempfile.gettempdir()) / "datamairie-csv-detective"
    python = home / "venv" / "bin" / "python"
    if not python.exists():
        venv.create(home / "venv", with_pip=True)
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "csv-detective"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if install.returncode != 0:
        print(
            "csv-detective : installation impossible, comparaison sautée "
            f"({install.stderr.strip().splitlines()[-1:] or ['?']})"
        )
        return
    path = home / f"privacy-{rows}.csv"
    frame.head(rows).to_csv(path, index=False, sep=";")
    ours_start = time.perf_counter()
    columns = [ScannedColumn(n, n.split(" (")[0], frame[n].head(rows)) for n in frame.columns]
    ours = scan_columns(columns)
    ours_seconds = time.perf_counter() - ours_start
    run = subprocess.run(
        [str(python), "-c", CSV_DETECTIVE, str(path)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if run.returncode != 0:
        print("csv-detective : échec à l'exécution, comparaison sautée")
        return
    theirs = json.loads(run.stdout.strip().splitlines()[-1])
    print(
        f"sur {rows:,} lignes : DataMairie {ours_seconds:.2f} s ; csv-detective "
        f"{theirs['seconds']:.2f} s (+ {theirs['import']:.1f} s d'import)"
    )
    found = {f.column: f.category.value for f in ours.findings if f.confidence >= LIKELY}
    for name in frame.columns:
        print(
            f"  {name:<48} DataMairie : {found.get(name, '—'):<16} "
            f"csv-detective : {theirs['columns'].get(name, '—')}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--labelled-rows", type=int, default=300)
    parser.add_argument("--compare-rows", type=int, default=100_000)
    parser.add_argument("--no-csv-detective", action="store_true")
    arguments = parser.parse_args()
    precision_recall(arguments.labelled_rows)
    frame = speed(arguments.rows)
    if not arguments.no_csv_detective:
        csv_detective(frame, arguments.compare_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
