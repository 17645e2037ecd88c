"""Personal data in words an agent can act on: what was found, why, and what can be done.

Codes come from desktop_app/core/privacy: categories (``privacy-category-…``), evidence
(``privacy-…``), remedies (``privacy-remedy-…``), justifications for keeping
(``privacy-keep-reason-…``) and the errors of applying decisions.
Parameters: ``label`` (a column's title), ``matched`` (title words), ``share`` (a fraction),
``count``, ``first``/``last`` (years), ``field``, ``limit``, ``column``, ``value``,
``rows``/``total`` (row counts), ``names`` (columns' titles).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

PRIVACY_CATEGORIES: dict[str, Wording] = {
    "privacy-category-none": Wording("rien de personnel", "nothing personal"),
    "privacy-category-person_name": Wording("nom de personne", "person's name"),
    "privacy-category-first_name": Wording("prénom", "first name"),
    "privacy-category-last_name": Wording("nom de famille", "surname"),
    "privacy-category-email": Wording("adresse e-mail", "e-mail address"),
    "privacy-category-phone": Wording("numéro de téléphone", "phone number"),
    "privacy-category-postal_address": Wording("adresse postale", "postal address"),
    "privacy-category-birth_date": Wording("date de naissance", "date of birth"),
    "privacy-category-nir": Wording(
        "numéro de sécurité sociale (NIR)", "social security number (NIR)"
    ),
    "privacy-category-iban": Wording("coordonnées bancaires (IBAN)", "bank details (IBAN)"),
    "privacy-category-other_identifier": Wording(
        "numéro identifiant une personne", "number identifying a person"
    ),
}

_VALUES_FR = "{share} des valeurs examinées ressemblent à "
_VALUES_EN = "{share} of the values looked at resemble "

PRIVACY_EVIDENCE: dict[str, Wording] = {
    "privacy-header": Wording(
        "Le titre de la colonne « {label} » contient « {matched} ».",
        "The column's title “{label}” contains “{matched}”.",
    ),
    "privacy-header-only": Wording(
        "Seul le titre l'indique : les valeurs n'ont pas pu le confirmer. Vérifiez-les.",
        "Only the title says so: the values could not confirm it. Check them.",
    ),
    "privacy-values-email": Wording(
        _VALUES_FR + "des adresses e-mail.", _VALUES_EN + "e-mail addresses."
    ),
    "privacy-values-phone": Wording(
        _VALUES_FR + "des numéros de téléphone.", _VALUES_EN + "phone numbers."
    ),
    "privacy-values-nir": Wording(
        "{share} des valeurs sont des numéros de sécurité sociale dont la clé est juste.",
        "{share} of the values are social security numbers whose key is right.",
    ),
    "privacy-values-iban": Wording(
        "{share} des valeurs sont des IBAN dont la clé de contrôle est juste.",
        "{share} of the values are IBANs whose check digits are right.",
    ),
    "privacy-values-person_name": Wording(
        _VALUES_FR + "des noms de personnes (un prénom connu et un nom, ou « M. », « Mme »).",
        _VALUES_EN + "people's names (a known first name and a name, or “M.”, “Mme”).",
    ),
    "privacy-values-first_name": Wording(
        _VALUES_FR + "des prénoms connus.", _VALUES_EN + "known first names."
    ),
    "privacy-values-last_name": Wording(
        _VALUES_FR + "des noms de famille.", _VALUES_EN + "surnames."
    ),
    "privacy-values-postal_address": Wording(
        _VALUES_FR + "des adresses (numéro et rue, ou code postal et commune).",
        _VALUES_EN + "addresses (number and street, or postcode and town).",
    ),
    "privacy-values-other_identifier": Wording(
        _VALUES_FR + "des plaques d'immatriculation.", _VALUES_EN + "number plates."
    ),
    "privacy-birth-years": Wording(
        "Les dates vont de {first} à {last} : des âges de personnes vivantes.",
        "The dates run from {first} to {last}: the ages of living people.",
    ),
    "privacy-person-table": Wording(
        "Le tableau donne aussi des noms de personnes : ces dates sont sans doute leurs dates "
        "de naissance.",
        "The table also gives people's names: these dates are probably their dates of birth.",
    ),
    "privacy-next-to-first-names": Wording(
        "La colonne est à côté d'une colonne de prénoms et contient des noms.",
        "The column stands beside a column of first names and holds names.",
    ),
    "privacy-organisations": Wording(
        "{share} des valeurs sont des noms d'associations, d'entreprises ou d'organismes, qui "
        "ne sont pas des données personnelles.",
        "{share} of the values are names of associations, companies or bodies, which are not "
        "personal data.",
    ),
    "privacy-generic-contact": Wording(
        "{share} des adresses sont celles d'un service (mairie@, contact@…) et non d'une "
        "personne : elles peuvent être publiées.",
        "{share} of the addresses are a service's (mairie@, contact@…), not a person's: they "
        "can be published.",
    ),
    "privacy-shared-phone": Wording(
        "Le même numéro fixe revient sur presque toutes les lignes : c'est sans doute celui "
        "de la mairie ou d'un service.",
        "The same landline number is on nearly every row: it is probably the town hall's or "
        "a service's.",
    ),
    "privacy-elected-officials": Wording(
        "Le tableau donne les fonctions des personnes (maire, adjoints…) : les noms des élus "
        "dans leur mandat peuvent être publiés.",
        "The table gives people's functions (maire, adjoints…): elected officials' names in "
        "their mandate can be published.",
    ),
    "privacy-public-places": Wording(
        "Ce sont les adresses de lieux publics (équipements, salles), pas de domiciles.",
        "These are addresses of public places (facilities, halls), not of homes.",
    ),
    "privacy-public-phone": Wording(
        "Ce sont des numéros fixes de lieux publics ou de services, pas des portables de "
        "personnes.",
        "These are landlines of public places or services, not people's mobiles.",
    ),
    "privacy-public-contact-field": Wording(
        "Le schéma attend ici le contact d'un lieu public : préférez un numéro ou une adresse "
        "de service à ceux d'un agent.",
        "The schema expects a public place's contact here: prefer a service's number or "
        "address to an agent's.",
    ),
    "privacy-free-text-cells": Wording(
        "{count} cellules de ce texte libre en contiennent.",
        "{count} cells of this free text contain some.",
        "Une cellule de ce texte libre en contient.",
        "One cell of this free text contains some.",
        count="count",
    ),
    "privacy-schema-free-text": Wording(
        "Le schéma décrit le champ {field} comme un texte libre, qui cite souvent des personnes.",
        "The schema describes the field {field} as free text, which often names people.",
    ),
    "privacy-rows-no-identifier": Wording(
        "{count} bénéficiaires n'ont ni SIRET ni numéro RNA : ce sont sans doute des "
        "particuliers, dont le nom ne peut pas être publié.",
        "{count} beneficiaries have neither SIRET nor RNA number: they are probably private "
        "individuals, whose names cannot be published.",
        "Un bénéficiaire n'a ni SIRET ni numéro RNA : c'est sans doute un particulier, dont "
        "le nom ne peut pas être publié.",
        "One beneficiary has neither SIRET nor RNA number: probably a private individual, "
        "whose name cannot be published.",
        count="count",
    ),
    "privacy-person-cells": Wording(
        "{count} cellules ressemblent au nom d'une personne physique (« M. Jean Dupont », "
        "« DUPONT Jean », entrepreneur individuel) : ce nom ne peut pas être publié.",
        "{count} cells look like a natural person's name (“M. Jean Dupont”, “DUPONT Jean”, "
        "sole trader): that name cannot be published.",
        "Une cellule ressemble au nom d'une personne physique (« M. Jean Dupont », "
        "« DUPONT Jean », entrepreneur individuel) : ce nom ne peut pas être publié.",
        "One cell looks like a natural person's name (“M. Jean Dupont”, “DUPONT Jean”, "
        "sole trader): that name cannot be published.",
        count="count",
    ),
    "privacy-organisations-around": Wording(
        "Les {count} autres lignes nomment des associations, entreprises ou organismes : elles "
        "restent telles quelles.",
        "The {count} other rows name associations, companies or bodies: they stay as they are.",
        "L'autre ligne nomme une association, une entreprise ou un organisme : elle reste "
        "telle quelle.",
        "The other row names an association, a company or a body: it stays as it is.",
        count="count",
    ),
    "privacy-advice-required-id": Wording(
        "Conseil : retirer ces lignes plutôt que les anonymiser, car le schéma exige le champ "
        "{field}, que l'anonymisation viderait.",
        "Advice: remove these rows rather than anonymise them, because the schema requires the "
        "field {field}, which anonymising would empty.",
    ),
    "privacy-advice-one-of-required": Wording(
        "Conseil : retirer ces lignes plutôt que les anonymiser, car le schéma exige {first} "
        "ou {second} sur chaque ligne, et une personne anonymisée n'a ni l'un ni l'autre.",
        "Advice: remove these rows rather than anonymise them, because the schema requires "
        "{first} or {second} on every row, and an anonymised person has neither.",
    ),
    "privacy-rare-counts": Wording(
        "{count} prénoms ont été donnés moins de {limit} fois : dans une petite commune, ils "
        "désignent un enfant.",
        "{count} first names were given fewer than {limit} times: in a small commune, each "
        "points to one child.",
        "Un prénom a été donné moins de {limit} fois : dans une petite commune, il désigne "
        "un enfant.",
        "One first name was given fewer than {limit} times: in a small commune, it points to "
        "one child.",
        count="count",
    ),
}

PRIVACY_REMEDIES: dict[str, Wording] = {
    "privacy-remedy-remove-column": Wording("Retirer la colonne", "Remove the column"),
    "privacy-remedy-empty-column": Wording(
        "Vider la colonne (elle reste, sans valeurs)", "Empty the column (it stays, blank)"
    ),
    "privacy-remedy-keep-year": Wording("Ne garder que l'année", "Keep only the year"),
    "privacy-remedy-redact-text": Wording(
        "Remplacer ces passages par « [donnée personnelle retirée] »",
        "Replace these passages with “[donnée personnelle retirée]”",
    ),
    "privacy-remedy-remove-rows": Wording("Retirer ces lignes", "Remove these rows"),
    "privacy-remedy-anonymise-rows": Wording(
        "Anonymiser ces lignes (« Personne physique » à la place du nom, identifiant vidé)",
        "Anonymise these rows (“Personne physique” instead of the name, identifier emptied)",
    ),
    "privacy-remedy-group-rare": Wording(
        "Regrouper les prénoms rares sous « Autres prénoms »",
        "Group the rare first names under “Autres prénoms”",
    ),
    "privacy-remedy-keep": Wording(
        "Garder tel quel, en disant pourquoi", "Keep as it is, saying why"
    ),
}

PRIVACY_KEEP_REASONS: dict[str, Wording] = {
    "privacy-keep-reason-elected-officials": Wording(
        "Garder — élus / fonction publique : les noms des élus dans leur mandat et des agents "
        "dans leur fonction se publient (CRPA, art. L.312-1-2 et D.312-1-3)",
        "Keep — elected officials / civil service: the names of elected officials in their "
        "mandate and of agents in their function are published (CRPA, art. L.312-1-2 and "
        "D.312-1-3)",
    ),
    "privacy-keep-reason-organisations": Wording(
        "Ce sont des associations ou des entreprises", "They are associations or companies"
    ),
    "privacy-keep-reason-service-contact": Wording(
        "C'est le contact d'un service, pas d'une personne",
        "It is a service's contact, not a person's",
    ),
    "privacy-keep-reason-public-place": Wording(
        "Garder — lieu public : l'adresse d'un équipement public n'est pas celle d'une personne",
        "Keep — public place: a public facility's address is not a person's",
    ),
    "privacy-keep-reason-published-by-law": Wording(
        "Un texte prévoit leur publication (annuaire, organigramme…)",
        "A text provides for their publication (directory, organisation chart…)",
    ),
    "privacy-keep-reason-consent": Wording(
        "Les personnes ont donné leur accord", "The people gave their consent"
    ),
    "privacy-keep-reason-not-personal": Wording(
        "Ce n'est pas une donnée personnelle", "It is not personal data"
    ),
}

PRIVACY_ERRORS: dict[str, Wording] = {
    "privacy-undecided": Wording(
        "{count} repérages de données personnelles attendent encore votre décision ({names}). "
        "Choisissez pour chacun ce qu'il faut faire avant de publier.",
        "{count} findings of personal data still wait for your decision ({names}). Choose what "
        "to do with each before publishing.",
        "Un repérage de données personnelles attend encore votre décision ({names}). "
        "Choisissez ce qu'il faut faire avant de publier.",
        "One finding of personal data still waits for your decision ({names}). Choose what to "
        "do with it before publishing.",
        count="count",
    ),
    "privacy-remedy-unfit": Wording(
        "Le choix « {value} » ne convient pas à la colonne {column}. Choisissez un des choix "
        "proposés pour elle.",
        "The choice “{value}” does not fit the column {column}. Pick one of the choices "
        "offered for it.",
    ),
    "privacy-keep-unjustified": Wording(
        "Pour garder la colonne {column} telle quelle, dites pourquoi : choisissez une raison "
        "dans la liste ou écrivez-la.",
        "To keep the column {column} as it is, say why: pick a reason from the list or type it.",
    ),
    "privacy-decide-incomplete": Wording(
        "Indiquez le repérage (sa clé, donnée par « project show --json ») et le choix à "
        "appliquer, ou --suggested pour prendre les choix conseillés.",
        "Name the finding (its key, given by “project show --json”) and the choice to apply, "
        "or --suggested to take the advised choices.",
    ),
    "privacy-finding-unknown": Wording(
        "Ce projet n'a pas de repérage « {value} ». Les repérages et leurs clés sont listés "
        "par « project show --json », sous privacy.items.",
        "This project has no finding “{value}”. The findings and their keys are listed by "
        "“project show --json”, under privacy.items.",
    ),
    "privacy-decide-keep-unjustified": Wording(
        "Pour garder « {column} » tel quel, dites pourquoi avec --justification, par exemple "
        '--justification "Élus dans l\'exercice de leur mandat".',
        "To keep “{column}” as it is, say why with --justification, for example "
        '--justification "Elected officials acting in office".',
    ),
    "privacy-decide-remedy-unfit": Wording(
        "Le choix « {value} » ne convient pas à « {column} ». Choix possibles : {allowed}.",
        "The choice “{value}” does not fit “{column}”. Possible choices: {allowed}.",
    ),
    "privacy-scan-mismatch": Wording(
        "Le tableau a changé depuis la recherche de données personnelles ({rows} lignes "
        "examinées, {total} maintenant). Relancez la recherche.",
        "The table changed since the search for personal data ({rows} rows looked at, "
        "{total} now). Run the search again.",
    ),
}
