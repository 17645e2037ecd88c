"""Words of the Données personnelles page.

Parameters: ``kind`` (a category of personal data), ``count``/``total``/``rows`` (numbers),
``choice`` (a remedy), ``row`` (a line of the agent's file), ``example`` (a masked value).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

PRIVACY_PAGE: dict[str, Wording] = {
    "privacy-col-column": W("Colonne", "Column"),
    "privacy-col-category": W("Ce qui a été trouvé", "What was found"),
    "privacy-col-confidence": W("Certitude", "Certainty"),
    "privacy-col-examples": W("Exemples (masqués)", "Examples (masked)"),
    "privacy-col-decision": W("Votre décision", "Your decision"),
    "privacy-scope-column": W("{kind}, dans toute la colonne", "{kind}, in the whole column"),
    "privacy-scope-cells": W(
        "{kind}, dans {count} cellules",
        "{kind}, in {count} cells",
        "{kind}, dans une cellule",
        "{kind}, in one cell",
        "count",
    ),
    "privacy-scope-rows": W(
        "{kind}, sur {count} lignes",
        "{kind}, on {count} rows",
        "{kind}, sur une ligne",
        "{kind}, on one row",
        "count",
    ),
    "privacy-undecided-short": W("À décider", "To decide"),
    "privacy-decide": W("Que faire de ces données ?", "What to do with this data?"),
    "privacy-cells": W("Cellules repérées", "Cells found"),
    "privacy-choices": W("Votre choix", "Your choice"),
    "privacy-threshold": W("&Seuil :", "&Threshold:"),
    "privacy-justification": W("&Pourquoi les garder :", "&Why keep them:"),
    "privacy-justification-hint": W(
        "choisissez une raison, ou écrivez-la", "pick a reason, or type it"
    ),
    "privacy-pick": W(
        "Choisissez un repérage dans la liste pour décider ce qu'il faut en faire.",
        "Pick a finding in the list to decide what to do with it.",
    ),
    "privacy-suggested": W("{choice} (conseillé)", "{choice} (advised)"),
    "privacy-take-suggested": W("&Appliquer les choix conseillés", "&Take the advised choices"),
    "privacy-table": W("Données personnelles repérées", "Personal data found"),
    "privacy-scanning": W("Recherche des données personnelles…", "Looking for personal data…"),
    "privacy-none": W(
        "Aucune donnée personnelle repérée dans les {rows} lignes à publier. Vous pouvez "
        "continuer.",
        "No personal data found in the {rows} rows to publish. You can go on.",
    ),
    "privacy-waiting": W(
        "{count} repérages sur {total} attendent votre décision. Rien n'est publié tant que "
        "chacun n'est pas décidé.",
        "{count} findings out of {total} wait for your decision. Nothing is published until "
        "each one is decided.",
        "{count} repérage sur {total} attend votre décision. Rien n'est publié tant que "
        "chacun n'est pas décidé.",
        "{count} finding out of {total} waits for your decision. Nothing is published until "
        "each one is decided.",
        "count",
    ),
    "privacy-all-decided": W(
        "Chaque repérage a sa décision. Elles seront appliquées à la copie publiée ; votre "
        "fichier n'est pas modifié.",
        "Every finding has its decision. They will be applied to the published copy; your "
        "file is not changed.",
    ),
    "privacy-cell": W("Ligne {row} : {example}", "Row {row}: {example}"),
    "privacy-preview": W(
        "Le tableau examiné : choisissez une cellule signalée pour la voir ici",
        "The table looked at: pick a flagged cell to see it here",
    ),
    "privacy-decision-reused": W(
        "{choice} (décision reprise de ce projet)", "{choice} (decision reused from this project)"
    ),
    "step-privacy-scanning": W("Recherche des données personnelles…", "Looking for personal data…"),
    "step-privacy-applying": W("Application de vos décisions…", "Applying your decisions…"),
}
