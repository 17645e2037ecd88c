"""A publication error in full: the message, then the server's complaints field by field.

The server writes its complaints in French (its default language); the field they are about
is named the way the wizard's description page names it.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.errors import AppError
from desktop_app.core.publication.errors import PublicationError
from desktop_app.texts.render import Language, render

FIELD_NAMES: Mapping[str, tuple[str, str]] = {
    "title": ("Titre", "Title"),
    "description": ("Description", "Description"),
    "description_short": ("Résumé", "Summary"),
    "license": ("Licence", "Licence"),
    "frequency": ("Fréquence de mise à jour", "Update frequency"),
    "temporal_coverage": ("Période couverte", "Time period"),
    "spatial.zones": ("Couverture géographique", "Area covered"),
    "spatial.granularity": ("Précision géographique", "Geographic detail"),
    "tags": ("Mots-clés", "Keywords"),
    "organization": ("Organisation", "Organisation"),
    "schema": ("Schéma", "Schema"),
    "schema.name": ("Schéma", "Schema"),
    "schema.version": ("Version du schéma", "Schema version"),
    "type": ("Type de fichier", "File type"),
    "private": ("Visibilité", "Visibility"),
}


def explain_publication_error(
    error: AppError, lang: Language = "fr", *, wording: str | None = None
) -> str:
    """The message for an error, followed by the server's complaints field by field.

    ``wording`` is the code whose words say it, when not the error's own (the command
    line's words for a missing key say how a script gives it).
    """
    lines = [render(wording or error.code, error.params, lang)]
    if isinstance(error, PublicationError):
        for field_error in error.field_errors:
            names = FIELD_NAMES.get(field_error.field)
            label = field_error.field if names is None else names[0 if lang == "fr" else 1]
            separator = " : " if lang == "fr" else ": "
            lines.append(f"– {label}{separator}{' '.join(field_error.messages)}")
    return "\n".join(lines)


def resource_description(schema_name: str | None) -> str:
    """The main file's description, in French as data.gouv.fr shows it.

    Every file DataMairie sends is described: data.gouv.fr counts a described file as
    documentation in its quality score, without a second resource to maintain.
    """
    if schema_name:
        return render("dataset-resource-description", {"text": schema_name}, "fr")
    return render("dataset-resource-description-free", None, "fr")
