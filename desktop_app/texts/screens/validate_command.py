"""What `datamairie validate` (and `prepare`, `privacy`) print for a person.

The Qualité page shares the group headings.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

VALIDATE_COMMAND: dict[str, Wording] = {
    "group-cells": Wording(
        "{count} cellules", "{count} cells", "{count} cellule", "{count} cell", "count"
    ),
    "group-column": Wording("{label} ({field})", "{label} ({field})"),
    "group-whole-row": Wording("ligne entière", "whole row"),
    "group-header": Wording("en-tête", "header"),
    "groups-summary": Wording(
        "{count} problèmes dans {rows} lignes sur {total}, en {groups} groupes (schéma {schema}) :",
        "{count} problems in {rows} rows out of {total}, in {groups} groups (schema {schema}):",
        "{count} problème dans {rows} ligne sur {total} (schéma {schema}) :",
        "{count} problem in {rows} row out of {total} (schema {schema}):",
        "count",
    ),
    "header-matching-with-reading-options": Wording(
        "--header-matching vérifie « {file} » tel quel, ligne 1 comme ligne des titres : "
        "{options} ne peut pas s'y appliquer. Retirez --header-matching pour que le fichier "
        "soit lu avec {options}, puis vérifié, comme dans l'assistant ; ou retirez {options} "
        "pour le vérifier tel quel.",
        "--header-matching checks “{file}” as it is, with row 1 as its labels: {options} "
        "cannot apply to it. Remove --header-matching to have the file read with {options}, "
        "then checked, as in the wizard; or remove {options} to check it as it is.",
    ),
    "validate-conforms": Wording(
        "Le fichier est conforme au schéma {schema} ({rows} lignes).",
        "The file conforms to the schema {schema} ({rows} rows).",
    ),
    "prepare-output": Wording(
        "Fichier à publier : {file} ({rows} lignes, {columns} colonnes)",
        "File to publish: {file} ({rows} rows, {columns} columns)",
    ),
    "prepare-mapping": Wording("Correspondance utilisée : {file}", "Mapping used: {file}"),
    "prepare-values": Wording(
        "Valeurs mises en forme : {changed} ; laissées telles quelles car impossibles à "
        "convertir : {unconverted}",
        "Values put in form: {changed}; left as written because they could not be converted: "
        "{unconverted}",
    ),
    "prepare-missing-required": Wording(
        "Champs obligatoires sans colonne : {fields}", "Required fields without a column: {fields}"
    ),
    "privacy-nothing-found": Wording(
        "Aucune donnée personnelle repérée dans {rows} lignes.",
        "No personal data found in {rows} rows.",
    ),
    "groups-example-empty": Wording("ex. {place}", "e.g. {place}"),
    "groups-example": Wording("ex. {place} : « {value} »", "e.g. {place}: “{value}”"),
}
