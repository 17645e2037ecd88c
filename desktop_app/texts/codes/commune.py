"""Words for the codes of core/commune: the commune's settings and the directory of communes.

Parameters: ``name`` (the commune), ``names`` (candidate communes), ``value``.
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

COMMUNE_ERRORS: dict[str, Wording] = {
    "commune-unknown": Wording(
        "Aucune commune ne s'appelle « {text} » ni n'a ce code postal ou ce code INSEE. "
        "Vérifiez l'orthographe, ou tapez le code postal de la commune.",
        "No commune is called “{text}” or has that postcode or INSEE code. Check the "
        "spelling, or type the commune's postcode.",
    ),
    "commune-ambiguous": Wording(
        "{count} communes répondent à « {text} » : {names}. Précisez le département, ou "
        "donnez le code INSEE de la commune.",
        "{count} communes match “{text}”: {names}. Give the département, or the commune's "
        "INSEE code.",
    ),
    "communes-list-unreadable": Wording(
        "La liste des communes fournie avec DataMairie est abîmée. Réinstallez DataMairie ; "
        "en attendant, saisissez le code INSEE de la commune à la main.",
        "The list of communes shipped with DataMairie is damaged. Reinstall DataMairie; in "
        "the meantime, type the commune's INSEE code by hand.",
    ),
    "profile-damaged": Wording(
        "Le profil de la commune (« {file} ») est abîmé. Saisissez de nouveau le nom, le code "
        "INSEE et le SIRET de la commune dans les réglages.",
        "The commune profile (“{file}”) is damaged. Enter the commune's name, INSEE code and "
        "SIRET again in the settings.",
    ),
    "profile-too-new": Wording(
        "Le profil de la commune (« {file} ») vient d'une version plus récente de DataMairie "
        "(format {version}). Installez la dernière version de DataMairie.",
        "The commune profile (“{file}”) comes from a newer version of DataMairie (format "
        "{version}). Install the latest DataMairie.",
    ),
    "commune-profile-missing": Wording(
        "La commune n'est pas encore renseignée. Donnez-la avec --commune (son nom, son code "
        "postal ou son code INSEE), ou remplissez le profil de la commune dans l'assistant.",
        "The commune is not set yet. Give it with --commune (its name, postcode or INSEE "
        "code), or fill in the commune profile in the wizard.",
    ),
}
