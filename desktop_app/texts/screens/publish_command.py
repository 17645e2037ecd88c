"""What `datamairie publish` prints once it has run: where it went, how far."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

PUBLISH_COMMAND: dict[str, Wording] = {
    "publish-page": Wording("Page du jeu de données : {value}", "The dataset's page: {value}"),
    "publish-plan-unreadable": Wording(
        "Le fichier de publication « {file} » est introuvable ou illisible.",
        "The publication file “{file}” cannot be found or read.",
    ),
    "publish-plan-unwritable": Wording(
        "L'avancement de la publication n'a pas pu être enregistré dans « {file} ». Vérifiez "
        "que le dossier n'est pas en lecture seule.",
        "The publication's progress could not be saved in “{file}”. Check that the folder is "
        "not read-only.",
    ),
    "publish-done-dataset-chosen": Wording(
        "Jeu de données à mettre à jour trouvé", "Dataset to update found"
    ),
    "publish-done-dataset-created": Wording(
        "Jeu de données créé (privé)", "Dataset created (private)"
    ),
    "publish-done-file-uploaded": Wording("Fichier envoyé", "File sent"),
    "publish-done-resource-described": Wording(
        "Titre, description et schéma du fichier enregistrés",
        "File title, description and schema saved",
    ),
    "publish-done-dataset-published": Wording(
        "Description du jeu de données mise à jour", "Dataset description updated"
    ),
    "publish-done-checked": Wording(
        "Publication relue et conforme", "Publication read back and as planned"
    ),
    "publish-done-not-started": Wording("Rien n'a encore été envoyé", "Nothing sent yet"),
}
