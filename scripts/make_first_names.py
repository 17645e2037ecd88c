"""Rebuild prenoms.txt and prenoms-courants.txt, the first names DataMairie knows.

The list joins two public lists of first names (see resources/reference/SOURCE.md): every
name is written in lower case without accents, one per line, sorted. A few names that are
far more often ordinary words of a town hall's tables (« salle », « ville »…) are left out,
so that a column of such words is not taken for first names.

prenoms-courants.txt keeps the names that the data.gouv.fr list says are used in France and
its neighbours' languages (French, Arabic, Spanish, Portuguese, Italian, German…), not the
English words and place names both lists also hold (« Art », « Africa », « Paris »): among
trade names, only such a first name says that a cell names a person.

Run: .venv/bin/python scripts/make_first_names.py REFERENCE_DIR
where REFERENCE_DIR holds prenoms-liste-datagouv/Prenoms.csv and
noms-prenoms-insee-derives/nat2021.csv.
"""

from __future__ import annotations

import argparse
import csv
import sys
import unicodedata
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "reference" / "prenoms.txt"
COMMON_OUTPUT = OUTPUT.with_name("prenoms-courants.txt")
COMMON_LANGUAGES = (
    "french",
    "arabic",
    "spanish",
    "portuguese",
    "italian",
    "breton",
    "basque",
    "occitan",
    "provencal",
    "corsican",
    "catalan",
    "german",
    "polish",
    "russian",
    "vietnamese",
    "turkish",
    "african",
)
# Among the most given first names in France, yet missing from the data.gouv.fr list.
MISSING_COMMON = ("jean",)

# Ordinary words found in municipal tables that the lists also hold as first names.
COMMON_WORDS = frozenset(
    {
        "salle",
        "ville",
        "france",
        "paris",
        "mairie",
        "place",
        "foot",
        "sport",
        "club",
        "ecole",
        "centre",
        "jardin",
        "parc",
        "route",
        "rue",
        "chemin",
        "maison",
        "eglise",
        "port",
        "mont",
        "pont",
        "lac",
        "val",
        "bois",
        "champ",
        "grand",
        "petit",
        "saint",
        "sainte",
        "oui",
        "non",
        "total",
        "autre",
        "autres",
        "divers",
        # articles and small words that the lists hold as rare first names
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "un",
        "une",
        "et",
        "en",
        "au",
        "aux",
        "sur",
        "par",
        "pour",
        "avec",
        "ou",
    }
)


def plain_name(text: str) -> str:
    """A first name in lower case without accents ("Héloïse" → "heloise")."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def read_names(reference: Path) -> set[str]:
    """Every first name of the two lists, written plainly."""
    names: set[str] = set()
    insee = reference / "noms-prenoms-insee-derives" / "nat2021.csv"
    for line in insee.read_text(encoding="latin-1").splitlines():
        names.add(plain_name(line))
    listed = reference / "prenoms-liste-datagouv" / "Prenoms.csv"
    with listed.open(encoding="latin-1", newline="") as handle:
        rows = csv.reader(handle, delimiter=";")
        next(rows, None)
        for row in rows:
            if row:
                names.add(plain_name(row[0]))
    return {
        name
        for name in names
        if len(name) >= 2
        and name not in COMMON_WORDS
        and all(char.isalpha() or char in "-'" for char in name)
    }


def read_common_names(reference: Path) -> set[str]:
    """The first names the data.gouv.fr list gives in one of ``COMMON_LANGUAGES``."""
    names = set(MISSING_COMMON)
    listed = reference / "prenoms-liste-datagouv" / "Prenoms.csv"
    with listed.open(encoding="latin-1", newline="") as handle:
        rows = csv.reader(handle, delimiter=";")
        next(rows, None)
        for row in rows:
            if len(row) >= 3 and any(language in row[2] for language in COMMON_LANGUAGES):
                names.add(plain_name(row[0]))
    return {name for name in names if len(name) >= 2 and name not in COMMON_WORDS}


def main() -> int:
    """Write the list and say how many names it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, metavar="REFERENCE_DIR")
    arguments = parser.parse_args()
    names = sorted(read_names(arguments.reference))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(names)} prénoms écrits dans {OUTPUT.name}\n")
    common = sorted(read_common_names(arguments.reference))
    COMMON_OUTPUT.write_text("\n".join(common) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(common)} prénoms courants écrits dans {COMMON_OUTPUT.name}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
