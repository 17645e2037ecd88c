"""Words of Accueil: new publication, the example, recent projects, the outbox, the account."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

WELCOME_PAGE: dict[str, Wording] = {
    "home-new": W("&Nouvelle publication", "Ne&w publication"),
    "home-example": W("&Essayer avec un exemple", "&Try with an example"),
    "home-example-note": W(
        "L'exemple est un registre de délibérations avec quelques erreurs, pour découvrir "
        "chaque étape sans risque : rien n'est publié.",
        "The example is a register of council decisions with a few mistakes, to discover "
        "each step safely: nothing is published.",
    ),
    "home-recent": W("Publications récentes", "Recent publications"),
    "home-recent-empty": W("Aucune publication pour l'instant.", "No publication yet."),
    "home-outbox": W("En attente d'envoi", "Waiting to be sent"),
    "home-outbox-empty": W("Rien en attente.", "Nothing waiting."),
    "home-account": W("Compte data.gouv.fr", "data.gouv.fr account"),
    "home-account-none": W(
        "Aucun compte n'est encore relié. Vous le relierez à l'étape « Publication ».",
        "No account is linked yet. You will link it at the “Publication” step.",
    ),
    "home-open": W("&Ouvrir un projet…", "&Open a project…"),
    "home-next-update": W("&Préparer la prochaine mise à jour…", "&Prepare the next update…"),
    "home-settings": W("&Réglages…", "&Settings…"),
    "home-recent-detail": W("{step}, enregistré le {when}", "{step}, saved on {when}"),
    "home-outbox-waiting": W("en attente d'envoi", "waiting to be sent"),
    "home-outbox-interrupted": W("envoi interrompu, à reprendre", "sending stopped, to resume"),
    "home-outbox-failed": W("l'envoi a échoué, à reprendre", "sending failed, to resume"),
    "home-outbox-published": W("publié", "published"),
    "home-outbox-missing": W(
        "projet introuvable (déplacé ou supprimé)", "project not found (moved or deleted)"
    ),
    "home-outbox-unreadable": W("projet illisible", "project unreadable"),
}
