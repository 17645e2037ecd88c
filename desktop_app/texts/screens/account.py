"""Words of the data.gouv.fr account dialog."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

ACCOUNT_DIALOG: dict[str, Wording] = {
    "account-title": W("Compte data.gouv.fr", "data.gouv.fr account"),
    "account-intro": W(
        "DataMairie publie avec une clé d'API, qui remplace votre mot de passe. Créez-la sur "
        "data.gouv.fr dans « Mon profil », rubrique « Clés d'API », puis collez-la ici. Elle "
        "est vérifiée, puis gardée dans le coffre-fort de Windows (jamais dans un fichier).",
        "DataMairie publishes with an API key, which stands in for your password. Create it "
        "on data.gouv.fr in “My profile”, section “API keys”, then paste it here. It is "
        "checked, then kept in the system's safe (never in a file).",
    ),
    "account-link": W(
        "Ouvrir la page où créer la clé (« Clés d'API »)",
        "Open the page where the key is created (“API keys”)",
    ),
    "account-key": W("&Clé d'API :", "API &key:"),
    "account-key-hint": W("collez la clé ici", "paste the key here"),
    "account-show": W("&Afficher", "&Show"),
    "account-check": W("&Vérifier et enregistrer", "&Check and save"),
    "account-checking": W("Vérification auprès de data.gouv.fr…", "Checking with data.gouv.fr…"),
    "account-saved": W(
        "Clé acceptée : compte de {name}. Elle est gardée dans le coffre-fort du système.",
        "Key accepted: account of {name}. It is kept in the system's safe.",
    ),
    "account-forget": W("&Oublier la clé", "&Forget the key"),
    "account-expired": W(
        "La clé enregistrée a été refusée par data.gouv.fr (expirée ou révoquée). Collez "
        "une nouvelle clé.",
        "The saved key was refused by data.gouv.fr (expired or revoked). Paste a new key.",
    ),
}
