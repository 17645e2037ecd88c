"""Words of the Fichier page: choosing the file, the sheet, the header row, what was left out."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

FILE_PAGE: dict[str, Wording] = {
    "file-step-title": Wording("Votre fichier", "Your file"),
    "file-step-intro": Wording(
        "Choisissez le tableau que vous voulez publier : un classeur Excel (.xlsx, .xls), "
        "LibreOffice (.ods) ou un fichier CSV. DataMairie le lit sans jamais le modifier.",
        "Choose the table you want to publish: an Excel (.xlsx, .xls) or LibreOffice (.ods) "
        "workbook, or a CSV file. DataMairie reads it without ever changing it.",
    ),
    "drop-here": Wording("Déposez votre fichier ici, ou", "Drop your file here, or"),
    "choose-file": Wording("&Choisir un fichier…", "&Choose a file…"),
    "open-dialog-title": Wording("Ouvrir un tableau", "Open a table"),
    "open-dialog-filter": Wording(
        "Tableaux (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Tous les fichiers (*)",
        "Tables (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)",
    ),
    "sheet": Wording("Feuille :", "Sheet:"),
    "sheet-entry": Wording(
        "{name} — {rows} lignes × {columns} colonnes", "{name} — {rows} rows × {columns} columns"
    ),
    "sheet-entry-hidden": Wording("{name} (masquée)", "{name} (hidden)"),
    "sheet-entry-empty": Wording("{name} (vide)", "{name} (empty)"),
    "header-row": Wording("Ligne des titres :", "Header row:"),
    "header-none": Wording("aucune", "none"),
    "summary": Wording(
        "{file} · {format} · {rows} lignes de données, {columns} colonnes",
        "{file} · {format} · {rows} data rows, {columns} columns",
    ),
    "rows-of-sheet": Wording(
        "{rows} lignes de données sur {total} lignes de la feuille",
        "{rows} data rows out of {total} rows of the sheet",
    ),
    "rows-of-file": Wording(
        "{rows} lignes de données sur {total} lignes du fichier",
        "{rows} data rows out of {total} lines of the file",
    ),
    "set-aside-include": Wording("&Inclure", "&Include"),
    "set-aside-exclude": Wording("Laisser de &côté", "&Leave out"),
    "set-aside-included": Wording("{part} — repris comme données", "{part} — taken in as data"),
    "set-aside-button-name": Wording("{action} : {part}", "{action}: {part}"),
    "excluded-title-heading": Wording("Laissé de côté", "Left out"),
    "notices-heading": Wording("À savoir", "Good to know"),
    "excluded-rows": Wording("Ligne {first} : {reason}", "Row {first}: {reason}"),
    "excluded-row-pair": Wording(
        "Lignes {first} et {last} : {reason}", "Rows {first} and {last}: {reason}"
    ),
    "excluded-row-range": Wording(
        "Lignes {first} à {last} : {reason}", "Rows {first} to {last}: {reason}"
    ),
    "excluded-column": Wording("Colonne {column} : {reason}", "Column {column}: {reason}"),
    "step-opening": Wording("Ouverture du fichier…", "Opening the file…"),
    "step-reading": Wording("Lecture du fichier…", "Reading the file…"),
    "step-converting": Wording("Lecture des cellules…", "Reading the cells…"),
    "step-layout": Wording("Recherche du tableau…", "Finding the table…"),
    "step-done": Wording("Lecture terminée", "Reading finished"),
    "cancelled-status": Wording(
        "Lecture annulée. Le fichier n'a pas été modifié.",
        "Reading cancelled. The file was not changed.",
    ),
    "cell-origin": Wording(
        "Feuille « {sheet} », ligne {row}, colonne {column}",
        "Sheet “{sheet}”, row {row}, column {column}",
    ),
    "cell-origin-text": Wording("Ligne {row}, colonne {column}", "Row {row}, column {column}"),
    "empty-state": Wording("Aucun fichier ouvert pour l'instant.", "No file open yet."),
    "preview-name": Wording("Aperçu du tableau", "Table preview"),
    "header-found": Wording(
        "Titres des colonnes lus sur la ligne {row} : {names}",
        "Column titles read on row {row}: {names}",
    ),
    "header-found-none": Wording(
        "Pas de ligne de titres : les colonnes sont nommées {names}",
        "No header row: the columns are named {names}",
    ),
}
