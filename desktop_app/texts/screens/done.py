"""Words of the Terminé page: what was published and what comes next."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

DONE_PAGE: dict[str, Wording] = {
    "done-link": W("Voir le jeu de données sur data.gouv.fr", "See the dataset on data.gouv.fr"),
    "done-link-demo": W(
        "Voir le jeu de données sur la plateforme de démonstration",
        "See the dataset on the demonstration platform",
    ),
    "done-link-other": W("Voir le jeu de données sur {host}", "See the dataset on {host}"),
    "done-published": W(
        "Vos données sont publiées sur data.gouv.fr.",
        "Your data is published on data.gouv.fr.",
    ),
    "done-published-demo": W(
        "Vos données sont publiées sur la plateforme de démonstration (demo.data.gouv.fr) — "
        "rien n'est visible sur data.gouv.fr. Pour publier pour de bon, revenez à l'étape "
        "« Publication » et choisissez la plateforme data.gouv.fr.",
        "Your data is published on the demonstration platform (demo.data.gouv.fr) — nothing "
        "is visible on data.gouv.fr. To publish for real, go back to the “Publication” step "
        "and choose the data.gouv.fr platform.",
    ),
    "done-published-other": W(
        "Vos données sont publiées sur {host} — rien n'est visible sur data.gouv.fr.",
        "Your data is published on {host} — nothing is visible on data.gouv.fr.",
    ),
    "done-draft-demo": W(
        "Le brouillon est sur la plateforme de démonstration (demo.data.gouv.fr), privé — "
        "rien n'est visible sur data.gouv.fr.",
        "The draft is on the demonstration platform (demo.data.gouv.fr), private — nothing "
        "is visible on data.gouv.fr.",
    ),
    "done-draft-other": W(
        "Le brouillon est sur {host}, privé — rien n'est visible sur data.gouv.fr.",
        "The draft is on {host}, private — nothing is visible on data.gouv.fr.",
    ),
    "done-draft": W(
        "Le brouillon est sur data.gouv.fr, privé : vous seul (et votre organisation) le "
        "voyez. Revenez à l'étape « Publication » sans cocher « Brouillon » pour le rendre public.",
        "The draft is on data.gouv.fr, private: only you (and your organisation) see it. Go "
        "back to the “Publication” step without ticking “Draft” to make it public.",
    ),
    "done-nothing": W(
        "Rien n'a été publié. Revenez à l'étape « Publication » pour envoyer les données.",
        "Nothing was published. Go back to the “Publication” step to send the data.",
    ),
    "done-summary-box": W("Ce qui a été publié", "What was published"),
    "done-address": W("Adresse", "Address"),
    "done-rows": W("{count} lignes", "{count} rows", "{count} ligne", "{count} row", "count"),
    "done-badge": W(
        "data.gouv.fr vérifie chaque nuit les fichiers par rapport à leur schéma : le badge "
        "« conforme au schéma » apparaîtra sur la page du jeu de données d'ici demain matin. "
        "S'il indique des erreurs, corrigez-les et publiez une mise à jour.",
        "data.gouv.fr checks files against their schema every night: the “conforms to the "
        "schema” badge will appear on the dataset's page by tomorrow morning. If it shows "
        "errors, correct them and publish an update.",
    ),
    "done-badge-problems": W(
        "Publié en le sachant avec {count} problèmes : data.gouv.fr n'affichera pas le badge "
        "« conforme au schéma ». Corrigez-les (étape Qualité, ou dans votre tableur) puis "
        "publiez une mise à jour pour l'obtenir.",
        "Published knowingly with {count} problems: data.gouv.fr will not show the "
        "“conforms to the schema” badge. Correct them (Quality step, or in your spreadsheet) "
        "then publish an update to get it.",
    ),
    "done-badge-none": W(
        "Publié sans schéma : data.gouv.fr n'affichera pas de badge de conformité.",
        "Published without a schema: data.gouv.fr will show no conformity badge.",
    ),
    "done-next-update": W("&Préparer la prochaine mise à jour", "&Prepare the next update"),
    "done-next-update-note": W(
        "La prochaine fois, choisissez le nouveau fichier : la correspondance, les corrections "
        "et la description seront reprises, et ce même jeu de données sera mis à jour.",
        "Next time, choose the new file: the mapping, corrections and description will be "
        "carried over, and this same dataset will be updated.",
    ),
}
