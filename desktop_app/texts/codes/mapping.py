"""What mapping can report: saved mappings that cannot be read, and why a column was chosen.

Written for an agent who knows Excel, not file formats: no jargon, no blame, one clear step.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

MAPPING_ERRORS: dict[str, Wording] = {
    "mapping-not-found": Wording(
        "Le fichier de correspondance « {file} » est introuvable. Vérifiez son emplacement, ou "
        "refaites la correspondance des colonnes dans DataMairie.",
        "The mapping file “{file}” cannot be found. Check where it is, or map the columns "
        "again in DataMairie.",
    ),
    "mapping-damaged": Wording(
        "Le fichier de correspondance est abîmé et ne peut pas être relu. Refaites la "
        "correspondance des colonnes dans DataMairie : elle sera enregistrée de nouveau.",
        "The mapping file is damaged and cannot be read. Map the columns again in DataMairie: "
        "the mapping will be saved anew.",
    ),
    "mapping-not-recognised": Wording(
        "Ce fichier n'est pas une correspondance de colonnes enregistrée par DataMairie.",
        "This file is not a column mapping saved by DataMairie.",
    ),
    "mapping-too-new": Wording(
        "Cette correspondance a été enregistrée par une version plus récente de DataMairie "
        "(format {version}). Mettez DataMairie à jour pour la relire.",
        "This mapping was saved by a newer version of DataMairie (format {version}). Update "
        "DataMairie to read it.",
    ),
    "mapping-unknown-field": Wording(
        "Le schéma n'a pas de champ « {field} ». Vérifiez l'orthographe du nom du champ.",
        "The schema has no field “{field}”. Check the spelling of the field's name.",
    ),
    "mapping-unknown-column": Wording(
        "Le tableau n'a pas de colonne « {column} ». Colonnes du tableau : {columns}.",
        "The table has no column “{column}”. The table's columns: {columns}.",
    ),
    "mapping-bad-constant": Wording(
        "« {text} » ne se lit pas comme CHAMP=VALEUR. Écrivez par exemple "
        "COLL_NOM=Saint-Nizier-du-Moucherotte.",
        "“{text}” does not read as FIELD=VALUE. Write for example "
        "COLL_NOM=Saint-Nizier-du-Moucherotte.",
    ),
    "profile-unreadable": Wording(
        "Le profil de la commune « {file} » ne peut pas être lu. Il doit contenir le nom, le "
        "SIRET et le code INSEE de la commune.",
        "The commune profile “{file}” cannot be read. It must hold the commune's name, SIRET "
        "and INSEE code.",
    ),
    "output-unwritable": Wording(
        "DataMairie n'a pas pu écrire « {file} » (dossier protégé, disque plein, fichier ouvert "
        "dans Excel ?). Choisissez un autre dossier, ou fermez le fichier, puis réessayez.",
        "DataMairie could not write “{file}” (protected folder, full disk, file open in "
        "Excel?). Choose another folder, or close the file, then try again.",
    ),
}

EVIDENCE: dict[str, Wording] = {
    "label-is-field-name": Wording(
        "le titre « {label} » est le nom même du champ",
        "the label “{label}” is the field's very name",
    ),
    "label-matches-name": Wording(
        "le titre « {label} » correspond au nom du champ",
        "the label “{label}” matches the field's name",
    ),
    "label-matches-title": Wording(
        "le titre « {label} » correspond à l'intitulé du champ « {matched} »",
        "the label “{label}” matches the field's title “{matched}”",
    ),
    "label-matches-usual-label": Wording(
        "« {label} » est un titre habituel pour ce champ (« {matched} »)",
        "“{label}” is a usual label for this field (“{matched}”)",
    ),
    "values-fit": Wording(
        "{share} des valeurs ont la forme attendue", "{share} of the values have the expected form"
    ),
    "values-misfit": Wording(
        "seulement {share} des valeurs ont la forme attendue",
        "only {share} of the values have the expected form",
    ),
    "values-vary-for-publisher": Wording(
        "les valeurs changent d'une ligne à l'autre, alors que ce champ est la collectivité "
        "qui publie, la même sur chaque ligne",
        "the values change from row to row, whereas this field is the publishing authority, "
        "the same on every row",
    ),
    "from-commune-profile": Wording(
        "valeur reprise du profil de la commune", "value taken from the commune's profile"
    ),
}
