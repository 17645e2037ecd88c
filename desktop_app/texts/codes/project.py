"""Words for the codes of core/project: a project file that cannot be read, written or published.

Parameters: ``file`` (a file's name), ``version`` (a format version), ``count`` (a number).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

PROJECT_ERRORS: dict[str, Wording] = {
    "project-not-conforming": Wording(
        "Les données de ce projet ne sont pas conformes à leur schéma : {count} problèmes dans "
        "{rows} lignes sur {total}. Publiées ainsi, data.gouv.fr n'affichera pas le badge de "
        "conformité au schéma. Corrigez-les dans DataMairie, à l'étape « Qualité » ; ou, si "
        "vous publiez en le sachant, relancez la commande avec --accept-problems.",
        "This project's data does not conform to its schema: {count} problems in {rows} rows "
        "out of {total}. Published as it is, data.gouv.fr will not show the schema's "
        'conformity badge. Fix them in DataMairie, at the "Quality" step; or, if you publish '
        "knowingly, run the command again with --accept-problems.",
    ),
    "project-not-ready-privacy": Wording(
        "Ce projet ne peut pas encore être publié : {count} {count:repérage|repérages} de "
        "données personnelles {count:attend|attendent} votre décision. « datamairie project "
        "show {file} » les liste avec leurs clés et leurs choix possibles ; décidez-en avec "
        "« datamairie project decide {file} CLÉ CHOIX » (ou --suggested pour les choix "
        "conseillés), puis relancez la publication. Vous pouvez aussi ouvrir le projet dans "
        "DataMairie, à l'étape « Données personnelles ».",
        "This project cannot be published yet: {count} personal-data "
        "{count:finding waits|findings wait} for your decision. “datamairie project show "
        "{file}” lists them with their keys and possible choices; decide on them with "
        "“datamairie project decide {file} KEY CHOICE” (or --suggested for the advised "
        "choices), then publish again. You can also open the project in DataMairie, at the "
        "“Personal data” step.",
    ),
    "project-not-ready-metadata": Wording(
        "Ce projet ne peut pas encore être publié : la description compte {count} point(s) "
        "que data.gouv.fr refuserait. Ouvrez le projet dans DataMairie, à l'étape "
        "« Description et licence », et complétez ce qui est signalé.",
        "This project cannot be published yet: its description has {count} point(s) "
        'data.gouv.fr would refuse. Open the project in DataMairie, at the "Description and '
        'licence" step, and complete what is pointed out.',
    ),
    "project-schema-unavailable": Wording(
        "Ce projet suit la version {version} du schéma « {name} », que cette installation de "
        "DataMairie ne connaît pas (le projet a sans doute été préparé avec une version plus "
        "récente). Installez la dernière version de DataMairie, puis ouvrez de nouveau le "
        "projet : il n'a pas été modifié.",
        "This project follows version {version} of the schema “{name}”, which this "
        "installation of DataMairie does not know (the project was probably prepared with a "
        "newer version). Install the latest DataMairie, then open the project again: it was "
        "not changed.",
    ),
    "project-too-new": Wording(
        "Ce projet a été enregistré par une version plus récente de DataMairie (format "
        "{version}). Cette version ne peut pas le lire sans risquer de l'abîmer : installez la "
        "dernière version de DataMairie, puis ouvrez-le de nouveau.",
        "This project was saved by a newer version of DataMairie (format {version}). This "
        "version cannot read it without risking damage: install the latest DataMairie, then "
        "open it again.",
    ),
    "project-not-recognised": Wording(
        "Le fichier « {file} » n'est pas un projet DataMairie. Ouvrez un fichier dont le nom "
        "se termine par .datamairie.",
        "The file “{file}” is not a DataMairie project. Open a file whose name ends with "
        ".datamairie.",
    ),
    "project-damaged": Wording(
        "Le projet « {file} » est abîmé et ne peut pas être lu : DataMairie n'en publie rien, "
        "pour ne jamais créer un second jeu de données à côté d'un jeu déjà publié. S'il a été "
        "copié depuis une clé USB ou un courriel, copiez-le de nouveau ; sinon, vérifiez sur "
        "data.gouv.fr ce qui a déjà été publié, puis recommencez à partir du fichier d'origine "
        "(en choisissant la mise à jour de ce jeu de données s'il existe).",
        "The project “{file}” is damaged and cannot be read: DataMairie publishes nothing from "
        "it, so as never to create a second dataset beside one already published. If it was "
        "copied from a USB key or an e-mail, copy it again; otherwise, check on data.gouv.fr "
        "what was already published, then start again from the original file (choosing to "
        "update that dataset if it exists).",
    ),
    "project-not-found": Wording(
        "Le projet « {file} » est introuvable. Il a peut-être été déplacé ou supprimé : "
        "cherchez-le dans vos dossiers puis ouvrez-le depuis son nouvel emplacement.",
        "The project “{file}” cannot be found. It may have been moved or deleted: look for "
        "it in your folders, then open it from its new place.",
    ),
    "project-unwritable": Wording(
        "Le projet « {file} » n'a pas pu être enregistré : le dossier est peut-être en lecture "
        "seule, plein, ou le fichier est ouvert ailleurs. La version précédente est intacte. "
        "Enregistrez-le dans un autre dossier, par exemple Documents.",
        "The project “{file}” could not be saved: the folder may be read-only or full, or the "
        "file is open elsewhere. The previous version is intact. Save it in another folder, "
        "such as Documents.",
    ),
    "project-source-not-a-file": Wording(
        "« {file} » n'est pas un fichier ordinaire (c'est un dossier, un périphérique ou un "
        "autre fichier spécial) : DataMairie ne le lit pas. Choisissez le fichier du tableur "
        "lui-même.",
        "“{file}” is not an ordinary file (it is a folder, a device or another special "
        "file): DataMairie does not read it. Choose the spreadsheet file itself.",
    ),
    "project-checking-source": Wording(
        "Vérification du fichier d'origine…", "Checking the original file…"
    ),
    "project-source-unreadable": Wording(
        "Le fichier « {file} » n'a pas pu être lu pour être joint au projet. Vérifiez qu'il "
        "existe toujours et qu'il n'est pas ouvert dans un autre logiciel, puis recommencez.",
        "The file “{file}” could not be read to be kept in the project. Check that it still "
        "exists and is not open in another program, then try again.",
    ),
    "project-update-no-schema": Wording(
        "Le projet « {file} » ne suit pas de schéma national : sa prochaine mise à jour se "
        "prépare dans l'assistant, en rouvrant le projet puis en choisissant le nouveau fichier.",
        "The project “{file}” follows no national schema: prepare its next update in the "
        "wizard, by opening the project again and choosing the new file.",
    ),
    "project-needs-output": Wording(
        "Indiquez où écrire le résultat : --out FICHIER.csv, --project PROJET.datamairie, "
        "ou les deux.",
        "Say where to write the result: --out FILE.csv, --project PROJECT.datamairie, or both.",
    ),
    "output-is-source": Wording(
        "{option} désigne le fichier lu, « {file} » : l'écrire le remplacerait et ses données "
        "seraient perdues. Rien n'a été écrit. Indiquez un autre nom de fichier pour {option}.",
        "{option} names the file being read, “{file}”: writing it would replace it and its data "
        "would be lost. Nothing was written. Give {option} another file name.",
    ),
    "outbox-unwritable": Wording(
        "La liste des publications en attente n'a pas pu être enregistrée dans « {folder} » "
        "(disque plein, ou dossier en lecture seule ?). Libérez de la place ou demandez "
        "l'accès à ce dossier, puis réessayez : votre projet, lui, est bien enregistré.",
        "The list of pending publications could not be saved in “{folder}” (disk full, or a "
        "read-only folder?). Free some space or ask for access to that folder, then try again: "
        "your project itself is saved.",
    ),
    "outbox-damaged": Wording(
        "La liste des publications en attente (« {file} ») est abîmée. Les projets eux-mêmes "
        "ne sont pas touchés : rouvrez-les et choisissez de nouveau « Publier plus tard ».",
        "The list of publications waiting (“{file}”) is damaged. The projects themselves are "
        "untouched: open them again and choose “Publish later” once more.",
    ),
    "outbox-too-new": Wording(
        "La liste des publications en attente vient d'une version plus récente de DataMairie "
        "(format {version}). Installez la dernière version de DataMairie.",
        "The list of publications waiting comes from a newer version of DataMairie (format "
        "{version}). Install the latest DataMairie.",
    ),
}
