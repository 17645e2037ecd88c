"""Natural persons and organisations told apart, cell by cell.

A beneficiary, a contract holder or a partner is most often an association, a company or a
public body, whose name is not personal data; now and then it is a natural person (a private
individual, a sole trader), whose name is. What decides is the value: a legal form (SA, SARL,
SCI, GIE…), the words organisations use (association, club, comité, collège, travaux…) or
« & » say organisation, digits say not a person; a civilité (« M. Jean Dupont »), a sole
trader's mark (« EI », « entrepreneur individuel ») or a known first name beside a name
(« DUPONT Jean ») say person. What says neither stays unknown; beside a valid SIRET, SIREN
or RNA it is an organisation's trade name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum

from desktop_app.core.mapping.label_matching import folded
from desktop_app.core.privacy.model import word_set
from desktop_app.core.privacy.patterns import CIVILITY, NAME_WORD


class Party(StrEnum):
    """Who a name designates, as far as its value tells."""

    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


# Legal forms and the abbreviations of bodies, as written in a name ("SARL Dupont", "CCAS").
LEGAL_FORMS = word_set(
    """sa sas sasu sarl eurl sci snc scs sca scop scic scp scm scea sel selarl selas selafa
    gie gip gaec earl sem seml spl epic epa epci sivu sivom smictom sictom sdis ccas cias
    ogec ehpad asbl cfa cie ste ets sccv snc ltd gmbh inc llc"""
)

# Words that organisations, bodies and public places use in their names.
ORGANISATION_WORDS = word_set(
    """association associations assoc asso ass amicale amicales club clubs comite comites
    fondation fondations syndicat syndicats federation federations union unions ligue
    cercle collectif collectifs cooperative cooperatives mutuelle mutuelles societe societes
    entreprise entreprises etablissement etablissements groupe groupement groupements
    compagnie compagnies agence agences atelier ateliers cabinet cabinets bureau bureaux
    office institut institution commune communes mairie ville villes departement
    departemental departementale region regional regionale communaute agglomeration
    metropole metropolitain intercommunal intercommunale prefecture tresorerie conseil
    conseils chambre ecole ecoles college colleges lycee lycees universite academie
    conservatoire creche foyer centre centres maison maisons espace residence hopital
    clinique pharmacie laboratoire musee theatre cinema bibliotheque mediatheque gymnase
    stade piscine salle eglise paroisse diocese service services direction pole mission
    regie banque caisse assurance assurances orchestre harmonie fanfare chorale ensemble
    troupe festival team sporting football rugby basket tennis judo handball athletisme
    gymnastique petanque sport cyclo chasse peche anciens combattants parents eleves ape apel fcpe
    boulangerie boucherie charcuterie patisserie epicerie fromagerie fromageries minoterie
    garage restaurant hotel camping travaux transports transport construction constructions
    batiment btp tp vrd ingenierie ingenieurs consulting consultants expertise architecture
    architectes environnement energie energies industrie industries distribution imprimerie
    carrosserie metallerie menuiserie plomberie electricite maconnerie peinture paysage
    paysages design creation creations editions publications immobilier immobiliere location
    formation
    securite nettoyage proprete logistique informatique systemes technologies solutions
    france international productions production spectacles diffusion commerce commercial
    nationale national sante social sociale solidarite entraide insertion emploi habitat
    logement tourisme culture culturel culturelle loisirs sports sportif sportive jeunesse
    education familles oeuvre oeuvres secours marche marches"""
)

# Words that name places or saints: what holds them is not a person's name.
PLACE_WORDS = word_set(
    """saint sainte st rue avenue boulevard place quai pont porte parc jardin square bois
    chemin route allee impasse lac ile cours"""
)

# A sole trader is a natural person: their trade name identifies them.
SOLE_TRADER = re.compile(
    r"(?<![\w])(?:ei|e\.i\.|eirl|entrepreneur individuel|entreprise individuelle"
    r"|auto[- ]?entrepreneur|micro[- ]?entrepreneur|micro[- ]?entreprise)(?![\w])"
)
_SPLIT = re.compile(r"[\s,;/]+")
_NAME_WORD = re.compile(NAME_WORD)
_CIVILITY_START = re.compile(CIVILITY.pattern)
_PARTICLES = frozenset({"de", "du", "d", "le", "la", "van", "von", "da", "di", "del", "ben"})
# Little words of a phrase ("Jazz pour tous", "Va et viens"): a name has none of them.
_PHRASE_WORDS = frozenset({"les", "l", "et", "au", "aux", "pour", "sur", "en", "chez", "a", "des"})
_PHRASE_WORDS |= {"un", "une", "the", "of", "and"}
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[a-z0-9]+")
_MARKS = LEGAL_FORMS | ORGANISATION_WORDS


def _words(text: str) -> list[str]:
    return [word for word in _SPLIT.split(text.strip()) if word]


def organisation_marks(text: str) -> bool:
    """Whether a name carries what organisations write: a legal form, their words, « & »."""
    return "&" in text or _marked(folded(text))


def _marked(plain_text: str) -> bool:
    # "S.A.R.L." is SARL; words are compared without case or accents
    return not _MARKS.isdisjoint(_TOKEN.findall(plain_text.replace(".", "")))


def party_of(text: str, is_first_name: Callable[[str], bool]) -> Party:
    """Whether a name is a natural person's, an organisation's, or cannot be told."""
    value = text.strip()
    if not value:
        return Party.UNKNOWN
    if _CIVILITY_START.match(value) is not None:
        return Party.PERSON
    plain_value = folded(value)
    if ("ei" in plain_value or "entrepr" in plain_value) and SOLE_TRADER.search(plain_value):
        return Party.PERSON
    if "&" in value or _marked(plain_value):
        return Party.ORGANISATION
    if _DIGIT.search(value) is not None:
        return Party.UNKNOWN  # people's names have no digits ("ESPACE 19", "NICE (06)")
    words = _words(value)
    if not 2 <= len(words) <= 4:
        return Party.UNKNOWN
    lowered = _words(plain_value.replace("’", "'"))
    lowered = [word.rstrip("'") for word in lowered]
    if len(lowered) != len(words):
        return Party.UNKNOWN
    if lowered[0] in _PARTICLES or not _PHRASE_WORDS.isdisjoint(lowered):
        return Party.UNKNOWN
    names = [word for word, low in zip(words, lowered, strict=True) if low not in _PARTICLES]
    if len(names) < 2 or not all(_NAME_WORD.fullmatch(word) for word in names):
        return Party.UNKNOWN
    if not PLACE_WORDS.isdisjoint(lowered):
        return Party.UNKNOWN
    if is_first_name(names[0]) or is_first_name(names[-1]):
        return Party.PERSON
    return Party.UNKNOWN


def clearly_person(
    text: str, is_first_name: Callable[[str], bool], is_common: Callable[[str], bool]
) -> bool:
    """Whether a name among organisations' is surely a natural person's.

    Among trade names (« SOLEIL LEVANT », « Africa Djémeya », « JAZZ BANK »), words that the
    long lists hold as first names abound: there, a person is told by a civilité, a sole
    trader's mark, or a first name commonly given in France written as people write their
    names — « Jean Dupont », « Jean DUPONT », « DUPONT Jean » (not all in capitals).
    """
    value = text.strip()
    if _CIVILITY_START.match(value) is not None or SOLE_TRADER.search(folded(value)):
        return True
    if party_of(value, is_first_name) is not Party.PERSON:
        return False
    if value.upper() == value:
        return False
    words = _words(value)
    names = [word for word in words if folded(word).rstrip("'’") not in _PARTICLES]
    if any(word.isupper() and len(word) <= 3 for word in names):
        return False  # an acronym ("Leo Lagrange IDF"): a body's name
    if not any(word.isupper() for word in names):
        # « Prénom Nom » alone: two words, no more ("Marie Louise Bouillonne", "Lulu La
        # Crea" are as often a body named after someone)
        return len(words) == 2 and is_common(names[0])
    if is_common(names[0]) and not names[0].isupper():
        return True
    return names[0].isupper() and is_common(names[-1]) and not names[-1].isupper()
