"""Words of the Schéma page: the catalogue, why a schema is suggested, publishing without one."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

SCHEMA_PAGE: dict[str, Wording] = {
    "step-catalogue": W("Lecture de la liste des schémas…", "Reading the list of schemas…"),
    "step-schemas": W("Comparaison avec les schémas…", "Comparing with the schemas…"),
    "schema-search": W("&Rechercher :", "&Search:"),
    "schema-search-hint": W(
        "par exemple : délibérations, subventions, équipements",
        "for example: délibérations, subventions, équipements",
    ),
    "schema-list-name": W("Liste des schémas", "List of schemas"),
    "schema-col-title": W("Schéma", "Schema"),
    "schema-col-reason": W("Pourquoi il est proposé", "Why it is suggested"),
    "schema-pick": W(
        "Choisissez un schéma dans la liste pour voir sa description.",
        "Pick a schema in the list to see its description.",
    ),
    "schema-description-name": W("Description du schéma", "Description of the schema"),
    "schema-without": W("Publier sans s&chéma", "Publish &without a schema"),
    "schema-without-note": W(
        "Sans schéma, les colonnes sont publiées telles quelles, sans vérification.",
        "Without a schema, the columns are published as they are, without checks.",
    ),
    "columns-recognised": Wording(
        "{recognised} colonnes sur {total} reconnues",
        "{recognised} of {total} columns recognised",
        fr_one="{recognised} colonne sur {total} reconnue",
        en_one="{recognised} of {total} columns recognised",
        count="recognised",
    ),
}
