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

from desktop_app.core.mapping.label_matching import folded
from desktop_app.core.privacy.parties import Party, clearly_person, organisation_marks, party_of
from desktop_app.core.privacy.patterns import NAME_WORD
from desktop_app.paths import resources_dir

FIRST_NAMES_FILE = Path("reference") / "prenoms.txt"
COMMON_FIRST_NAMES_FILE = Path("reference") / "prenoms-courants.txt"

_NAME_WORD = re.compile(NAME_WORD)


@dataclass(frozen=True)
class FirstNames:
    """The first names DataMairie knows, to recognise people in a table.

    ``common`` holds the names given in France (not the English words and places the long
    list also holds: « Art », « Africa »); it tells a person among trade names.
    """

    names: frozenset[str]
    common: frozenset[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and folded(word.strip()) in self.names

    def is_first_name(self, text: str) -> bool:
        """Whether the cell is one first name (composed ones too: "Jean-Pierre")."""
        word = folded(text.strip())
        if word in self.names:
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(part in self.names for part in parts)

    def is_common_first_name(self, text: str) -> bool:
        """Whether the word is a first name commonly given in France ("Jean-Raphaël" too)."""
        word = folded(text.strip())
        if word in self.common:
            return True
        parts = word.split("-")
        return len(parts) > 1 and parts[0] in self.common and all(p in self.names for p in parts)

    def clearly_person(self, text: str) -> bool:
        """Whether a name among organisations' is surely a natural person's (see parties)."""
        return clearly_person(text, self.is_first_name, self.is_common_first_name)

    def is_person_name(self, text: str) -> bool:
        """Whether the cell is a person's name: "Jean Dupont", "DUPONT Marie", "M. Durand"."""
        return party_of(text, self.is_first_name) is Party.PERSON

    def party(self, text: str) -> Party:
        """Whether the cell names a natural person, an organisation, or cannot be told."""
        return party_of(text, self.is_first_name)


def is_organisation(text: str) -> bool:
    """Whether a name is an organisation's (association, company, public body)."""
    return organisation_marks(text)


def is_name_word(text: str) -> bool:
    """Whether the cell is a single word written like a surname ("Dupont", "DUPONT", "Le Gall")."""
    value = text.strip()
    words = value.split()
    return 1 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(word) for word in words)


def load_first_names(path: Path | None = None) -> FirstNames:
    """Read the bundled lists of first names (or the file at ``path``, then all are common).

    Raises:
        OSError: a file cannot be read.
    """
    if path is not None:
        names = _read_list(path)
        return FirstNames(names, names)
    return FirstNames(
        _read_list(resources_dir() / FIRST_NAMES_FILE),
        _read_list(resources_dir() / COMMON_FIRST_NAMES_FILE),
    )


def _read_list(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip())
