"""Words of the data.gouv.fr account dialog."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

ACCOUNT_DIALOG: dict[str, Wording] = {
    "account-title": W("Compte data.gouv.fr", "data.gouv.fr account"),
    "account-intro": W(
        "DataMairie publie avec une clé d'API, qui remplace votre mot de passe. Créez-la sur "
        "data.gouv.fr dans « Mon profil », rubrique « Clés d'API », puis collez-la ici : "
        "elle est vérifiée avant d'être gardée.",
        "DataMairie publishes with an API key, which stands in for your password. Create it "
        "on data.gouv.fr in “My profile”, section “API keys”, then paste it here: it is "
        "checked before it is kept.",
    ),
    # Where the key is kept, as this computer really does it (CredentialStore.keeper).
    "account-kept-windows": W(
        "La clé est gardée dans le Gestionnaire d'identification de Windows, jamais dans un "
        "fichier.",
        "The key is kept in Windows' Credential Manager, never in a file.",
    ),
    "account-kept-macos": W(
        "La clé est gardée dans le trousseau de macOS, jamais dans un fichier.",
        "The key is kept in the macOS keychain, never in a file.",
    ),
    "account-kept-system": W(
        "La clé est gardée dans le trousseau sécurisé de votre session, jamais dans un fichier.",
        "The key is kept in your session's secure keyring, never in a file.",
    ),
    "account-kept-session": W(
        "Cet ordinateur n'a pas de trousseau sécurisé : la clé ne sera gardée que jusqu'à la "
        "fermeture de DataMairie, jamais dans un fichier.",
        "This computer has no secure keyring: the key will only be kept until DataMairie "
        "closes, never in a file.",
    ),
    "account-offline": W(
        "Pas de connexion à data.gouv.fr pour l'instant : votre compte n'a pas pu être "
        "vérifié, et rien n'a été envoyé. Vous pouvez tout préparer et choisir « Publier plus "
        "tard » : la publication attendra sur la page d'accueil que l'ordinateur soit connecté.",
        "No connection to data.gouv.fr for now: your account could not be checked, and "
        "nothing was sent. You can prepare everything and choose “Publish later”: the "
        "publication will wait on the welcome page until the computer is connected.",
    ),
    "account-key-offline": W(
        "Pas de connexion à data.gouv.fr pour l'instant : la clé n'a pas pu être vérifiée, "
        "elle n'est donc pas enregistrée. Collez-la de nouveau quand l'ordinateur sera "
        "connecté ; en attendant, vous pouvez choisir « Publier plus tard ».",
        "No connection to data.gouv.fr for now: the key could not be checked, so it is not "
        "saved. Paste it again once the computer is connected; meanwhile you can choose "
        "“Publish later”.",
    ),
    "account-no-browser": W(
        "Aucun navigateur ne s'est ouvert. Copiez cette adresse dans votre navigateur :",
        "No browser opened. Copy this address into your browser:",
    ),
    "account-copy-link": W("Co&pier l'adresse", "Co&py the address"),
    "account-link": W(
        "Ouvrir la page où créer la clé (« Clés d'API »)",
        "Open the page where the key is created (“API keys”)",
    ),
    "account-key": W("&Clé d'API :", "API &key:"),
    "account-key-hint": W("collez la clé ici", "paste the key here"),
    "account-show": W("&Afficher", "&Show"),
    "account-check": W("&Vérifier et enregistrer", "&Check and save"),
    "account-checking": W("Vérification auprès de data.gouv.fr…", "Checking with data.gouv.fr…"),
    "account-saved": W("Clé acceptée : compte de {name}.", "Key accepted: account of {name}."),
    "account-forget": W("&Oublier la clé", "&Forget the key"),
    "account-expired": W(
        "La clé enregistrée a été refusée par data.gouv.fr (expirée ou révoquée). Collez "
        "une nouvelle clé.",
        "The saved key was refused by data.gouv.fr (expired or revoked). Paste a new key.",
    ),
}
