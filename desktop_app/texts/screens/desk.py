"""Words of the commune's data desk (page Accueil and `datamairie desk`).

Parameters: ``name`` (a dataset), ``value`` (a date, a frequency), ``text`` (an age:
"3 mois"), ``count`` (a number).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

DESK_SCREEN: dict[str, Wording] = {
    "desk-title": Wording("Le bureau des données de la commune", "The commune's data desk"),
    "desk-datasets": Wording("Publié sur data.gouv.fr", "Published on data.gouv.fr"),
    "desk-obligations": Wording("Ce que la commune publie", "What the commune publishes"),
    "desk-refreshed": Wording(
        "État relevé sur data.gouv.fr le {value}.", "Read from data.gouv.fr on {value}."
    ),
    "desk-never-refreshed": Wording(
        "Les jeux de données de la commune n'ont pas encore été lus sur data.gouv.fr.",
        "The commune's datasets have not been read from data.gouv.fr yet.",
    ),
    "desk-refresh": Wording("Ac&tualiser", "Re&fresh"),
    "desk-update": Wording("&Mettre à jour", "&Update"),
    "desk-publish": Wording("Pu&blier", "Pu&blish"),
    "desk-update-obligation": Wording("Mettre à &jour", "Up&date"),
    "desk-reminder-update": Wording("Mettre à jour", "Update"),
    "desk-open-page": Wording("&Voir la page", "Open pa&ge"),
    "desk-no-dataset": Wording(
        "Aucun jeu de données publié par la commune pour l'instant.",
        "No dataset published by the commune yet.",
    ),
    "desk-required": Wording("obligatoire", "required"),
    "desk-recommended": Wording("recommandé", "recommended"),
    "desk-due": Wording("à publier avant le {value}", "due by {value}"),
    "desk-population-unknown": Wording(
        "s'applique à partir de {count} habitants", "applies from {count} inhabitants"
    ),
    "desk-population": Wording("Habitants de la commune :", "Inhabitants of the commune:"),
    "desk-population-hint": Wording(
        "Indiquez le nombre d'habitants : certaines obligations ne concernent que les communes "
        "de 3 500 habitants ou plus.",
        "Give the number of inhabitants: some obligations only concern communes of 3,500 "
        "inhabitants or more.",
    ),
    "desk-dataset-line": Wording("mis à jour le {value} · {text}", "updated on {value} · {text}"),
    "desk-draft": Wording("brouillon (non public)", "draft (not public)"),
    "desk-quality": Wording("qualité data.gouv.fr {count}/9", "data.gouv.fr quality {count}/9"),
    "desk-views": Wording(
        "{count} vues", "{count} views", fr_one="{count} vue", en_one="{count} view", count="count"
    ),
    "desk-downloads": Wording(
        "{count} téléchargements",
        "{count} downloads",
        fr_one="{count} téléchargement",
        en_one="{count} download",
        count="count",
    ),
    "desk-reuses": Wording(
        "{count} réutilisations",
        "{count} reuses",
        fr_one="{count} réutilisation",
        en_one="{count} reuse",
        count="count",
    ),
    "desk-views-none": Wording("aucune vue", "no views"),
    "desk-downloads-none": Wording("aucun téléchargement", "no downloads"),
    "desk-reuses-none": Wording("aucune réutilisation", "no reuses"),
    "desk-reminder": Wording(
        "{name} : dernière mise à jour il y a {text} — {value} attendue",
        "{name}: last updated {text} ago — {value} update expected",
    ),
    "desk-age-days": Wording(
        "{count} jours", "{count} days", fr_one="{count} jour", en_one="{count} day", count="count"
    ),
    "desk-age-months": Wording(
        "{count} mois", "{count} months", en_one="{count} month", count="count"
    ),
    "desk-age-years": Wording(
        "{count} ans", "{count} years", fr_one="{count} an", en_one="{count} year", count="count"
    ),
    "desk-cli-refresh-failed": Wording(
        "Les jeux de données n'ont pas pu être relus : {text}",
        "The datasets could not be read again: {text}",
    ),
}
