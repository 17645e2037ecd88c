"""People's names: first names from the bundled list, and what looks like a person's name.

The list (``resources/reference/prenoms.txt``, sources in its SOURCE.md) holds about 38,000
first names in lower case without accents. A value is a person's name when it is two to four
name-like words, one of which is a first name, or a civilité followed by a name; it is an
organisation's when it holds words such as « association », « club » or « SARL ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.mapping.words import folded
from desktop_app.core.privacy.model import word_set
from desktop_app.core.privacy.patterns import CIVILITY, NAME_WORD
from desktop_app.paths import resources_dir

FIRST_NAMES_FILE = Path("reference") / "prenoms.txt"

ORGANISATION_WORDS = word_set(
    """association assoc asso club comite comité amicale sarl sas sasu eurl sa sci scop scp
    gaec earl societe société ste ets etablissements entreprise entreprises groupe commune
    mairie ville ecole école college collège lycee lycée syndicat federation fédération
    union ccas cias foyer cooperative coopérative fondation office centre departement
    département region région communaute communauté agglomeration agglomération
    intercommunal intercommunale sivom sivu smictom conseil chambre institut maison
    compagnie cie banque caisse mutuelle theatre théâtre orchestre harmonie fanfare chorale
    ensemble cercle academie académie federation ligue team sporting football rugby basket
    tennis judo handball athletisme gymnastique pétanque petanque cyclo chasse peche pêche
    anciens combattants parents eleves élèves ape apel fcpe boulangerie garage restaurant
    hotel hôtel camping pharmacie cabinet agence atelier services service conseils"""
)
_SPLIT = re.compile(r"[\s,;/]+")
_NAME_WORD = re.compile(NAME_WORD)
_CIVILITY_START = re.compile(CIVILITY.pattern)


@dataclass(frozen=True)
class FirstNames:
    """The first names DataMairie knows, to recognise people in a table."""

    names: frozenset[str]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and folded(word.strip()) in self.names

    def is_first_name(self, text: str) -> bool:
        """Whether the cell is one first name (composed ones too: "Jean-Pierre")."""
        word = folded(text.strip())
        if word in self.names:
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(part in self.names for part in parts)

    def is_person_name(self, text: str) -> bool:
        """Whether the cell is a person's name: "Jean Dupont", "DUPONT Marie", "M. Durand"."""
        value = text.strip()
        if _CIVILITY_START.fullmatch(value) is not None:
            return True
        words = _SPLIT.split(value)
        if not 2 <= len(words) <= 4 or is_organisation(value):
            return False
        if not all(_NAME_WORD.fullmatch(word) for word in words):
            return False
        return self.is_first_name(words[0]) or self.is_first_name(words[-1])


def is_organisation(text: str) -> bool:
    """Whether a name is an organisation's (association, company, public body)."""
    words = {folded(word) for word in _SPLIT.split(text.strip())}
    return bool(words & ORGANISATION_WORDS) or "&" in text


def is_name_word(text: str) -> bool:
    """Whether the cell is a single word written like a surname ("Dupont", "DUPONT", "Le Gall")."""
    value = text.strip()
    words = value.split()
    return 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(word) for word in words)


def load_first_names(path: Path | None = None) -> FirstNames:
    """Read the bundled list of first names (or the file at ``path``).

    Raises:
        OSError: the file cannot be read.
    """
    source = path if path is not None else resources_dir() / FIRST_NAMES_FILE
    lines = source.read_text(encoding="utf-8").splitlines()
    return FirstNames(frozenset(line.strip() for line in lines if line.strip()))
