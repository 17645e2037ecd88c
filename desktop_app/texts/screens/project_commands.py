"""What the project commands print (`project show`, `project update`, `outbox`, `prepare`).

Parameters: ``file`` (a file's name), ``text`` (a title, a label or a sentence), ``version``
(a schema's version), ``count``/``rows`` (numbers), ``value`` (a state or a number),
``names`` (columns or findings), ``column``, ``field``, ``row``, ``before`` (a cell edit),
``first``/``last`` (two dates).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

_PAGES: tuple[tuple[str, str, str], ...] = (
    ("source", "le choix du fichier", "choosing the file"),
    ("schema", "le choix du schéma national", "choosing the national schema"),
    ("mapping", "la correspondance des colonnes", "matching the columns"),
    ("quality", "la vérification des données", "checking the data"),
    ("privacy", "les données personnelles", "personal data"),
    ("description", "la description du jeu de données", "describing the dataset"),
    ("publication", "la publication", "publishing"),
    ("done", "la fin : tout est fait", "the end: everything is done"),
)

_STEPS: tuple[tuple[str, str, str], ...] = (
    ("not-started", "pas encore commencée.", "not started yet."),
    (
        "dataset-chosen",
        "commencée (jeu de données à mettre à jour trouvé), à reprendre.",
        "started (dataset to update found), to resume.",
    ),
    (
        "dataset-created",
        "commencée (jeu de données créé, encore privé), à reprendre.",
        "started (dataset created, still private), to resume.",
    ),
    (
        "file-uploaded",
        "commencée (fichier envoyé), à reprendre.",
        "started (file sent), to resume.",
    ),
    (
        "resource-described",
        "presque finie (fichier envoyé et décrit), à reprendre.",
        "almost finished (file sent and described), to resume.",
    ),
    (
        "dataset-published",
        "faite ; reste à relire ce qui a été publié.",
        "done; what was published remains to be read back.",
    ),
    ("checked", "terminée et vérifiée.", "finished and checked."),
)

_OUTBOX_STATES: tuple[tuple[str, str, str], ...] = (
    ("waiting", "en attente", "waiting"),
    ("interrupted", "interrompue, à reprendre", "interrupted, to resume"),
    ("failed", "arrêtée sur une erreur", "stopped on an error"),
    ("published", "publiée", "published"),
    ("missing", "projet introuvable", "project not found"),
    ("unreadable", "projet illisible", "project unreadable"),
)

PROJECT_REPORT: dict[str, Wording] = {
    **{f"project-page-{key}": Wording(fr, en) for key, fr, en in _PAGES},
    **{f"project-step-{key}": Wording(fr, en) for key, fr, en in _STEPS},
    **{f"outbox-state-{key}": Wording(fr, en) for key, fr, en in _OUTBOX_STATES},
    "project-show-title": Wording("Titre : {text}", "Title: {text}"),
    "project-show-source-unchanged": Wording(
        "Fichier : « {file} », inchangé depuis la préparation du projet.",
        "File: “{file}”, unchanged since the project was prepared.",
    ),
    "project-show-source-changed": Wording(
        "Fichier : « {file} » a été modifié depuis la préparation du projet. Pour publier sa "
        "nouvelle version, préparez la prochaine mise à jour (datamairie project update).",
        "File: “{file}” has changed since the project was prepared. To publish its new "
        "version, prepare the next update (datamairie project update).",
    ),
    "project-show-source-unreadable": Wording(
        "Fichier : « {file} » est bien à sa place mais n'a pas pu être ouvert (peut-être "
        "ouvert dans un autre programme : fermez-le, ou lecture non autorisée) ; la copie "
        "gardée dans le projet sera utilisée en attendant.",
        "File: “{file}” is in its place but could not be opened (maybe open in another "
        "program: close it, or reading not allowed); the copy kept in the project will be "
        "used meanwhile.",
    ),
    "project-show-source-missing": Wording(
        "Fichier : « {file} » n'est plus à son emplacement d'origine ; la copie gardée dans "
        "le projet sera utilisée.",
        "File: “{file}” is no longer where it was; the copy kept in the project will be used.",
    ),
    "project-show-source-not-a-file": Wording(
        "Fichier : à l'emplacement de « {file} » se trouve un dossier, un périphérique ou un "
        "autre fichier spécial, pas un fichier ordinaire : il n'a pas été lu ; la copie "
        "gardée dans le projet sera utilisée.",
        "File: where “{file}” was there is now a folder, a device or another special file, "
        "not an ordinary file: it was not read; the copy kept in the project will be used.",
    ),
    "project-show-schema": Wording(
        "Schéma national : {text} (version {version})",
        "National schema: {text} (version {version})",
    ),
    "project-show-no-schema": Wording(
        "Schéma national : aucun (publication sans schéma)",
        "National schema: none (published without a schema)",
    ),
    "project-show-page": Wording(
        "Étape atteinte dans l'assistant : {text}", "Step reached in the wizard: {text}"
    ),
    "project-show-not-checked": Wording("Vérification : pas encore faite.", "Check: not done yet."),
    "project-show-valid": Wording(
        "Vérification : aucun problème sur {count} lignes.",
        "Check: no problem in {count} rows.",
        "Vérification : aucun problème sur 1 ligne.",
        "Check: no problem in 1 row.",
        count="count",
    ),
    "project-show-problems": Wording(
        "Vérification : {count} problèmes sur {rows} lignes.",
        "Check: {count} problems in {rows} rows.",
        "Vérification : 1 problème sur {rows} lignes.",
        "Check: 1 problem in {rows} rows.",
        count="count",
    ),
    "project-show-edits": Wording("Corrections : {count}", "Corrections: {count}", count="count"),
    "project-show-licence": Wording("Licence : {text}", "Licence: {text}"),
    "project-show-frequency": Wording(
        "Fréquence de mise à jour : {text}", "Update frequency: {text}"
    ),
    "project-show-no-decision": Wording(
        "Données personnelles : aucune décision enregistrée.",
        "Personal data: no decision recorded.",
    ),
    "project-show-decisions": Wording(
        "Données personnelles : {count} décisions",
        "Personal data: {count} decisions",
        "Données personnelles : 1 décision",
        "Personal data: 1 decision",
        count="count",
    ),
    "project-show-decision": Wording(
        "colonne « {column} » ({text}) : {value}", "column “{column}” ({text}): {value}"
    ),
    "project-show-undecided": Wording(
        "{count} {count:repérage|repérages} de données personnelles {count:attend|attendent} "
        "votre décision :",
        "{count} personal-data {count:finding|findings} {count:waits|wait} for your decision:",
    ),
    "project-show-undecided-item": Wording(
        "« {column} » ({text}) : clé {value} ; choix possibles : {allowed} (conseillé : {choice})",
        "“{column}” ({text}): key {value}; possible choices: {allowed} (advised: {choice})",
    ),
    "project-show-how-to-decide": Wording(
        "Décidez de chacun avec « datamairie project decide {file} CLÉ CHOIX » (garder, keep, "
        'demande --justification "la raison"), ou prenez les choix conseillés avec '
        "« datamairie project decide {file} --suggested » ; ou ouvrez le projet dans "
        "l'assistant, à l'étape « Données personnelles ».",
        "Decide on each with “datamairie project decide {file} KEY CHOICE” (keeping, keep, "
        'needs --justification "the reason"), or take the advised choices with '
        "“datamairie project decide {file} --suggested”; or open the project in the wizard, "
        "at the “Personal data” step.",
    ),
    "project-show-decided-recorded": Wording(
        "{count} {count:décision enregistrée|décisions enregistrées}.",
        "{count} {count:decision|decisions} recorded.",
    ),
    "project-show-nothing-to-decide": Wording(
        "Plus aucune donnée personnelle n'attend de décision : le fichier publié appliquera "
        "ces choix.",
        "No personal data waits for a decision any more: the published file will apply these "
        "choices.",
    ),
    "project-show-publication": Wording("Publication : {text}", "Publication: {text}"),
    "project-show-update": Wording(
        "Cette publication mettra à jour le jeu de données déjà publié.",
        "This publication will update the dataset already published.",
    ),
    "project-show-last-error": Wording("Dernière erreur : {text}", "Last error: {text}"),
    "project-show-queued": Wording(
        "Le projet est dans les publications en attente.",
        "The project is among the publications waiting.",
    ),
    "project-show-ready": Wording(
        "La description est prête pour data.gouv.fr.",
        "The description is ready for data.gouv.fr.",
    ),
    "project-show-to-complete": Wording(
        "À revoir avant de publier :", "To look at before publishing:"
    ),
    "project-update-done": Wording(
        "Le projet « {file} » est prêt pour la prochaine mise à jour, avec le fichier « {text} ».",
        "The project “{file}” is ready for the next update, with the file “{text}”.",
    ),
    "project-update-mapping": Wording(
        "Correspondance reprise : {count} champs du schéma remplis comme la dernière fois.",
        "Mapping carried over: {count} schema fields filled as last time.",
        "Correspondance reprise : 1 champ du schéma rempli comme la dernière fois.",
        "Mapping carried over: 1 schema field filled as last time.",
        count="count",
    ),
    "project-update-missing-columns": Wording(
        "Colonnes absentes du nouveau fichier : {names}. Leurs champs restent vides : "
        "choisissez une autre colonne dans l'assistant, ou ajoutez-les au fichier.",
        "Columns missing from the new file: {names}. Their fields stay empty: choose another "
        "column in the wizard, or add them to the file.",
    ),
    "project-update-edits": Wording(
        "Corrections refaites : {count} ({value} cellules modifiées).",
        "Corrections made again: {count} ({value} cells changed).",
    ),
    "project-update-skipped-edit": Wording(
        "Correction non refaite, ligne {row}, champ {field} : la cellule ne contient plus "
        "« {before} ». Vérifiez-la dans l'assistant.",
        "Correction not made again, row {row}, field {field}: the cell no longer holds "
        "“{before}”. Check it in the wizard.",
    ),
    "project-update-decisions": Wording(
        "Décisions sur les données personnelles reprises : {count}.",
        "Personal data decisions carried over: {count}.",
    ),
    "project-update-dropped": Wording(
        "Décisions abandonnées, leur colonne n'étant plus dans le fichier : {names}. "
        "Revoyez les données personnelles dans l'assistant.",
        "Decisions dropped, their column no longer being in the file: {names}. Look at the "
        "personal data again in the wizard.",
    ),
    "project-update-include-ignored": Wording(
        "Les lignes {range}, reprises comme données la dernière fois, ne rencontrent aucune "
        "partie laissée de côté dans ce fichier : rien n'y a été repris, et elles ne sont plus "
        "gardées dans le projet. Vérifiez avec « datamairie inspect » ce que la lecture laisse "
        "de côté, et reprenez-le avec --include si besoin.",
        "Rows {range}, taken in as data last time, meet no part set aside in this file: "
        "nothing was taken back there, and they are no longer kept in the project. Check "
        "with “datamairie inspect” what the reading sets aside, and take it back with "
        "--include if needed.",
        fr_one="La ligne {range}, reprise comme donnée la dernière fois, ne rencontre aucune "
        "partie laissée de côté dans ce fichier : rien n'y a été repris, et elle n'est plus "
        "gardée dans le projet. Vérifiez avec « datamairie inspect » ce que la lecture laisse "
        "de côté, et reprenez-le avec --include si besoin.",
        en_one="Row {range}, taken in as data last time, meets no part set aside in this file: "
        "nothing was taken back there, and it is no longer kept in the project. Check with "
        "“datamairie inspect” what the reading sets aside, and take it back with --include if "
        "needed.",
        count="count",
    ),
    "project-update-coverage": Wording(
        "Période couverte : du {first} au {last}.", "Period covered: from {first} to {last}."
    ),
    "project-update-same-dataset": Wording(
        "La publication mettra à jour le même jeu de données sur data.gouv.fr.",
        "Publishing will update the same dataset on data.gouv.fr.",
    ),
    "project-update-new-dataset": Wording(
        "Le jeu de données n'a pas encore été publié : la publication le créera.",
        "The dataset has not been published yet: publishing will create it.",
    ),
    "outbox-empty": Wording("Aucune publication en attente.", "No publication waiting."),
    "outbox-line": Wording("{text} : {value}", "{text}: {value}"),
    "outbox-conformity-accepted": Wording(
        "non conforme au schéma, publié en le sachant ({count} problèmes restants)",
        "not conforming to the schema, published knowingly ({count} problems left)",
        "non conforme au schéma, publié en le sachant ({count} problème restant)",
        "not conforming to the schema, published knowingly ({count} problem left)",
        "count",
    ),
    "outbox-conformity-problems": Wording(
        "non conforme au schéma ({count} problèmes) : la publication demandera votre accord",
        "not conforming to the schema ({count} problems): publishing will ask you first",
        "non conforme au schéma ({count} problème) : la publication demandera votre accord",
        "not conforming to the schema ({count} problem): publishing will ask you first",
        "count",
    ),
    "prepare-not-written": Wording(
        "Rien n'a été écrit dans « {file} » : {count} données personnelles repérées dans "
        "{names} attendent une décision. Enregistrez un projet (--project), décidez-en "
        "(datamairie project decide ou l'assistant), puis relancez prepare avec ce projet.",
        "Nothing was written to “{file}”: {count} findings of personal data in {names} are "
        "waiting for a decision. Save a project (--project), decide on them (datamairie "
        "project decide or the wizard), then run prepare again with that project.",
        "Rien n'a été écrit dans « {file} » : une donnée personnelle repérée dans {names} "
        "attend une décision. Enregistrez un projet (--project), décidez-en (datamairie "
        "project decide ou l'assistant), puis relancez prepare avec ce projet.",
        "Nothing was written to “{file}”: one finding of personal data in {names} is waiting "
        "for a decision. Save a project (--project), decide on it (datamairie project "
        "decide or the wizard), then run prepare again with that project.",
        "count",
    ),
    "prepare-not-written-project": Wording(
        "Rien n'a été écrit dans « {file} » : {count} données personnelles repérées dans "
        "{names} attendent une décision. Décidez-en dans le projet « {name} » (datamairie "
        "project decide ou l'assistant), puis relancez prepare avec ce projet.",
        "Nothing was written to “{file}”: {count} findings of personal data in {names} are "
        "waiting for a decision. Decide on them in the project “{name}” (datamairie project "
        "decide or the wizard), then run prepare again with that project.",
        "Rien n'a été écrit dans « {file} » : une donnée personnelle repérée dans {names} "
        "attend une décision. Décidez-en dans le projet « {name} » (datamairie project "
        "decide ou l'assistant), puis relancez prepare avec ce projet.",
        "Nothing was written to “{file}”: one finding of personal data in {names} is waiting "
        "for a decision. Decide on it in the project “{name}” (datamairie project "
        "decide or the wizard), then run prepare again with that project.",
        "count",
    ),
    "prepare-carried-edits": Wording(
        "Corrections reprises du projet : {count}",
        "Corrections carried over from the project: {count}",
        count="count",
    ),
    "prepare-skipped-edits": Wording(
        "Corrections non reprises (la cellule ne contient plus la même valeur) : {count}",
        "Corrections not carried over (the cell no longer holds the same value): {count}",
        count="count",
    ),
    "prepare-project-written": Wording("Projet enregistré : {file}", "Project saved: {file}"),
    "prepare-decided": Wording(
        "Décisions sur les données personnelles appliquées : {count}",
        "Decisions on personal data applied: {count}",
        count="count",
    ),
}
