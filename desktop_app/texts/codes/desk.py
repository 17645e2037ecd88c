"""Words of core/desk: refreshing the desk, its statuses, data.gouv.fr's quality criteria.

Parameters: ``file`` (the obligations list), ``value`` (the day the state was read),
``count`` (points out of nine), ``name`` (the missing criteria).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

DESK_CODES: dict[str, Wording] = {
    "desk-refreshing": Wording(
        "Lecture des jeux de données de la commune sur data.gouv.fr…",
        "Reading the commune's datasets on data.gouv.fr…",
    ),
    "desk-obligations-damaged": Wording(
        "La liste des publications attendues ({file}) est abîmée : réinstallez DataMairie.",
        "The list of expected publications ({file}) is damaged: reinstall DataMairie.",
    ),
    "desk-offline": Wording(
        "Pas de connexion à data.gouv.fr : voici l'état relevé le {value}.",
        "No connection to data.gouv.fr: this is the state read on {value}.",
    ),
    "desk-offline-never": Wording(
        "Pas de connexion à data.gouv.fr : les jeux de données seront lus à la prochaine "
        "connexion.",
        "No connection to data.gouv.fr: the datasets will be read at the next connection.",
    ),
    "desk-key-missing": Wording(
        "Aucune clé d'API n'est enregistrée : ajoutez-la à l'étape Publication pour voir les "
        "jeux de données de la commune.",
        "No API key is saved: add it at the Publication step to see the commune's datasets.",
    ),
    "desk-key-refused": Wording(
        "data.gouv.fr refuse la clé d'API enregistrée (expirée ou révoquée) : "
        "enregistrez-en une nouvelle à l'étape Publication.",
        "data.gouv.fr refuses the saved API key (expired or revoked): save a new one at the "
        "Publication step.",
    ),
    "desk-status-published": Wording("publié", "published"),
    "desk-status-late": Wording("en retard", "late"),
    "desk-status-never": Wording("jamais publié", "never published"),
    "desk-status-not-applicable": Wording("ne s'applique pas", "does not apply"),
}

QUALITY_CRITERIA: dict[str, Wording] = {
    "score-score": Wording(
        "Score de qualité data.gouv.fr : {count}/9", "data.gouv.fr quality score: {count}/9"
    ),
    "score-all-met": Wording("tous ses critères sont remplis.", "every criterion is met."),
    "score-license": Wording("une licence", "a licence"),
    "score-temporal_coverage": Wording("la période couverte", "the period covered"),
    "score-spatial": Wording("la couverture géographique", "the geographical coverage"),
    "score-update_frequency": Wording("la fréquence de mise à jour", "the update frequency"),
    "score-update_fulfilled_in_time": Wording(
        "une mise à jour à temps pour la fréquence annoncée",
        "an update on time for the announced frequency",
    ),
    "score-dataset_description_quality": Wording(
        "une description de plus de 100 caractères", "a description longer than 100 characters"
    ),
    "score-has_open_format": Wording(
        "un fichier dans un format ouvert", "a file in an open format"
    ),
    "score-all_resources_available": Wording(
        "tous les fichiers disponibles", "every file available"
    ),
    "score-resources_documentation": Wording(
        "un fichier documenté (avec une description)", "a documented file (with a description)"
    ),
    "score-missing": Wording("Il manque : {name}.", "Missing: {name}."),
    "score-fix": Wording("Compléter", "Fill in"),
}
