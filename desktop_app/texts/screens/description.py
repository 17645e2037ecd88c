"""Words of the Description et licence page.

Parameters: ``names`` (fields or keywords), ``least`` (a length), ``name``/``insee`` (the commune),
``label`` (a commune and its département).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

DESCRIPTION_PAGE: dict[str, Wording] = {
    "describe-title": W("&Titre :", "&Title:"),
    "describe-description": W("&Description :", "&Description:"),
    "describe-keywords": W("&Mots-clés :", "&Keywords:"),
    "describe-keywords-hint": W("séparés par des virgules", "separated by commas"),
    "describe-frequency": W("&Fréquence de mise à jour :", "Update &frequency:"),
    "describe-frequency-search": W(
        "tapez pour chercher (par exemple : mensuelle)", "type to search (for example: monthly)"
    ),
    "describe-coverage": W("Période couverte :", "Period covered:"),
    "describe-coverage-known": W("&Indiquer la période", "&Give the period"),
    "describe-coverage-start": W("du", "from"),
    "describe-coverage-end": W("au", "to"),
    "describe-coverage-open": W("sans date de fi&n", "no &end date"),
    "describe-coverage-from": W(
        "Calculée à partir des dates du tableau ({names}) ; corrigez-la si besoin.",
        "Worked out from the dates of the table ({names}); correct it if needed.",
    ),
    "describe-coverage-none": W(
        "Aucune date lisible dans le tableau : la période est laissée vide. Cochez « Indiquer "
        "la période » pour la donner vous-même.",
        "No readable date in the table: the period is left empty. Tick “Give the period” to "
        "give it yourself.",
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
