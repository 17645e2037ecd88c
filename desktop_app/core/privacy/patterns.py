"""How personal data is written in a commune's tables: e-mails, phones, NIR, IBAN, addresses.

Each recogniser answers for one whole cell (``is_email``…); ``MENTIONS`` finds the same
things inside a sentence. NIR and IBAN are confirmed by their check digits (python-stdnum),
so that a 15-digit reference or a SIRET is not taken for a social security number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from stdnum import iban as stdnum_iban
from stdnum.fr import nir as stdnum_nir
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from desktop_app.core.mapping.label_matching import folded
from desktop_app.core.privacy.model import Category, word_set

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
NAME_WORD = f"[{UPPER}][{UPPER}{LOWER}'’-]+"

# a mailbox starts with a letter or digit; a domain's labels never start with a hyphen
EMAIL = re.compile(r"[^\W_][\w.+'’-]*@[^\W_][\w-]*(?:\.[\w-]+)+")
PHONE = re.compile(
    r"(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}"
    r"|(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{3}){2}[\s.-]?\d{2}"
)
NIR_SHAPE = re.compile(r"[1-478](?:[\s.]?[\dAB]){14}")
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}")
CIVILITY = re.compile(
    r"(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Melle\.?|Monsieur|Madame|Mademoiselle)"
    rf"(?:\s+et\s+(?:M\.|Mme\.?))?\s+(?:(?:de|du|d')\s?)?{NAME_WORD}"
    rf"(?:[\s-]+{NAME_WORD}){{0,3}}"
)
STREET_TYPES = (
    "rue|avenue|av|boulevard|bd|bld|place|pl|chemin|ch|impasse|imp|allée|allee|route|rte|"
    "lieu-dit|lieu dit|lotissement|lot|hameau|quai|cours|square|passage|sentier|résidence|"
    "residence|cité|cite|villa|voie|faubourg|fbg|promenade|rond-point|parvis|esplanade|clos|"
    "domaine|montée|montee|traverse|venelle|ruelle|chaussée|chaussee|mail|carrefour|cour"
)
STREET_ADDRESS = re.compile(
    rf"(?:\d{{1,4}}\s*(?:bis|ter|[a-d])?\s*,?\s+)?(?:{STREET_TYPES})\.?\s+\S",
    re.IGNORECASE,
)
# Street types that also name other things ("Lot 2", "Cours de danse", "Domaine public",
# "CH Laval"): without a house number they do not make an address.
_AMBIGUOUS_TYPES = word_set(
    """av pl ch imp rte lot cours cour mail domaine voie clos cite villa residence passage
    carrefour traverse promenade"""
)
UNNUMBERED_ADDRESS = re.compile(
    rf"(?:{'|'.join(t for t in STREET_TYPES.split('|') if t not in _AMBIGUOUS_TYPES)})"
    r"\.?\s+\S",
    re.IGNORECASE,
)
# Words of a municipal department's name: « Direction des sports », « Service urbanisme ».
SERVICE_WORDS = word_set(
    """service services direction directions pole mission cabinet bureau division secretariat
    unite cellule delegation departement regie public publique dgs drh dsi dgst"""
)
NUMBERED_ADDRESS = re.compile(
    rf"\d{{1,4}}\s*(?:bis|ter|[a-d])?\s*,?\s+(?:{STREET_TYPES})\.?\s+\S", re.I
)
POSTCODE_TOWN = re.compile(rf"(?<!\d)(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\d{{3}}\s+[{UPPER}{LOWER}]")
DATE_VALUE = re.compile(
    r"(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)"
)
LICENCE_PLATE = re.compile(r"[A-Z]{2}[\s-]?\d{3}[\s-]?[A-Z]{2}|\d{1,4}\s?[A-Z]{1,3}\s?\d{2}")
GENERIC_MAILBOXES = word_set(
    """mairie contact contacts accueil secretariat secretariat-mairie info infos information
    informations service services communication urbanisme etatcivil etat-civil
    comptabilite compta direction dgs cantine restauration ecole bibliotheque mediatheque
    periscolaire technique techniques rh ccas noreply no-reply webmaster administration
    culture sport sports jeunesse tourisme police elections social enfance association
    asso bureau president presidence tresorier tresorerie secretaire agence boutique
    commande reservation reservations location salle animation admin mail courrier
    standard"""
)
SPACES = re.compile(r"[\s.\-/()]")


def is_email(text: str) -> bool:
    """Whether the whole cell is an e-mail address."""
    return EMAIL.fullmatch(text) is not None


def is_generic_mailbox(text: str) -> bool:
    """Whether an e-mail address is a service's, not a person's ("mairie@…", "contact@…")."""
    local = text.split("@", 1)[0].casefold()
    return local in GENERIC_MAILBOXES or local.split(".")[0] in GENERIC_MAILBOXES


def is_phone(text: str) -> bool:
    """Whether the whole cell is a French phone number, in any of its written forms."""
    if PHONE.fullmatch(text) is not None:
        return True
    digits = SPACES.sub("", text)
    # a spreadsheet that stored the number as a number dropped its leading 0
    return len(digits) == 9 and digits.isdigit() and digits[0] in "123456789"


def is_mobile(text: str) -> bool:
    """Whether a phone number is a mobile's (06, 07), which is a person's more often than not."""
    digits = SPACES.sub("", text)
    for prefix in ("+33", "0033"):
        if digits.startswith(prefix):
            digits = "0" + digits[len(prefix) :].removeprefix("0")
    if len(digits) == 9:
        digits = "0" + digits
    return digits[:2] in ("06", "07")


def is_nir(text: str) -> bool:
    """Whether the cell is a social security number whose key is right."""
    compact = SPACES.sub("", text).upper()
    return len(compact) == 15 and stdnum_nir.is_valid(compact)


def is_iban(text: str) -> bool:
    """Whether the cell is an IBAN whose check digits are right."""
    compact = SPACES.sub("", text).upper()
    return 15 <= len(compact) <= 34 and compact[:2].isalpha() and stdnum_iban.is_valid(compact)


def is_siret(text: str) -> bool:
    """Whether the cell is a valid SIRET (a company's number, not a person's)."""
    compact = SPACES.sub("", text)
    return len(compact) == 14 and stdnum_siret.is_valid(compact)


RNA = re.compile(r"W\d{9}", re.IGNORECASE)


def is_organisation_number(text: str) -> bool:
    """Whether the cell is a valid SIRET or SIREN, or an RNA number (an organisation's)."""
    compact = SPACES.sub("", text)
    if RNA.fullmatch(compact) is not None:
        return True
    if len(compact) == 9:
        return stdnum_siren.is_valid(compact)
    return len(compact) == 14 and stdnum_siret.is_valid(compact)


def is_postal_address(text: str) -> bool:
    """Whether the cell is (or holds) a postal address: number and street, or postcode and town.

    A street without a number counts when its type is plain (« rue », « avenue »…) and the
    value is not a department's name (« Service voirie », « Direction du domaine public »).
    """
    if NUMBERED_ADDRESS.search(text) is not None or POSTCODE_TOWN.search(text) is not None:
        return True
    return UNNUMBERED_ADDRESS.match(text) is not None and not is_service(text)


def is_service(text: str) -> bool:
    """Whether the cell names a department of an administration rather than a place."""
    words = {folded(word) for word in re.split(r"[^\w]+", text) if word}
    return bool(words & SERVICE_WORDS)


def birth_year(text: str) -> int | None:
    """The year of a cell written as a date (15/03/1985, 1985-03-15), else None."""
    match = DATE_VALUE.fullmatch(text.strip())
    if match is None:
        return None
    year = match.group("y") or match.group("iy")
    return int(year)


def is_licence_plate(text: str) -> bool:
    """Whether the cell is a vehicle's registration number (AB-123-CD)."""
    return LICENCE_PLATE.fullmatch(text.strip().upper()) is not None


@dataclass(frozen=True)
class Mention:
    """Personal data inside a sentence: what it is and where (character offsets)."""

    category: Category
    start: int
    end: int


def _checked(
    pattern: re.Pattern[str], check: Callable[[str], bool]
) -> Callable[[str], Iterator[tuple[int, int]]]:
    def spans(text: str) -> Iterator[tuple[int, int]]:
        for match in pattern.finditer(text):
            candidate = match.group()
            # a greedy match may run into the next word: shorten it at spaces until it checks
            while candidate:
                if check(candidate):
                    yield match.start(), match.start() + len(candidate)
                    break
                cut = candidate.rstrip().rfind(" ")
                candidate = candidate[:cut] if cut > 0 else ""

    return spans


def _plain(pattern: re.Pattern[str]) -> Callable[[str], Iterator[tuple[int, int]]]:
    def spans(text: str) -> Iterator[tuple[int, int]]:
        for match in pattern.finditer(text):
            yield match.span()

    return spans


NIR_IN_TEXT = re.compile(r"(?<![\dA-Z])" + NIR_SHAPE.pattern + r"(?!\d)")
IBAN_IN_TEXT = re.compile(r"\b" + IBAN_SHAPE.pattern)
# In a sentence, a phone is written with the same separator between its pairs of digits, or
# none, and stands apart from letters: "convention n° 075 09 R 0489 01 01 01" holds none.
PHONE_IN_TEXT = re.compile(
    r"(?<![\w+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9]"
    r"(?:(?P<sep>[ .-])\d{2}(?:(?P=sep)\d{2}){3}|\d{8})(?![\w])"
)
CIVILITY_IN_TEXT = re.compile(r"(?<!\w)" + CIVILITY.pattern)

# What is searched inside sentences, with a cheap test of the whole text that rules a kind
# out quickly (most cells of a délibération's object mention nobody).
MENTIONS: tuple[
    tuple[Category, Callable[[str], Iterator[tuple[int, int]]], re.Pattern[str]], ...
] = (
    (Category.EMAIL, _plain(EMAIL), re.compile("@")),
    (Category.IBAN, _checked(IBAN_IN_TEXT, is_iban), re.compile(r"[A-Z]{2}\d\d")),
    (Category.NIR, _checked(NIR_IN_TEXT, is_nir), re.compile(r"[0-9][0-9 .AB]{14}")),
    (Category.PHONE, _plain(PHONE_IN_TEXT), re.compile(r"[0-9+][0-9 .()-]{8}")),
    (
        Category.PERSON_NAME,
        _plain(CIVILITY_IN_TEXT),
        re.compile(r"M(?:\.|me|lle|elle|r|onsieur|adame|ademoiselle)\b"),
    ),
)


def mentions(text: str) -> list[Mention]:
    """Every piece of personal data written inside a sentence, without overlaps, in order."""
    found: list[Mention] = []
    for category, spans, _ in MENTIONS:
        for start, end in spans(text):
            if not any(start < other.end and other.start < end for other in found):
                found.append(Mention(category, start, end))
    found.sort(key=lambda mention: mention.start)
    return found
