"""Words for opening and saving project files: dialogs and progress."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

PROJECT_FILES: dict[str, Wording] = {
    "project-dialog-title": W("Enregistrer le projet", "Save the project"),
    "project-dialog-filter": W(
        "Projet DataMairie (*.datamairie)", "DataMairie project (*.datamairie)"
    ),
    "project-open-title": W("Ouvrir un projet", "Open a project"),
    "step-project-saving": W("Enregistrement du projet…", "Saving the project…"),
    "step-project-opening": W("Ouverture du projet…", "Opening the project…"),
}
