"""Words of the question asked before the window closes, saying what the agent keeps."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

WINDOW_CLOSING: dict[str, Wording] = {
    "quit-title": W("Quitter DataMairie ?", "Quit DataMairie?"),
    "quit-question": W("Voulez-vous fermer DataMairie ?", "Do you want to close DataMairie?"),
    "quit-leave": W("&Quitter", "&Quit"),
    "quit-stay": W("&Continuer mon travail", "&Keep working"),
    "quit-kept-project": W(
        "Votre travail est enregistré dans le projet « {name} » (dossier {folder}), jusqu'à "
        "la dernière étape validée par « Suivant » : vous le retrouverez sur la page "
        "d'accueil, dans « Publications récentes ».",
        "Your work is saved in the project “{name}” (folder {folder}), up to the last step "
        "confirmed with “Next”: you will find it on the welcome page, under “Recent "
        "publications”.",
    ),
    "quit-kept-sample": W(
        "C'est l'exemple fourni avec DataMairie : rien n'est gardé, et vous pourrez le "
        "reprendre à tout moment avec « Essayer avec un exemple ».",
        "This is the example that comes with DataMairie: nothing is kept, and you can start "
        "it again at any time with “Try with an example”.",
    ),
    "quit-kept-nothing": W(
        "Ce travail n'est enregistré dans aucun projet : ce que vous avez fait depuis le "
        "choix du fichier sera perdu. Votre fichier d'origine, lui, n'a pas été modifié.",
        "This work is not saved in any project: what you did since choosing the file will "
        "be lost. Your original file has not been changed.",
    ),
}
