"""What `datamairie publish` prints once it has run: where it went, how far."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

# The command line has no field to paste a key into: it says how a script gives it (the
# variable comes first, before the keyring the wizard fills; never an argument).
_HOW_TO_GIVE_FR = (
    "En ligne de commande, donnez-la dans la variable d'environnement DATAMAIRIE_API_KEY "
    "(jamais en argument), ou enregistrez-la une fois dans l'assistant DataMairie, à l'étape "
    "Publication. Pour créer une clé : sur data.gouv.fr, « Mon profil » puis « Clés d'API »."
)
_HOW_TO_GIVE_EN = (
    "On the command line, give it in the DATAMAIRIE_API_KEY environment variable (never as an "
    "argument), or save it once in the DataMairie wizard, at the Publication step. To create "
    "a key: on data.gouv.fr, “My profile” then “API keys”."
)

PUBLISH_COMMAND: dict[str, Wording] = {
    "command-key-missing": Wording(
        f"Aucune clé d'API n'est enregistrée pour cette plateforme. {_HOW_TO_GIVE_FR}",
        f"No API key is saved for this platform. {_HOW_TO_GIVE_EN}",
    ),
    "command-key-invalid": Wording(
        "data.gouv.fr refuse la clé d'API : elle a expiré, a été révoquée ou a été mal copiée. "
        f"Créez-en une nouvelle. {_HOW_TO_GIVE_FR}",
        "data.gouv.fr refuses the API key: it expired, was revoked or was copied wrongly. "
        f"Create a new one. {_HOW_TO_GIVE_EN}",
    ),
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
