"""Words of the Données personnelles and Description et licence steps, projects and settings.

Parameters: ``kind`` (a category of personal data), ``count``/``total``/``rows`` (numbers),
``choice`` (a remedy), ``row`` (a line of the agent's file), ``example`` (a masked value),
``names`` (fields or keywords), ``name``/``insee`` (the commune), ``least`` (a length),
``step`` (a wizard step), ``when`` (a date), ``label`` (a commune and its département).
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
        "{kind}, dans {count} cellules de texte",
        "{kind}, in {count} cells of text",
        "{kind}, dans une cellule de texte",
        "{kind}, in one cell of text",
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
    "privacy-row": W("Ligne {row}", "Row {row}"),
    "step-privacy-scanning": W("Recherche des données personnelles…", "Looking for personal data…"),
    "step-privacy-applying": W("Application de vos décisions…", "Applying your decisions…"),
}

DESCRIPTION_PAGE: dict[str, Wording] = {
    "describe-title": W("&Titre :", "&Title:"),
    "describe-description": W("&Description :", "&Description:"),
    "describe-keywords": W("&Mots-clés :", "&Keywords:"),
    "describe-keywords-hint": W("séparés par des virgules", "separated by commas"),
    "describe-frequency": W("&Fréquence de mise à jour :", "Update &frequency:"),
    "describe-coverage": W("Période couverte :", "Period covered:"),
    "describe-coverage-known": W("&Indiquer la période", "&Give the period"),
    "describe-coverage-start": W("du", "from"),
    "describe-coverage-end": W("au", "to"),
    "describe-coverage-open": W("sans date de fi&n", "no &end date"),
    "describe-coverage-from": W(
        "Calculée à partir des dates du tableau ({names}) ; corrigez-la si besoin.",
        "Worked out from the dates of the table ({names}); correct it if needed.",
    ),
    "describe-zone": W("Couverture géographique :", "Spatial coverage:"),
    "describe-zone-commune": W(
        "Commune de {name} (code INSEE {insee})", "Commune of {name} (INSEE code {insee})"
    ),
    "describe-zone-none": W(
        "Commune non renseignée : choisissez-la dans les réglages (page d'accueil).",
        "Commune not set: choose it in the settings (welcome page).",
    ),
    "describe-licence": W("Licence :", "Licence:"),
    "describe-length": W(
        "{count} caractères (au moins {least} conseillés)",
        "{count} characters (at least {least} advised)",
    ),
    "describe-slugs": W(
        "Enregistrés sur data.gouv.fr ainsi : {names}", "Stored on data.gouv.fr as: {names}"
    ),
    "step-describing": W("Rédaction de la description…", "Writing the description…"),
    "step-communes": W("Lecture de la liste des communes…", "Reading the list of communes…"),
}

PROJECT_PAGES: dict[str, Wording] = {
    "home-open": W("&Ouvrir un projet…", "&Open a project…"),
    "home-next-update": W("&Préparer la prochaine mise à jour…", "&Prepare the next update…"),
    "home-settings": W("&Réglages…", "&Settings…"),
    "home-recent-detail": W("{step}, enregistré le {when}", "{step}, saved on {when}"),
    "home-outbox-waiting": W("en attente d'envoi", "waiting to be sent"),
    "home-outbox-interrupted": W("envoi interrompu, à reprendre", "sending stopped, to resume"),
    "home-outbox-failed": W("l'envoi a échoué, à reprendre", "sending failed, to resume"),
    "home-outbox-published": W("publié", "published"),
    "home-outbox-missing": W(
        "projet introuvable (déplacé ou supprimé)", "project not found (moved or deleted)"
    ),
    "home-outbox-unreadable": W("projet illisible", "project unreadable"),
    "project-dialog-title": W("Enregistrer le projet", "Save the project"),
    "project-dialog-filter": W(
        "Projet DataMairie (*.datamairie)", "DataMairie project (*.datamairie)"
    ),
    "project-open-title": W("Ouvrir un projet", "Open a project"),
    "step-project-saving": W("Enregistrement du projet…", "Saving the project…"),
    "step-project-opening": W("Ouverture du projet…", "Opening the project…"),
    "step-saving-settings": W("Enregistrement des réglages…", "Saving the settings…"),
    "settings-title": W("Réglages", "Settings"),
    "settings-commune": W("Votre commune", "Your commune"),
    "settings-commune-search": W("&Rechercher :", "&Search:"),
    "settings-commune-hint": W("nom, code postal ou code INSEE", "name, postcode or INSEE code"),
    "settings-commune-results": W("Communes trouvées", "Communes found"),
    "settings-commune-item": W("{label}, code INSEE {insee}", "{label}, INSEE code {insee}"),
    "settings-commune-chosen": W("Commune choisie :", "Chosen commune:"),
    "settings-commune-current": W("{name} (code INSEE {insee})", "{name} (INSEE code {insee})"),
    "settings-commune-none": W(
        "Aucune commune choisie : tapez son nom ou son code postal ci-dessus.",
        "No commune chosen: type its name or postcode above.",
    ),
    "settings-siret": W("&SIRET de la mairie :", "Town hall's &SIRET:"),
    "settings-email": W("&E-mail de contact :", "Contact &e-mail:"),
    "settings-application": W("Application", "Application"),
    "settings-language": W("&Langue :", "&Language:"),
    "settings-language-note": W(
        "Prend effet au prochain démarrage de DataMairie.",
        "Takes effect the next time DataMairie starts.",
    ),
    "settings-platform": W("&Plateforme :", "&Platform:"),
    "settings-platform-demo": W(
        "Démonstration (pour essayer : rien n'y est public)",
        "Demo (to try things: nothing is public)",
    ),
    "settings-platform-www": W(
        "data.gouv.fr (publication réelle)", "data.gouv.fr (real publication)"
    ),
    "settings-platform-note": W(
        "La plateforme de démonstration est une copie de data.gouv.fr faite pour les essais ; "
        "ce qui y est envoyé n'apparaît pas sur data.gouv.fr.",
        "The demo platform is a copy of data.gouv.fr made for trials; what is sent there does "
        "not appear on data.gouv.fr.",
    ),
}
