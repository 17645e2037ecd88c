"""Words of the drafts: the list on Accueil, « Enregistrer sous… », resuming after a crash."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

DRAFTS: dict[str, Wording] = {
    "drafts-box": W("Brouillons enregistrés automatiquement", "Drafts saved automatically"),
    "drafts-note": W(
        "Chaque travail commencé est gardé ici, sans rien vous demander, à chaque « Suivant ». "
        "Un brouillon contient une copie de votre fichier, données personnelles comprises : "
        "supprimez ceux dont vous n'avez plus besoin. Ceux qui ne sont pas modifiés pendant "
        "30 jours sont effacés.",
        "Each piece of work you start is kept here, without asking, at each “Next”. A draft "
        "holds a copy of your file, personal data included: delete those you no longer "
        "need. Those not changed for 30 days are erased.",
    ),
    "drafts-empty": W("Aucun brouillon.", "No draft."),
    "drafts-item": W("{name} — modifié le {when}", "{name} — changed on {when}"),
    "drafts-list": W("Liste des brouillons", "List of drafts"),
    "drafts-resume": W("&Reprendre", "&Resume"),
    "drafts-delete": W("&Supprimer", "&Delete"),
    "save-as": W("Enregistrer &sous…", "Sa&ve as…"),
    "resume-title": W("Reprendre votre travail ?", "Resume your work?"),
    "resume-question": W(
        "DataMairie s'est arrêté avant la fin de votre dernier travail (« {name} »). "
        "Voulez-vous le reprendre là où vous en étiez ?",
        "DataMairie stopped before the end of your last work (“{name}”). Do you want to "
        "resume it where you were?",
    ),
    "resume-yes": W("&Reprendre", "&Resume"),
    "resume-later": W("&Plus tard", "&Later"),
    "resume-later-note": W(
        "Il reste dans les brouillons de la page d'accueil.",
        "It stays among the drafts on the welcome page.",
    ),
    "quit-kept-draft": W(
        "Votre travail est gardé en brouillon (« {name} »), jusqu'à la dernière étape validée "
        "par « Suivant » : vous le retrouverez sur la page d'accueil, dans « Brouillons ». Un "
        "brouillon non modifié pendant 30 jours est effacé.",
        "Your work is kept as a draft (“{name}”), up to the last step confirmed with “Next”: "
        "you will find it on the welcome page, under “Drafts”. A draft not changed for "
        "30 days is erased.",
    ),
}
