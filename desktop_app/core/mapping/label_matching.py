"""Comparing a column's label with a field's names the way an agent reads them.

"N° délib.", "Numéro de la délibération" and DELIB_ID say the same thing: labels are reduced
to plain words (no accents, case or punctuation, abbreviations spelt out, little words and
word order ignored) before they are compared.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Abbreviations found in town-hall spreadsheets, and in the schemas' field names.
ABBREVIATIONS: dict[str, str] = {
    "n": "numero",
    "no": "numero",
    "num": "numero",
    "nro": "numero",
    "numero": "numero",
    "nb": "nombre",
    "nbre": "nombre",
    "dt": "date",
    "cp": "code postal",
    "tel": "telephone",
    "mt": "montant",
    "mnt": "montant",
    "mtt": "montant",
    "lib": "libelle",
    "adr": "adresse",
    "delib": "deliberation",
    "coll": "collectivite",
    "benef": "beneficiaire",
    "ref": "reference",
    "id": "identifiant",
    "subv": "subvention",
    "equip": "equipement",
    "pref": "prefecture",
    "lat": "latitude",
    "long": "longitude",
    "lng": "longitude",
    "lon": "longitude",
    "cat": "categorie",
    "qte": "quantite",
    "obs": "observations",
    "mail": "courriel",
    "email": "courriel",
    "e": "",
    "web": "site",
    "url": "site",
    "insee": "insee",
    "uid": "identifiant",
    "nom": "nom",
    "intitule": "libelle",
    "annee": "annee",
    "an": "annee",
    "exercice": "annee",
    "bgt": "budget",
    "adresse": "adresse",
}
# Little words that carry no meaning in a label.
STOP_WORDS = frozenset(
    {
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "a",
        "au",
        "aux",
        "en",
        "et",
        "par",
        "pour",
        "sur",
        "un",
        "une",
        "the",
        "of",
        "or",
        "ou",
    }
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def folded(text: str) -> str:
    """The text in lower case without accents, to compare words however they are typed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Lower case, no accents, words separated by single spaces ("N° Délib." → "n delib")."""
    letters = folded(_CAMEL.sub(" ", text.replace("°", " ").replace("_", " ")))
    return " ".join("".join(c if c.isalnum() else " " for c in letters).split())


@lru_cache(maxsize=8192)
def words(text: str) -> frozenset[str]:
    """The meaningful words of a label, abbreviations spelt out, order ignored."""
    expanded = [
        _singular(part)
        for word in plain(text).split()
        for part in ABBREVIATIONS.get(word, word).split()
    ]
    meaningful = frozenset(part for part in expanded if part not in STOP_WORDS)
    # A label made only of little words ("Pour", "Contre" are votes) keeps them.
    return meaningful or frozenset(expanded)


def _singular(word: str) -> str:
    """The singular of a word: "abstentions" and "abstention" are one word here."""
    return word[:-1] if len(word) > 4 and word[-1] in "sx" else word


def similarity(label: str, name: str) -> float:
    """How surely a column label and a field name mean the same thing, from 0 to 1."""
    left, right = words(label), words(name)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    shared = len(left & right)
    # Containment counts more than overlap: "Montant voté" still names "montant".
    overlap = shared / len(left | right)
    contained = shared / min(len(left), len(right))
    score = 0.5 * overlap + 0.45 * contained
    if shared == 0:
        # A typo or a plural ("Abstentions", "Benificiaire"): compare the plain strings.
        # rapidfuzz is imported here, for the suggestion of a mapping only: the other users
        # of this module (the mapping's model, conversions, privacy) do not need it.
        from rapidfuzz import fuzz

        ratio = fuzz.ratio(" ".join(sorted(left)), " ".join(sorted(right))) / 100
        score = ratio * 0.8 if ratio >= 0.8 else 0.0
    return min(score, 0.95)
