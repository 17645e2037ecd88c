"""The ACTES nomenclature: the subjects under which a commune files its acts with the prefecture.

A deliberation's subject (``DELIB_MATIERE_NOM``) is written "level 1/level 2", for example
"Finances locales/Subventions". The list ships with DataMairie as data
(``resources/nomenclatures/actes-matieres.json``, its source written inside).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop_app.paths import resources_dir

ACTES_FILE = Path("nomenclatures") / "actes-matieres.json"


@dataclass(frozen=True)
class ActesSubject:
    """A subject of level 1 ("Finances locales") with its sub-subjects of level 2."""

    code: str
    name: str
    subsubjects: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ActesNomenclature:
    """The national part (levels 1 and 2) of the ACTES nomenclature."""

    subjects: tuple[ActesSubject, ...]
    source: str = ""

    @property
    def level1_folded(self) -> frozenset[str]:
        """The level-1 names, folded so that case and accents do not matter (`fold`)."""
        return frozenset(fold(subject.name) for subject in self.subjects)

    def full_names(self) -> list[str]:
        """Every "level 1/level 2" name, as the schema asks them to be written."""
        return [
            f"{subject.name}/{name}" for subject in self.subjects for _, name in subject.subsubjects
        ]


def load_actes_nomenclature(path: Path | None = None) -> ActesNomenclature:
    """Read the ACTES nomenclature bundled with DataMairie (or the file at ``path``).

    Raises:
        OSError: the file cannot be read.
        ValueError: the file is not the expected JSON.
    """
    source = path if path is not None else resources_dir() / ACTES_FILE
    document = json.loads(source.read_text(encoding="utf-8"))
    try:
        subjects = tuple(
            ActesSubject(
                str(item["code"]),
                str(item["nom"]),
                tuple((str(sub["code"]), str(sub["nom"])) for sub in item["sous_matieres"]),
            )
            for item in document["matieres"]
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"not an ACTES nomenclature: {source}") from error
    return ActesNomenclature(subjects, str(document.get("source", "")))


def fold(text: str) -> str:
    """The text without accents or case, for comparing names as the ACTES rule does.

    The rule forgives case and accents only: every other character counts, so a doubled
    space, or a no-break space, inside a name makes it another name.
    """
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
