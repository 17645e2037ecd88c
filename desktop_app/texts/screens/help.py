"""Words of the help dialog and of the window shown after a crash."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

HELP_AND_CRASH: dict[str, Wording] = {
    "help-button": W("&Aide", "&Help"),
    "help-title": W("Aide de DataMairie", "DataMairie help"),
    "help-open-logs": W("Ouvrir le dossier du &journal", "Open the &log folder"),
    "help-log-note": W(
        "En cas de problème, l'assistance peut vous demander le journal : {log}",
        "If something goes wrong, support may ask for the log: {log}",
    ),
    "help-missing": W(
        "Le guide n'a pas été trouvé dans cette installation. Réinstallez DataMairie.",
        "The guide was not found in this installation. Reinstall DataMairie.",
    ),
    "crash-title": W("DataMairie a rencontré un problème", "DataMairie ran into a problem"),
    "crash-message": W(
        "Un problème inattendu est survenu. Votre fichier n'a pas été modifié et le projet "
        "enregistré jusqu'ici est conservé. Fermez DataMairie puis rouvrez-le ; si le problème "
        "revient, envoyez à l'assistance le fichier journal :\n{log}",
        "An unexpected problem occurred. Your file was not changed and the project saved so "
        "far is kept. Close DataMairie and open it again; if the problem comes back, send "
        "the log file to support:\n{log}",
    ),
}
