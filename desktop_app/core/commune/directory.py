"""Every commune of France, to find the agent's INSEE code offline by name or postcode.

The list is bundled (resources/reference, see its SOURCE.md). Names are compared without
accents, case, hyphens or apostrophes, and « St » reads as « Saint », so that « st nizier du
moucherotte » finds Saint-Nizier-du-Moucherotte; communes with the same name are told apart
by their département.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import AppError

COMMUNES_FILE = "communes.csv.gz"
DEPARTMENTS_FILE = "departements.csv"
_POSTCODE = re.compile(r"^\d{5}$")
_INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$", re.IGNORECASE)
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


class CommuneError(AppError):
    """The commune asked for cannot be found, or is not the only one with that name."""


@dataclass(frozen=True)
class Commune:
    """One commune: its INSEE code, département and official name."""

    insee: str
    department: str
    department_name: str
    name: str
    postcodes: tuple[str, ...]
    siren: str = ""  # the commune's SIREN (9 digits); "" when the list does not know it
    population: int | None = None  # the municipal population, from the same list

    @property
    def zone(self) -> str:
        """The commune's zone id on data.gouv.fr (spatial coverage)."""
        return f"fr:commune:{self.insee}"

    @property
    def label(self) -> str:
        """Name and département, enough to tell homonyms apart: « Beaulieu (Isère) »."""
        return f"{self.name} ({self.department_name})"


def comparable(name: str) -> str:
    """A name reduced to what the agent may type: no accents, case, dashes or apostrophes."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = re.split(r"[^a-z0-9]+", letters)
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words if word)


class CommuneDirectory:
    """The bundled list of communes, read once and searched in memory."""

    def __init__(self, communes: tuple[Commune, ...]) -> None:
        self._communes = communes
        self._by_code = {commune.insee: commune for commune in communes}
        self._by_name: dict[str, list[Commune]] = {}
        self._by_postcode: dict[str, list[Commune]] = {}
        for commune in communes:
            self._by_name.setdefault(comparable(commune.name), []).append(commune)
            for postcode in commune.postcodes:
                self._by_postcode.setdefault(postcode, []).append(commune)

    @classmethod
    def load(cls, folder: Path) -> CommuneDirectory:
        """Read the bundled lists from ``resources/reference``.

        Raises:
            CommuneError: the lists are missing or damaged (``communes-list-unreadable``).
        """
        try:
            with (folder / DEPARTMENTS_FILE).open(encoding="utf-8", newline="") as stream:
                departments = {row["departement"]: row["nom"] for row in _rows(stream)}
            with gzip.open(folder / COMMUNES_FILE, "rt", encoding="utf-8", newline="") as stream:
                communes = tuple(
                    Commune(
                        insee=row["insee"],
                        department=row["departement"],
                        department_name=departments.get(row["departement"], row["departement"]),
                        name=row["nom"],
                        postcodes=tuple(row["codes_postaux"].split()),
                        siren=row.get("siren") or "",
                        population=_number(row.get("population")),
                    )
                    for row in _rows(stream)
                )
        except (OSError, EOFError, KeyError, UnicodeDecodeError, csv.Error):
            raise CommuneError("communes-list-unreadable") from None
        return cls(communes)

    def __len__(self) -> int:
        return len(self._communes)

    def by_code(self, insee: str) -> Commune | None:
        """The commune with this INSEE code, if it exists today."""
        return self._by_code.get(insee.strip().upper())

    def search(self, text: str, department: str | None = None) -> list[Commune]:
        """The communes an agent may mean by a name, a postcode or an INSEE code.

        Exact matches come first; if there are none, the names that start with the text.
        ``department`` (a code such as "38" or "2A") narrows homonyms down.
        """
        query = text.strip()
        found: list[Commune] = []
        if _POSTCODE.match(query):
            found.extend(self._by_postcode.get(query, []))
        if _INSEE.match(query) and (commune := self.by_code(query)) and commune not in found:
            found.insert(0, commune)
        if not found:
            key = comparable(query)
            found = list(self._by_name.get(key, []))
            if not found and len(key) >= 3:
                found = [c for c in self._communes if comparable(c.name).startswith(key)]
        if department:
            found = [c for c in found if c.department == department.strip().upper()]
        return found

    def resolve(self, text: str, department: str | None = None) -> Commune:
        """The one commune meant by ``text``.

        Raises:
            CommuneError: none matches (``commune-unknown``), or several do
                (``commune-ambiguous``, with their names and départements).
        """
        found = self.search(text, department)
        if not found:
            raise CommuneError("commune-unknown", text=text)
        if len(found) > 1:
            exact = [c for c in found if comparable(c.name) == comparable(text)]
            if len(exact) != 1:
                names = [c.label for c in found[:10]]
                raise CommuneError("commune-ambiguous", text=text, names=names, count=len(found))
            return exact[0]
        return found[0]


def _number(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _rows(stream: io.TextIOBase | io.TextIOWrapper) -> csv.DictReader[str]:
    return csv.DictReader(stream, delimiter=";")
