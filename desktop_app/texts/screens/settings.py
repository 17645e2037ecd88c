"""Words of the settings dialog: the commune, the application's language and platform."""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

SETTINGS_DIALOG: dict[str, Wording] = {
    "step-saving-settings": W("Enregistrement des réglages…", "Saving the settings…"),
    "settings-title": W("Réglages", "Settings"),
    "settings-commune": W("Votre commune", "Your commune"),
    "settings-commune-search": W("&Rechercher :", "&Search:"),
    "settings-commune-hint": W("nom, code postal ou code INSEE", "name, postcode or INSEE code"),
    "settings-commune-results": W("Communes trouvées", "Communes found"),
    "settings-commune-item": W("{label}, code INSEE {insee}", "{label}, INSEE code {insee}"),
    "settings-commune-chosen": W("Commune choisie :", "Chosen commune:"),
    "settings-commune-current": W("{name} (code INSEE {insee})", "{name} (INSEE code {insee})"),
    "settings-commune-found": W(
        "{name} ({department}) — code INSEE {insee}, SIREN {siren}, {count} habitants",
        "{name} ({department}) — INSEE code {insee}, SIREN {siren}, {count} inhabitants",
    ),
    "settings-siret-note": W(
        "Le SIRET de la mairie commence par le SIREN de la commune, déjà écrit ; ajoutez les "
        "5 derniers chiffres (sur une fiche de paie, ou sur annuaire-entreprises.data.gouv.fr).",
        "The town hall's SIRET starts with the commune's SIREN, already written; add the last "
        "5 digits (on a payslip, or on annuaire-entreprises.data.gouv.fr).",
    ),
    "settings-commune-none": W(
        "Aucune commune choisie : tapez son nom ou son code postal ci-dessus.",
        "No commune chosen: type its name or postcode above.",
    ),
    "settings-siret": W("&SIRET de la mairie :", "Town hall's &SIRET:"),
    "settings-email": W("&E-mail de contact :", "Contact &e-mail:"),
    "settings-application": W("Application", "Application"),
    "settings-language": W("&Langue :", "&Language:"),
    "settings-language-note": W(
        "Prend effet au prochain démarrage de DataMairie.",
        "Takes effect the next time DataMairie starts.",
    ),
    "settings-platform": W("&Plateforme :", "&Platform:"),
    "settings-platform-demo": W(
        "Démonstration (pour essayer : rien n'y est public)",
        "Demo (to try things: nothing is public)",
    ),
    "settings-platform-www": W(
        "data.gouv.fr (publication réelle)", "data.gouv.fr (real publication)"
    ),
    "settings-platform-note": W(
        "La plateforme de démonstration est une copie de data.gouv.fr faite pour les essais ; "
        "ce qui y est envoyé n'apparaît pas sur data.gouv.fr.",
        "The demo platform is a copy of data.gouv.fr made for trials; what is sent there does "
        "not appear on data.gouv.fr.",
    ),
}
