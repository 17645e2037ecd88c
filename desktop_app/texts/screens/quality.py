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
    "quality-share": W(
        "{share} des lignes sont conformes au schéma (avant vos corrections : {share_before}).",
        "{share} of the rows conform to the schema (before your corrections: {share_before}).",
    ),
    "quality-share-first": W(
        "{share} des lignes sont conformes au schéma.", "{share} of the rows conform to the schema."
    ),
    "quality-find-replace": W("Rec&hercher et remplacer…", "Find and re&place…"),
    "quality-fill-down": W("Recopier vers le &bas", "Fill do&wn"),
    "quality-fill-down-tip": W(
        "Chaque colonne choisie prend, jusqu'en bas de la sélection, la valeur de sa première "
        "cellule choisie (Ctrl+D). Ctrl+V colle une valeur dans toute la sélection, ou un bloc "
        "copié depuis le tableur.",
        "Each selected column takes its first selected cell's value down to the end of the "
        "selection (Ctrl+D). Ctrl+V pastes one value into the whole selection, or a block "
        "copied from the spreadsheet.",
    ),
    "group-panel-title": W("Le groupe choisi", "The chosen group"),
    "group-panel-none": W(
        "Choisissez un groupe de problèmes dans la liste : il est expliqué ici, avec ce qui "
        "peut le régler d'un coup.",
        "Choose a group of problems in the list: it is explained here, with what can settle "
        "it at once.",
    ),
    "group-panel-done": W(
        "Aucun problème : il n'y a plus rien à corriger.", "No problem: nothing is left to fix."
    ),
    "group-preview": W("Aperçu de la correction", "Preview of the correction"),
    "group-preview-before": W("Avant", "Before"),
    "group-preview-after": W("Après", "After"),
    "group-no-remedy": W(
        "DataMairie ne peut pas corriger ce groupe à coup sûr : corrigez les cellules dans le "
        "tableau (double-clic, ou Ctrl+V pour coller), ou dans votre tableur puis rouvrez le "
        "fichier.",
        "DataMairie cannot correct this group for certain: correct the cells in the table "
        "(double-click, or Ctrl+V to paste), or in your spreadsheet, then open the file again.",
    ),
    "group-no-column": W(
        "Aucune colonne de votre fichier ne remplit « {field} » : revenez à l'étape "
        "Correspondance (« Précédent ») pour lui en choisir une, ou ajoutez cette colonne dans "
        "votre tableur puis rouvrez le fichier.",
        "No column of your file fills “{field}”: go back to the Mapping step (“Back”) to choose "
        "one for it, or add this column in your spreadsheet, then open the file again.",
    ),
    "remedy-repair-button": W(
        "Appli&quer à {count} {count:cellule|cellules}",
        "Appl&y to {count} {count:cell|cells}",
    ),
    "remedy-confirm-button": W(
        "Confir&mer et appliquer ({count} {count:cellule|cellules})",
        "Confir&m and apply ({count} {count:cell|cells})",
    ),
    "remedy-confirm-note": W(
        "À vérifier avant d'appliquer : DataMairie propose la valeur permise la plus proche de "
        "ce qui est écrit.",
        "Check before applying: DataMairie proposes the allowed value closest to what is written.",
    ),
    "remedy-fill-profile-button": W(
        "Rempl&ir avec « {value} » ({count} {count:cellule|cellules})",
        "F&ill with “{value}” ({count} {count:cell|cells})",
    ),
    "remedy-fill-profile-note": W(
        "Cette valeur vient des réglages de la commune. Elle convient si votre commune est "
        "bien celle qui attribue ou publie ces données.",
        "This value comes from the commune's settings. It fits if your commune is the one "
        "that grants or publishes this data.",
    ),
    "remedy-empty-cells-button": W(
        "&Vider ces cellules ({count})",
        "&Empty these cells ({count})",
    ),
    "remedy-empty-cells-note": W(
        "La colonne est facultative dans le schéma : une cellule vide y est conforme. Seules "
        "les cellules fautives sont vidées ; vous pourrez les remplir plus tard avec les "
        "bonnes valeurs.",
        "The column is optional in the schema: an empty cell conforms there. Only the faulty "
        "cells are emptied; you can fill them later with the right values.",
    ),
    "remedy-replace-button": W("Remplacer", "Replace"),
    "remedy-fill-button": W("Remplir", "Fill"),
    "undo-remedy": W("correction de la colonne {field}", "correction of the column {field}"),
    "undo-replace": W("remplacement dans {field}", "replacement in {field}"),
    "undo-fill-down": W(
        "{count} {count:cellule recopiée|cellules recopiées}",
        "{count} {count:cell filled|cells filled}",
    ),
    "undo-paste": W(
        "{count} {count:cellule collée|cellules collées}",
        "{count} {count:cell pasted|cells pasted}",
    ),
    "gate-title": W("Des problèmes restent", "Problems are left"),
    "gate-problems": W(
        "{count} {count:problème reste|problèmes restent} dans {rows} {rows:ligne|lignes} "
        "sur {total}.",
        "{count} {count:problem is|problems are} left in {rows} {rows:row|rows} out of {total}.",
    ),
    "gate-badge": W(
        "Publié ainsi, le fichier ne sera pas conforme au schéma : data.gouv.fr n'affichera pas "
        "son badge de conformité. Votre choix est enregistré dans le projet, pour ces données "
        "seulement.",
        "Published like this, the file will not conform to the schema: data.gouv.fr will not "
        "show its conformity badge. Your choice is recorded in the project, for this data "
        "only.",
    ),
    "gate-fix": W("&Revenir corriger", "&Go back and fix"),
    "gate-continue": W("&Continuer sans conformité", "&Continue without conformity"),
    "find-title": W("Rechercher et remplacer", "Find and replace"),
    "find-column": W("Colonne", "Column"),
    "find-text": W("Rechercher", "Find"),
    "find-replacement": W("Remplacer par", "Replace with"),
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
