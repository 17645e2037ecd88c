"""What a column's title says about personal data: evidence, never proof on its own.

"Prénom", "Né(e) le", "Courriel", "Tél. portable", "IBAN"… point to a kind of personal data;
"Nom de l'association" or "COLL_NOM" point away from it. The values then confirm or
contradict: a column headed "SIRET ou NIR" holding only SIRETs is not personal.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.mapping.label_matching import plain
from desktop_app.core.privacy.model import Category, word_set

# Checked in this order: the first phrase found in the title wins ("adresse mail" is an e-mail).
HEADER_PHRASES: tuple[tuple[str, Category], ...] = (
    ("adresse mail", Category.EMAIL),
    ("adresse electronique", Category.EMAIL),
    ("adresse email", Category.EMAIL),
    ("e mail", Category.EMAIL),
    ("email", Category.EMAIL),
    ("mail", Category.EMAIL),
    ("courriel", Category.EMAIL),
    ("mel", Category.EMAIL),
    ("securite sociale", Category.NIR),
    ("secu", Category.NIR),
    ("nir", Category.NIR),
    ("n ss", Category.NIR),
    ("iban", Category.IBAN),
    ("rib", Category.IBAN),
    ("bic", Category.IBAN),
    ("compte bancaire", Category.IBAN),
    ("coordonnees bancaires", Category.IBAN),
    ("date de naissance", Category.BIRTH_DATE),
    ("naissance", Category.BIRTH_DATE),
    ("ne le", Category.BIRTH_DATE),
    ("nee le", Category.BIRTH_DATE),
    ("ne e le", Category.BIRTH_DATE),
    ("ddn", Category.BIRTH_DATE),
    ("telephone", Category.PHONE),
    ("tel", Category.PHONE),
    ("portable", Category.PHONE),
    ("mobile", Category.PHONE),
    ("gsm", Category.PHONE),
    ("ligne directe", Category.PHONE),
    ("fixe", Category.PHONE),
    ("immatriculation", Category.OTHER_IDENTIFIER),
    ("plaque", Category.OTHER_IDENTIFIER),
    ("passeport", Category.OTHER_IDENTIFIER),
    ("carte d identite", Category.OTHER_IDENTIFIER),
    ("cni", Category.OTHER_IDENTIFIER),
    ("permis de conduire", Category.OTHER_IDENTIFIER),
    ("allocataire", Category.OTHER_IDENTIFIER),
    ("matricule", Category.OTHER_IDENTIFIER),
    ("numero fiscal", Category.OTHER_IDENTIFIER),
    ("adresse", Category.POSTAL_ADDRESS),
    ("adr", Category.POSTAL_ADDRESS),
    ("domicile", Category.POSTAL_ADDRESS),
    ("domiciliation", Category.POSTAL_ADDRESS),
    ("lieu de residence", Category.POSTAL_ADDRESS),
    ("nom prenom", Category.PERSON_NAME),
    ("prenom nom", Category.PERSON_NAME),
    ("nom et prenom", Category.PERSON_NAME),
    # "prénom_élu", "Nom de l'élu": the kind of name first, whose name next
    ("prenom", Category.FIRST_NAME),
    ("prenoms", Category.FIRST_NAME),
    ("nom de famille", Category.LAST_NAME),
    ("nom d usage", Category.LAST_NAME),
    ("patronyme", Category.LAST_NAME),
    ("nom", Category.LAST_NAME),
    ("identite", Category.PERSON_NAME),
    ("beneficiaire", Category.PERSON_NAME),
    ("titulaire", Category.PERSON_NAME),
    ("demandeur", Category.PERSON_NAME),
    ("locataire", Category.PERSON_NAME),
    ("acquereur", Category.PERSON_NAME),
    ("proprietaire", Category.PERSON_NAME),
    ("representant", Category.PERSON_NAME),
    ("responsable", Category.PERSON_NAME),
    ("agent", Category.PERSON_NAME),
    ("elu", Category.PERSON_NAME),
    ("personne", Category.PERSON_NAME),
    ("habitant", Category.PERSON_NAME),
    ("redevable", Category.PERSON_NAME),
    ("usager", Category.PERSON_NAME),
)

# Words of a title that say the column is about a place, a body or a thing, not a person.
NOT_A_PERSON = word_set(
    """association asso structure organisme entreprise societe equipement equip commune
    collectivite coll etablissement service salle site lieu voie nomvoie projet dossier
    fichier document jeu produit plat menu schema budget attribuant attributaire commune
    ville batiment ecole club raison sociale operation marche fournisseur titre
    dispositif matiere delib theme nature categorie type"""
)

# Words of a title that say whose name it is: a person's ("Nom de l'élu", "nom_agent").
PERSON_WORDS = word_set(
    """elu elue elus elues agent agents candidat candidate parlementaire collaborateur
    collaboratrice conseiller conseillere senateur senatrice depute deputee maire adjoint
    adjointe president presidente tresorier secretaire enfant enfants parent pere mere
    conjoint epoux epouse defunt habitant usager adherent membre eleve salarie benevole
    demandeur locataire proprietaire representant contact responsable personne particulier
    famille naissance usage jeune fille patronymique famille"""
)
_PLACE_OF_BIRTH = word_set("lieu lieux ville commune pays departement")

FREE_TEXT_WORDS = word_set(
    """objet commentaire commentaires observation observations remarque remarques
    description motif note notes detail details precision precisions texte message
    intitule libelle resume"""
)


@dataclass(frozen=True)
class HeaderClue:
    """What a title points to, and the words of the title that say so.

    ``weak``: a bare « Nom » names anything (a market, a tree, a school); it points to a
    surname only in a table of people (a column of first names beside it).
    """

    category: Category
    matched: str
    weak: bool = False


def header_clue(label: str) -> HeaderClue | None:
    """The kind of personal data a column's title points to, if any."""
    text = f" {plain(label)} "
    words = set(text.split())
    for phrase, category in HEADER_PHRASES:
        if f" {phrase} " not in text:
            continue
        if category in (Category.LAST_NAME, Category.PERSON_NAME) and words & NOT_A_PERSON:
            return None
        if category is Category.POSTAL_ADDRESS and "ip" in words:
            return None
        if category is Category.BIRTH_DATE and words & _PLACE_OF_BIRTH:
            return None  # a place of birth is not a date: its values are towns
        weak = phrase == "nom" and not words & PERSON_WORDS
        return HeaderClue(category, phrase, weak)
    return None


def is_free_text_title(label: str) -> bool:
    """Whether the title names a column of sentences (objet, commentaire, observations…)."""
    return bool(set(plain(label).split()) & FREE_TEXT_WORDS)
