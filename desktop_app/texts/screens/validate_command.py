"""What `datamairie validate` prints for a person; the Qualité page shares its group headings."""

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
    "groups-example-empty": Wording("ex. {place}", "e.g. {place}"),
    "groups-example": Wording("ex. {place} : « {value} »", "e.g. {place}: “{value}”"),
}
