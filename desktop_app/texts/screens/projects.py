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
    "project-source-changed": W(
        "Votre fichier « {name} » a été modifié depuis l'enregistrement du projet. DataMairie "
        "reprend la copie gardée dans le projet, telle que vous l'aviez préparée : vos "
        "corrections et vos décisions s'appliquent à elle. Pour publier le fichier modifié, "
        "choisissez « Préparer la prochaine mise à jour » sur la page d'accueil.",
        "Your file “{name}” was changed since the project was saved. DataMairie takes the "
        "copy kept in the project, as you prepared it: your corrections and decisions apply "
        "to it. To publish the changed file, choose “Prepare the next update” on the home page.",
    ),
    "project-source-locked": W(
        "Votre fichier « {name} » est bien à sa place, mais DataMairie n'a pas pu l'ouvrir : "
        "il est peut-être ouvert dans un autre programme (fermez-le), ou vous n'avez pas le "
        "droit de le lire. En attendant, DataMairie reprend la copie gardée dans le projet, "
        "telle que vous l'aviez préparée.",
        "Your file “{name}” is still in its place, but DataMairie could not open it: it may be "
        "open in another program (close it), or you may not be allowed to read it. Meanwhile, "
        "DataMairie takes the copy kept in the project, as you prepared it.",
    ),
    "project-source-missing": W(
        "Votre fichier « {name} » n'est plus à l'endroit où il était. DataMairie reprend la "
        "copie gardée dans le projet, telle que vous l'aviez préparée.",
        "Your file “{name}” is no longer where it was. DataMairie takes the copy kept in the "
        "project, as you prepared it.",
    ),
}
