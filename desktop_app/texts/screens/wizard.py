"""The wizard's own words: step titles and introductions, the side list, progress, cancel."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

_STEPS: dict[str, tuple[Wording, Wording, Wording]] = {
    # key: (short name in the side list, page title, introduction)
    "welcome": (
        W("Accueil", "Welcome"),
        W("Bienvenue dans DataMairie", "Welcome to DataMairie"),
        W(
            "Publiez un tableau de la commune sur data.gouv.fr en quelques étapes. "
            "Rien n'est envoyé avant la dernière étape, et votre fichier n'est jamais modifié.",
            "Publish one of the commune's tables on data.gouv.fr in a few steps. Nothing is "
            "sent before the last step, and your file is never changed.",
        ),
    ),
    "file": (
        W("Fichier", "File"),
        W("Votre fichier", "Your file"),
        W(
            "Choisissez le tableau à publier : Excel (.xlsx, .xls), LibreOffice (.ods) ou CSV. "
            "Vérifiez la ligne des titres et ce qui a été laissé de côté.",
            "Choose the table to publish: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. "
            "Check the header row and what was left out.",
        ),
    ),
    "schema": (
        W("Schéma", "Schema"),
        W("Le schéma national", "The national schema"),
        W(
            "Un schéma décrit les colonnes attendues pour un type de données (délibérations, "
            "subventions…). Les schémas qui ressemblent le plus à votre fichier sont en tête.",
            "A schema describes the columns expected for one kind of data (council decisions, "
            "grants…). The schemas closest to your file come first.",
        ),
    ),
    "mapping": (
        W("Correspondance", "Mapping"),
        W("Correspondance des colonnes", "Matching the columns"),
        W(
            "Pour chaque champ du schéma, la colonne de votre fichier qui le remplit. Les champs "
            "obligatoires sont en gras. Changez une colonne avec la liste déroulante.",
            "For each field of the schema, the column of your file that fills it. Required "
            "fields are in bold. Change a column with its drop-down list.",
        ),
    ),
    "quality": (
        W("Qualité", "Quality"),
        W("Vérification des données", "Checking the data"),
        W(
            "DataMairie vérifie chaque cellule selon le schéma. Choisissez un groupe de "
            "problèmes pour le corriger d'un coup, ou corrigez une cellule en rouge "
            "(double-clic). Votre fichier d'origine n'est pas modifié.",
            "DataMairie checks every cell against the schema. Choose a group of problems to "
            "fix it at once, or correct a red cell (double-click). Your original file is not "
            "changed.",
        ),
    ),
    "privacy": (
        W("Données personnelles", "Personal data"),
        W("Données personnelles", "Personal data"),
        W(
            "DataMairie a cherché des données personnelles (noms, e-mails, téléphones…) dans ce "
            "qui sera publié. Pour chaque repérage, choisissez quoi faire : rien n'est publié "
            "avant que chacun soit décidé.",
            "DataMairie looked for personal data (names, e-mails, phones…) in what will be "
            "published. For each finding, choose what to do: nothing is published until each "
            "one is decided.",
        ),
    ),
    "description": (
        W("Description et licence", "Description and licence"),
        W("Description et licence", "Description and licence"),
        W(
            "Ce que data.gouv.fr affichera de vos données, déjà rédigé à partir de vos données "
            "et de votre commune : relisez-le, complétez-le, puis choisissez la licence.",
            "What data.gouv.fr will show about your data, already written from your data and "
            "your commune: read it, complete it, then choose the licence.",
        ),
    ),
    "publication": (
        W("Publication", "Publication"),
        W("Publication", "Publication"),
        W("Envoyer les données sur data.gouv.fr.", "Send the data to data.gouv.fr."),
    ),
    "done": (
        W("Terminé", "Done"),
        W("Terminé", "Done"),
        W("Ce qui a été publié, et la suite.", "What was published, and what comes next."),
    ),
}

WIZARD: dict[str, Wording] = {
    code: wording
    for key, (step, title, intro) in _STEPS.items()
    for code, wording in (
        (f"wizard-{key}-step", step),
        (f"wizard-{key}-title", title),
        (f"wizard-{key}-intro", intro),
    )
}

WIZARD |= {
    "wizard-steps": W("Étapes", "Steps"),
    "wizard-step-skipped": W("sans objet", "not needed"),
    "details": W("&Détails techniques", "Technical &details"),
    "cancel-work": W("&Arrêter", "S&top"),
    "progress-name": W("Avancement", "Progress"),
    "work-cancelled": W(
        "Travail arrêté. Rien n'a été modifié ; vous pouvez le relancer.",
        "Work stopped. Nothing was changed; you can start it again.",
    ),
    "app-title": Wording("DataMairie", "DataMairie"),
    "cancel": Wording("Annuler", "Cancel"),
    "retry": Wording("Réessayer", "Retry"),
}
