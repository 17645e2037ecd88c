"""Words of the Publication page: account, platform, organisation, the preview, sending.

Parameters: ``name`` (an account, an organisation or a dataset), ``value`` (a platform, a
date, a licence), ``file`` (a file's name), ``count`` (rows), ``text`` (a schema's title
and version).
"""

from __future__ import annotations

from desktop_app.texts.wording import Wording

W = Wording

PUBLISHING_PAGE: dict[str, Wording] = {
    "pub-account-box": W("Compte data.gouv.fr", "data.gouv.fr account"),
    "pub-account-none": W(
        "Aucune clé d'API n'est enregistrée pour cette plateforme.",
        "No API key is saved for this platform.",
    ),
    "pub-account-checking": W("Vérification du compte…", "Checking the account…"),
    "pub-account-connected": W("Connecté en tant que {name}.", "Signed in as {name}."),
    "pub-account-button": W("&Compte…", "&Account…"),
    "pub-platform": W("Pla&teforme :", "&Platform:"),
    "pub-platform-demo": W("Démonstration — pour s'entraîner", "Demonstration — to practise"),
    "pub-platform-www": W("data.gouv.fr — publication réelle", "data.gouv.fr — real publication"),
    "pub-platform-other": W("Serveur {value}", "Server {value}"),
    "pub-organization": W("&Organisation :", "&Organisation:"),
    "pub-organization-none": W("— connectez d'abord un compte —", "— sign in first —"),
    "pub-mode-new": W("&Nouveau jeu de données", "&New dataset"),
    "pub-mode-update": W(
        "&Mettre à jour un jeu de données existant :", "&Update an existing dataset:"
    ),
    "pub-datasets-name": W("Jeu de données à mettre à jour", "Dataset to update"),
    "pub-datasets-none": W(
        "— aucun jeu de données de l'organisation avec ce schéma —",
        "— no dataset of the organisation with this schema —",
    ),
    "pub-draft": W(
        "&Brouillon : envoyer sans rendre public (vous le publierez plus tard)",
        "&Draft: send without making it public (you will publish it later)",
    ),
    "pub-preview-box": W("Ce qui sera envoyé", "What will be sent"),
    "pub-preview-name": W("Aperçu de ce qui sera envoyé", "Preview of what will be sent"),
    "pub-preview-missing": W(
        "Les étapes précédentes ne sont pas terminées : revenez en arrière pour préparer "
        "les données.",
        "The previous steps are not finished: go back to prepare the data.",
    ),
    "pub-preview-where": W("Où", "Where"),
    "pub-preview-what": W("Quoi", "What"),
    "pub-row-platform": W("Plateforme", "Platform"),
    "pub-row-organization": W("Organisation", "Organisation"),
    "pub-row-mode": W("Opération", "Operation"),
    "pub-mode-new-text": W("création d'un nouveau jeu de données", "creation of a new dataset"),
    "pub-mode-update-text": W(
        "remplacement du fichier de « {name} » (son adresse ne change pas)",
        "replacement of the file of “{name}” (its address does not change)",
    ),
    "pub-row-visibility": W("Visibilité", "Visibility"),
    "pub-visibility-public": W("public", "public"),
    "pub-visibility-draft": W("privé (brouillon)", "private (draft)"),
    "pub-row-file": W("Fichier", "File"),
    "pub-file-text": W(
        "{file} — {count} lignes, CSV UTF-8",
        "{file} — {count} rows, UTF-8 CSV",
        "{file} — {count} ligne, CSV UTF-8",
        "{file} — {count} row, UTF-8 CSV",
        "count",
    ),
    "pub-file-counting": W(
        "{file} — CSV UTF-8 (lignes en cours de comptage…)",
        "{file} — UTF-8 CSV (counting its rows…)",
    ),
    "pub-rows-counting": W(
        "Relecture du fichier à envoyer : ses lignes sont comptées et vérifiées…",
        "Reading back the file to send: counting and checking its rows…",
    ),
    "pub-row-title": W("Titre", "Title"),
    "pub-row-description": W("Description", "Description"),
    "pub-row-licence": W("Licence", "Licence"),
    "pub-row-frequency": W("Mise à jour", "Update frequency"),
    "pub-row-keywords": W("Mots-clés", "Keywords"),
    "pub-row-coverage": W("Période couverte", "Time period"),
    "pub-coverage-text": W("du {value} au {text}", "from {value} to {text}"),
    "pub-coverage-open": W("depuis le {value}", "since {value}"),
    "pub-row-zones": W("Couverture géographique", "Area covered"),
    "pub-zone-commune": W("{name} (code INSEE {value})", "{name} (INSEE code {value})"),
    "pub-row-schema": W("Schéma", "Schema"),
    "pub-row-conformity": W("Conformité", "Conformity"),
    "pub-row-rows": W("Lignes", "Rows"),
    "pub-conforming": W(
        "Conforme au schéma {schema} ({count} {count:ligne|lignes})",
        "Conforms to the schema {schema} ({count} {count:row|rows})",
    ),
    "pub-not-conforming": W(
        "{count} {count:problème restant|problèmes restants} dans {rows} {rows:ligne|lignes} : "
        "non conforme au schéma, publié en le sachant (pas de badge de conformité sur "
        "data.gouv.fr)",
        "{count} {count:problem|problems} left in {rows} {rows:row|rows}: not conforming to "
        "the schema, published knowingly (no conformity badge on data.gouv.fr)",
    ),
    "pub-rows-text": W(
        "{count} {count:ligne publiée|lignes publiées} sur {total} {total:ligne|lignes} du "
        "tableau d'origine",
        "{count} {count:row|rows} published out of {total} {total:row|rows} of the original table",
    ),
    "pub-none": W("aucun", "none"),
    # "aucune" for a feminine noun (période, couverture géographique).
    "pub-none-feminine": W("aucune", "none"),
    "pub-publish": W("P&ublier", "Publ&ish"),
    "pub-publish-draft": W("&Envoyer le brouillon", "&Send the draft"),
    "pub-later": W("Publier p&lus tard", "Publish &later"),
    "pub-later-done": W(
        "Publication mise en attente : elle apparaît sur la page d'accueil, dans « En attente "
        "d'envoi ». Relancez-la quand l'ordinateur sera connecté.",
        "Publication put on hold: it is listed on the welcome page under “Waiting to be "
        "sent”. Start it again when the computer is connected.",
    ),
    "pub-later-unsaved": W(
        "Ce travail n'a pas pu être enregistré, il ne peut donc pas attendre la connexion. "
        "Choisissez « Enregistrer sous… » en bas de la fenêtre, puis « Publier plus tard ».",
        "This work could not be saved, so it cannot wait for the connection. Choose “Save "
        "as…” at the bottom of the window, then “Publish later”.",
    ),
    "pub-steps-name": W("Étapes de la publication", "Publication steps"),
    "pub-step-dataset": W("Jeu de données", "Dataset"),
    "pub-step-file": W("Envoi du fichier", "Sending the file"),
    "pub-step-resource": W("Description du fichier", "Describing the file"),
    "pub-step-public": W("Mise en ligne", "Going public"),
    "pub-step-check": W("Relecture", "Reading back"),
    "pub-preparing": W("Préparation du fichier à publier…", "Preparing the file to publish…"),
    "pub-loading-datasets": W(
        "Lecture des jeux de données de l'organisation…", "Reading the organisation's datasets…"
    ),
    "pub-done": W(
        "Publication terminée. Cliquez sur « Suivant ».", "Publication finished. Click “Next”."
    ),
    "pub-draft-done": W(
        "Brouillon envoyé : le jeu de données reste privé. Cliquez sur « Suivant ».",
        "Draft sent: the dataset stays private. Click “Next”.",
    ),
    "pub-start-first": W(
        "Vérifiez l'aperçu, puis cliquez sur « Publier ».",
        "Check the preview, then click “Publish”.",
    ),
}
