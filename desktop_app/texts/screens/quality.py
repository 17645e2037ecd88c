"""Words of the Qualité page: the problems found, their fixes, the exported list."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

QUALITY: dict[str, Wording] = {
    "quality-summary": W(
        "{count} {count:problème|problèmes} dans {rows} {rows:ligne|lignes} (sur {total}).",
        "{count} {count:problem|problems} in {rows} {rows:row|rows} (out of {total}).",
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
    "step-validating": W("Vérification des données…", "Checking the data…"),
    "step-exporting": W("Enregistrement de la liste…", "Saving the list…"),
}
