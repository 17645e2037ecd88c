"""What a column is for, as the schema says, and what the rest of the table tells about it.

The schema knows that a délibération's object is free text, that a subsidy's beneficiary is
a person when it has neither SIRET nor RNA, that the prénoms table counts children, and that
an equipment's phone and address are a public building's. The table itself can say that the
names in it are elected officials acting in their mandate (a column of functions: maire,
adjoint…), or that its addresses are places rather than homes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum

from desktop_app.core.mapping.label_matching import plain
from desktop_app.core.privacy.model import word_set
from desktop_app.core.schemas.model import TableSchema


class Role(StrEnum):
    """What a schema field holds, as far as personal data is concerned."""

    FREE_TEXT = "free-text"
    BENEFICIARY = "beneficiary"
    ORGANISATION_ID = "organisation-id"
    COUNTED_FIRST_NAME = "counted-first-name"
    COUNT = "count"
    PUBLIC_CONTACT = "public-contact"
    PUBLIC_PLACE = "public-place"
    NOT_PERSONAL = "not-personal"


SCHEMA_ROLES: Mapping[str, Mapping[str, Role]] = {
    "scdl/deliberations": {
        "DELIB_OBJET": Role.FREE_TEXT,
        "DELIB_ID": Role.NOT_PERSONAL,
        "DELIB_MATIERE_NOM": Role.NOT_PERSONAL,
        "BUDGET_NOM": Role.NOT_PERSONAL,
        "PREF_ID": Role.NOT_PERSONAL,
        "DELIB_URL": Role.NOT_PERSONAL,
    },
    "scdl/subventions": {
        "objet": Role.FREE_TEXT,
        "nomBeneficiaire": Role.BENEFICIARY,
        "idBeneficiaire": Role.ORGANISATION_ID,
        "rnaBeneficiaire": Role.ORGANISATION_ID,
        "nomAttribuant": Role.NOT_PERSONAL,
        "idAttribuant": Role.NOT_PERSONAL,  # the granting body's SIRET, not a beneficiary's
        "conditionsVersement": Role.NOT_PERSONAL,
    },
    "scdl/prenoms": {
        "ENFANT_PRENOM": Role.COUNTED_FIRST_NAME,
        "NOMBRE_OCCURRENCES": Role.COUNT,
        "COMMUNE_NOM": Role.NOT_PERSONAL,
    },
    "scdl/equipements": {
        "EQUIP_TEL": Role.PUBLIC_CONTACT,
        "EQUIP_EMAIL": Role.PUBLIC_CONTACT,
        "EQUIP_NOM": Role.NOT_PERSONAL,
        "EQUIP_TYPE": Role.NOT_PERSONAL,
        "ADR_NUMERO": Role.PUBLIC_PLACE,
        "ADR_NOMVOIE": Role.PUBLIC_PLACE,
        "ADR_CODEPOSTAL": Role.PUBLIC_PLACE,
        "ADR_COMMUNE": Role.PUBLIC_PLACE,
    },
}
_SCANNED_TYPES = frozenset({"string", "date", "datetime", "any"})


def schema_roles(schema: TableSchema | None) -> dict[str, Role]:
    """Each field's role: the known ones, and fields that cannot hold personal data.

    Numbers, booleans, years and fields restricted to a list of values hold no one's name
    or contact; the collectivity's own fields (COLL_…) describe the commune.
    """
    if schema is None:
        return {}
    roles = dict(SCHEMA_ROLES.get(schema.name, {}))
    for schema_field in schema.fields:
        if schema_field.name in roles:
            continue
        restricted = schema_field.constraints.enum is not None
        if (
            schema_field.type not in _SCANNED_TYPES
            or restricted
            or schema_field.name.upper().startswith("COLL_")
        ):
            roles[schema_field.name] = Role.NOT_PERSONAL
    return roles


_MANDATE = re.compile(
    r"\b(?:maire|adjoint|adjointe|conseiller|conseillere|delegue|deleguee|president|presidente"
    r"|vice president|senateur|depute|elu|elue)\b"
)
_MANDATE_TITLES = frozenset({"fonction", "mandat", "qualite", "delegation", "elu", "elus"})
# Titles that say whose names the table gives: elected officials, or agents acting in their
# function in the acts the commune publishes (« nom_elu », « Rapporteur », « Signataire »).
OFFICIALS_TITLES = word_set(
    """elu elue elus elues maire adjoint adjointe adjoints conseiller conseillere
    conseillers senateur senatrice senateurs depute deputee deputes parlementaire
    parlementaires rapporteur rapporteurs signataire signataires"""
)
_PLACE_TITLES = word_set(
    """equipement salle batiment site etablissement lieu ecole gymnase stade bibliotheque
    mediatheque piscine parc cimetiere installation"""
)


def lists_elected_officials(labels: Sequence[str], samples: Sequence[Sequence[str]]) -> bool:
    """Whether the table lists elected officials in their mandate, or agents in their function.

    Its titles say so (« nom_elu », « Rapporteur »), or a column gives functions (maire…).

    ``samples`` holds some values of each column, in the order of ``labels``.
    """
    if any(set(plain(label).split()) & OFFICIALS_TITLES for label in labels):
        return True
    for label, values in zip(labels, samples, strict=True):
        filled = [plain(value) for value in values if value.strip()]
        if not filled:
            continue
        share = sum(_MANDATE.search(value) is not None for value in filled) / len(filled)
        titled = bool(set(plain(label).split()) & _MANDATE_TITLES)
        if share >= 0.6 or (titled and share >= 0.3):
            return True
    return False


def describes_places(labels: Sequence[str]) -> bool:
    """Whether the table's titles say its rows are places (équipements, salles, sites…)."""
    return any(set(plain(label).split()) & _PLACE_TITLES for label in labels)
