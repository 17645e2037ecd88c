"""The wizard's words: step titles and introductions, buttons, status lines, summaries."""

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
            "DataMairie vérifie chaque cellule selon le schéma. Corrigez ici les cellules en "
            "rouge (double-clic), puis revérifiez. Votre fichier d'origine n'est pas modifié.",
            "DataMairie checks every cell against the schema. Correct the red cells here "
            "(double-click), then check again. Your original file is not changed.",
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
            "Ce que data.gouv.fr affichera de vos données, déjà rédigé à partir du schéma et de "
            "votre commune : relisez-le, complétez-le, puis choisissez la licence.",
            "What data.gouv.fr will show about your data, already written from the schema and "
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
    "details": W("&Détails", "&Details"),
    "cancel-work": W("&Arrêter", "S&top"),
    "progress-name": W("Avancement", "Progress"),
    "work-cancelled": W(
        "Travail arrêté. Rien n'a été modifié ; vous pouvez le relancer.",
        "Work stopped. Nothing was changed; you can start it again.",
    ),
    "yes": W("oui", "yes"),
    "step-catalogue": W("Lecture de la liste des schémas…", "Reading the list of schemas…"),
    "step-schemas": W("Comparaison avec les schémas…", "Comparing with the schemas…"),
    "step-mapping": W("Recherche des correspondances…", "Matching the columns…"),
    "step-validating": W("Vérification des données…", "Checking the data…"),
    "step-exporting": W("Enregistrement de la liste…", "Saving the list…"),
    "preview-name": W("Aperçu du tableau", "Table preview"),
    "header-found": W(
        "Titres des colonnes lus sur la ligne {row} : {names}",
        "Column titles read on row {row}: {names}",
    ),
    "header-found-none": W(
        "Pas de ligne de titres : les colonnes sont nommées {names}",
        "No header row: the columns are named {names}",
    ),
    "home-new": W("&Nouvelle publication", "Ne&w publication"),
    "home-example": W("&Essayer avec un exemple", "&Try with an example"),
    "home-example-note": W(
        "L'exemple est un registre de délibérations avec quelques erreurs, pour découvrir "
        "chaque étape sans risque : rien n'est publié.",
        "The example is a register of council decisions with a few mistakes, to discover "
        "each step safely: nothing is published.",
    ),
    "home-recent": W("Publications récentes", "Recent publications"),
    "home-recent-empty": W("Aucune publication pour l'instant.", "No publication yet."),
    "home-outbox": W("En attente d'envoi", "Waiting to be sent"),
    "home-outbox-empty": W("Rien en attente.", "Nothing waiting."),
    "home-account": W("Compte data.gouv.fr", "data.gouv.fr account"),
    "home-account-none": W(
        "Aucun compte n'est encore relié. Vous le relierez à l'étape « Publication ».",
        "No account is linked yet. You will link it at the “Publication” step.",
    ),
    "schema-search": W("&Rechercher :", "&Search:"),
    "schema-search-hint": W(
        "par exemple : délibérations, subventions, équipements",
        "for example: délibérations, subventions, équipements",
    ),
    "schema-list-name": W("Liste des schémas", "List of schemas"),
    "schema-col-title": W("Schéma", "Schema"),
    "schema-col-reason": W("Pourquoi il est proposé", "Why it is suggested"),
    "schema-pick": W(
        "Choisissez un schéma dans la liste pour voir sa description.",
        "Pick a schema in the list to see its description.",
    ),
    "schema-description-name": W("Description du schéma", "Description of the schema"),
    "schema-without": W("Publier sans s&chéma", "Publish &without a schema"),
    "schema-without-note": W(
        "Sans schéma, les colonnes sont publiées telles quelles, sans vérification.",
        "Without a schema, the columns are published as they are, without checks.",
    ),
    "mapping-table-name": W("Correspondance des champs", "Field mapping"),
    "mapping-origin-saved": W(
        "La correspondance enregistrée la dernière fois pour ces colonnes a été appliquée.",
        "The mapping saved last time for these columns was applied.",
    ),
    "mapping-origin-suggested": W(
        "DataMairie propose cette correspondance ; vérifiez-la, surtout les champs en gras.",
        "DataMairie suggests this mapping; check it, especially the fields in bold.",
    ),
    "mapping-origin-changed": W(
        "Correspondance modifiée par vous ; elle sera enregistrée pour la prochaine fois.",
        "Mapping changed by you; it will be saved for next time.",
    ),
    "mapping-missing": W(
        "Champs obligatoires sans colonne : {names}. Ils seront signalés à l'étape Qualité.",
        "Required fields without a column: {names}. They will be reported at the Quality step.",
    ),
    "mapping-combo-name": W("Colonne pour le champ {field}", "Column for field {field}"),
    "map-no-column": W("— aucune colonne —", "— no column —"),
    "map-profile-value": W("Commune : {value}", "Commune: {value}"),
    "map-constant": W("Valeur fixe : {value}", "Fixed value: {value}"),
    "map-unconverted": W(
        "{count} valeurs laissées telles quelles",
        "{count} values left as written",
        "{count} valeur laissée telle quelle",
        "{count} value left as written",
        "count",
    ),
    "map-col-field": W("Champ", "Field"),
    "map-col-required": W("Obligatoire", "Required"),
    "map-col-column": W("Colonne de votre fichier", "Column of your file"),
    "map-col-confidence": W("Confiance", "Confidence"),
    "map-col-samples": W("Exemples après conversion", "Samples after conversion"),
    "map-col-conversion": W("Conversion appliquée", "Conversion applied"),
}

QUALITY: dict[str, Wording] = {
    "quality-summary": W(
        "{count} problèmes dans {rows} lignes (sur {total}).",
        "{count} problems in {rows} rows (out of {total}).",
        "{count} problème dans {rows} ligne (sur {total}).",
        "{count} problem in {rows} row (out of {total}).",
        "count",
    ),
    "quality-none": W(
        "Aucun problème : les {rows} lignes sont conformes au schéma.",
        "No problem: the {rows} rows conform to the schema.",
    ),
    "quality-stale": W(
        "Vous avez corrigé des cellules : cliquez sur « Revérifier » pour continuer.",
        "You corrected cells: click “Check again” to go on.",
    ),
    "quality-groups": W("Problèmes par sorte", "Problems by kind"),
    "quality-group": W(
        "{column} : {count} cellules",
        "{column}: {count} cells",
        "{column} : {count} cellule",
        "{column}: {count} cell",
        "count",
    ),
    "quality-whole-row": W("ligne entière", "whole row"),
    "quality-chart": W("Problèmes par colonne", "Problems per column"),
    "quality-only-problems": W("&Lignes avec problèmes seulement", "&Only rows with problems"),
    "quality-undo": W("&Défaire", "&Undo"),
    "quality-redo": W("Re&faire", "Re&do"),
    "quality-fix": W("&Corriger automatiquement", "&Fix automatically"),
    "quality-fix-count": W(
        "&Corriger automatiquement ({count} cellules)",
        "&Fix automatically ({count} cells)",
        "&Corriger automatiquement ({count} cellule)",
        "&Fix automatically ({count} cell)",
        "count",
    ),
    "quality-recheck": W("&Revérifier", "&Check again"),
    "quality-export": W("E&xporter la liste…", "E&xport the list…"),
    "quality-table": W("Données à publier", "Data to publish"),
    "quality-cell-panel": W("Cellule choisie", "Selected cell"),
    "quality-cell-none": W("Aucun problème dans cette cellule.", "No problem in this cell."),
    "undo-edit": W("correction d'une cellule de {field}", "correction of a cell of {field}"),
    "undo-fixes": W(
        "{count} corrections automatiques",
        "{count} automatic fixes",
        "{count} correction automatique",
        "{count} automatic fix",
        "count",
    ),
    "export-dialog-title": W("Enregistrer la liste des problèmes", "Save the list of problems"),
    "export-dialog-filter": W("Classeur Excel (*.xlsx)", "Excel workbook (*.xlsx)"),
    "export-default-name": W("problemes.xlsx", "problems.xlsx"),
    "export-done": W("Liste des problèmes enregistrée : {file}", "List of problems saved: {file}"),
    "export-sheet": W("Problèmes", "Problems"),
    "export-col-row": W("Ligne dans votre fichier", "Row in your file"),
    "export-col-column": W("Colonne", "Column"),
    "export-col-field": W("Champ du schéma", "Schema field"),
    "export-col-value": W("Valeur", "Value"),
    "export-col-problem": W("Problème et correction", "Problem and how to fix it"),
}
