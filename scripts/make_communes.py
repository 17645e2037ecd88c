"""Rebuild the commune list bundled in resources/reference from the two public sources.

For maintainers, when INSEE publishes a new Code officiel géographique:

    .venv/bin/python scripts/make_communes.py --cog DOSSIER_COG --postcodes 019HexaSmal.csv

With ``--decoupage communes.json`` (from the npm package @etalab/decoupage-administratif, see
resources/reference/SOURCE.md) each commune also gets its SIREN and population; without
``--cog``, the bundled list is kept and only those two columns are (re)filled:

    .venv/bin/python scripts/make_communes.py --decoupage package/data/communes.json

``DOSSIER_COG`` holds ``communes.csv`` and ``departements.csv`` of the COG (as published by
etalab/decoupage-administratif); ``019HexaSmal.csv`` is La Poste's « Base officielle des codes
postaux ». The result keeps only what the INSEE lookup needs: one line per current commune
(code, département, official name, postcodes), gzip-compressed. Review the change with a diff
of the decompressed file, then update resources/reference/SOURCE.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

DESTINATION = Path(__file__).resolve().parent.parent / "resources" / "reference"
COMMUNES_FILE = "communes.csv.gz"
DEPARTMENTS_FILE = "departements.csv"


def read_postcodes(path: Path, parents: dict[str, str]) -> dict[str, set[str]]:
    """Postcodes by INSEE code; a former commune's codes go to the commune it joined."""
    postcodes: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="latin-1", newline="") as stream:
        reader = csv.reader(stream, delimiter=";")
        next(reader, None)
        for row in reader:
            if len(row) < 3 or not row[0].strip():
                continue
            code = row[0].strip()
            postcodes[parents.get(code, code)].add(row[2].strip())
    return postcodes


HEADER = ["insee", "departement", "nom", "codes_postaux", "siren", "population"]


def read_decoupage(path: Path | None) -> dict[str, tuple[str, str]]:
    """(SIREN, population) by INSEE code of the current communes, from decoupage-administratif."""
    if path is None:
        return {}
    entries = json.loads(path.read_text(encoding="utf-8"))
    return {
        entry["code"]: (str(entry.get("siren", "")), str(entry.get("population", "")))
        for entry in entries
        if entry.get("type") == "commune-actuelle"
    }


def write_communes(rows: list[list[str]], destination: Path) -> None:
    """The list, gzip-compressed (mtime=0: byte-identical when nothing changed)."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    destination.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(destination / COMMUNES_FILE, "wb", mtime=0) as archive:
        archive.write(text.getvalue().encode("utf-8"))


def augment(destination: Path, decoupage: Path) -> int:
    """Fill SIREN and population into the bundled list; returns how many communes got them."""
    extra = read_decoupage(decoupage)
    with gzip.open(destination / COMMUNES_FILE, "rt", encoding="utf-8", newline="") as stream:
        rows = [
            [row["insee"], row["departement"], row["nom"], row["codes_postaux"]]
            for row in csv.DictReader(stream, delimiter=";")
        ]
    write_communes([[*row, *extra.get(row[0], ("", ""))] for row in rows], destination)
    return sum(1 for row in rows if row[0] in extra)


def build(cog: Path, postcodes_file: Path, destination: Path, decoupage: Path | None = None) -> int:
    """Write the compact lists; returns how many communes were written."""
    extra = read_decoupage(decoupage)
    communes: list[tuple[str, str, str]] = []
    parents: dict[str, str] = {}
    with (cog / "communes.csv").open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if row["TYPECOM"] == "COM":
                communes.append((row["COM"], row["DEP"], row["LIBELLE"]))
            elif row["COMPARENT"]:
                parents[row["COM"]] = row["COMPARENT"]
    postcodes = read_postcodes(postcodes_file, parents)
    rows = [
        [
            code,
            department,
            name,
            " ".join(sorted(postcodes.get(code, ()))),
            *extra.get(code, ("", "")),
        ]
        for code, department, name in sorted(communes)
    ]
    write_communes(rows, destination)
    with (
        (cog / "departements.csv").open(encoding="utf-8", newline="") as reading,
        (destination / DEPARTMENTS_FILE).open("w", encoding="utf-8", newline="") as writing,
    ):
        departments = csv.writer(writing, delimiter=";", lineterminator="\n")
        departments.writerow(["departement", "nom"])
        for row in csv.DictReader(reading):
            departments.writerow([row["DEP"], row["LIBELLE"]])
    return len(communes)


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuild the lists; 0 when done."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cog", type=Path, help="dossier du COG (communes.csv)")
    parser.add_argument("--postcodes", type=Path, help="019HexaSmal.csv")
    parser.add_argument("--decoupage", type=Path, help="communes.json (SIREN, population)")
    parser.add_argument("--dest", type=Path, default=DESTINATION, help="dossier de sortie")
    arguments = parser.parse_args(argv)
    if arguments.cog is None:
        if arguments.decoupage is None:
            parser.error("--cog et --postcodes, ou --decoupage seul")
        count = augment(arguments.dest, arguments.decoupage)
    else:
        count = build(arguments.cog, arguments.postcodes, arguments.dest, arguments.decoupage)
    print(f"{count} communes écrites dans {arguments.dest}")  # noqa: T201 - a script's report
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
