"""The shape of ``project.json``, described once: checked at every reading, documented from here.

This is a JSON Schema (draft 2020-12, checked by ``jsonschema``, which frictionless already
brings). Every block is described with its types, ranges and allowed values; a document that
strays anywhere is a damaged project (``project-damaged``), never read with a silent default.
docs/project.md shows the same description as a table, made by ``format_doc.format_table``
(``python -m scripts.make_project_doc`` rewrites it; a test checks it is up to date).

Changing project.json's shape: change ``project_to_json``, bump ``document.VERSION`` with a
migration, and describe the new shape here (a round-trip test fails until you do).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.project.model import ProjectError, WizardPage
from desktop_app.core.publication.state import PublicationStep

Schema = dict[str, Any]


def _text(about: str, **rules: Any) -> Schema:
    return {"type": "string", "description": about, **rules}


def _integer(about: str, minimum: int = 0) -> Schema:
    return {"type": "integer", "minimum": minimum, "description": about}


def _number(about: str) -> Schema:
    return {"type": "number", "minimum": 0, "maximum": 1, "description": about}


def _boolean(about: str) -> Schema:
    return {"type": "boolean", "description": about}


def _list(about: str, items: Schema) -> Schema:
    return {"type": "array", "items": items, "description": about}


def _object(
    about: str, properties: Mapping[str, Schema], *, optional: tuple[str, ...] = ()
) -> Schema:
    return {
        "type": "object",
        "description": about,
        "properties": dict(properties),
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def _map(about: str, values: Schema) -> Schema:
    return {"type": "object", "description": about, "additionalProperties": values}


def _or_null(schema: Schema) -> Schema:
    nullable = {**schema, "type": [schema["type"], "null"]}
    if "enum" in schema:
        nullable["enum"] = [*schema["enum"], None]
    return nullable


_EVIDENCE = _list(
    "raisons, chacune `{code, params{}}`",
    _object("", {"code": _text("code"), "params": _map("paramètres", {})}),
)
_CELL_EDIT = _object(
    "correction d'une cellule",
    {
        "kind": {"const": "cell", "description": "`cell`"},
        "field": _text("champ du schéma"),
        "row": _integer("ligne comme dans le CSV publié (en-tête = 1)", 1),
        "before": _text("valeur corrigée"),
        "after": _text("nouvelle valeur"),
    },
)
_FIX_EDIT = _object(
    "un remède appliqué à tout un groupe de problèmes à l'étape Qualité, une seule "
    "correction par remède (un remplissage garde chaque valeur qu'il remplace) ; plus "
    "généralement une règle pour toute la colonne (chaque valeur connue, ou toutes les lignes "
    "avec `fill`)",
    {
        "kind": {"const": "fix", "description": "`fix`"},
        "field": _text("champ du schéma"),
        "replacements": _map("`{avant: après}`", _text("")),
        "kinds": _list(
            "genres de correction ; rejoué sur le fichier suivant, un `fix` aux réécritures "
            "sûres (`repair-dates-in-text`, `repair-percent`, `repair-spaces`, "
            "`repair-conversion`) récrit de la même façon les valeurs fautives qu'il n'a pas "
            "encore vues (les dates du nouveau mois)",
            _text(""),
        ),
        "fill": _text('texte donné à chaque cellule (une constante, ou `""` pour vider)'),
        "code": _text("ce qu'est la règle, pour les mots de l'agent (`remedy-fill-profile`…)"),
    },
    optional=("fill", "code"),
)
_CELLS_EDIT = _object(
    "mesure de protection des données personnelles sur quelques cellules (version 5)",
    {
        "kind": {"const": "cells", "description": "`cells`"},
        "field": _text("champ du schéma"),
        "remedy": _text("la mesure (`Remedy`)", enum=[remedy.value for remedy in Remedy]),
        "cells": _list(
            "`[ligne, avant, après]` ; se rejoue là où la cellule contient encore `avant`",
            {
                "type": "array",
                "prefixItems": [
                    _integer("ligne comme dans le CSV publié (en-tête = 1)", 1),
                    _text("avant"),
                    _text("après"),
                ],
                "minItems": 3,
                "maxItems": 3,
            },
        ),
    },
)

PUBLICATION_STATE = _object(
    "jusqu'où la publication est allée (`PublicationState.to_json()`)",
    {
        "platform": _text("`www`, `demo` ou l'adresse https:// d'un serveur udata"),
        "organization": _or_null(_text("identifiant de l'organisation sur data.gouv.fr")),
        "mode": _text("`new` (nouveau jeu de données) ou `update`", enum=["new", "update"]),
        "draft": _boolean("s'arrêter avant de rendre public"),
        "dataset_id": _or_null(_text("identifiant du jeu de données, dès qu'il existe")),
        "dataset_page": _or_null(_text("page web du jeu de données")),
        "resource_id": _or_null(_text("identifiant du fichier publié")),
        "resource_latest": _or_null(_text("lien permanent du fichier publié")),
        "step": _text("dernière étape réussie", enum=[step.value for step in PublicationStep]),
        "last_error": _or_null(_text("code de l'erreur qui l'a interrompue")),
        "updated_at": _or_null(_text("instant ISO 8601")),
        "marker": _or_null(
            _text("repère mis dans les `extras` du jeu de données avant sa création")
        ),
    },
    optional=("marker",),
)
# A step past the start means an id was recorded: without it, a rerun would publish a second
# dataset beside the first, so such a record is damaged.
PUBLICATION_STATE["allOf"] = [
    {
        "if": {"properties": {"step": {"not": {"const": PublicationStep.NOT_STARTED.value}}}},
        "then": {"properties": {"dataset_id": {"type": "string", "minLength": 1}}},
    },
    {
        "if": {
            "properties": {
                "step": {
                    "enum": [
                        PublicationStep.FILE_UPLOADED.value,
                        PublicationStep.RESOURCE_DESCRIBED.value,
                        PublicationStep.DATASET_PUBLISHED.value,
                        PublicationStep.CHECKED.value,
                    ]
                }
            }
        },
        "then": {"properties": {"resource_id": {"type": "string", "minLength": 1}}},
    },
]

PROJECT_DOCUMENT = _object(
    "le document `project.json`",
    {
        "format": {"const": "datamairie-project", "description": "`datamairie-project`"},
        "version": _integer("version du format", 1),
        "created_at": _or_null(_text("instant ISO 8601 de création")),
        "updated_at": _or_null(_text("instant ISO 8601 du dernier enregistrement")),
        "page": _text("page atteinte dans l'assistant", enum=[page.value for page in WizardPage]),
        "to_publish": _boolean("dans les publications en attente"),
        "source": _object(
            "le fichier de l'agent tel qu'il a été préparé",
            {
                "name": _text("nom du fichier"),
                "size": _integer("taille en octets"),
                "sha256": _text(
                    "empreinte SHA-256 (64 chiffres hexadécimaux)", pattern="^[0-9a-f]{64}$"
                ),
                "original_path": _text("chemin absolu d'origine (vide s'il est inconnu)"),
                "relative_path": _or_null(_text("même endroit vu du dossier du projet")),
                "sheet": _or_null(_text("feuille lue")),
                "header_row": _or_null(_integer("ligne des titres (0 = pas de titres)")),
                "encoding": _or_null(_text("encodage d'un CSV")),
                "separator": _or_null(_text("séparateur d'un CSV")),
                "include": _list(
                    "parties laissées de côté que l'agent a reprises : [première, dernière] "
                    "ligne de la feuille",
                    {
                        "type": "array",
                        "items": {"type": "integer", "minimum": 1},
                        "minItems": 2,
                        "maxItems": 2,
                    },
                ),
            },
        ),
        "schema": _or_null(
            _object(
                "schéma national suivi ; `null` sans schéma",
                {"name": _text("`scdl/deliberations`…"), "version": _or_null(_text("version"))},
            )
        ),
        "mapping": _or_null(
            _object(
                "correspondance (`datamairie-mapping`, voir cli.md)",
                {
                    "format": {
                        "const": "datamairie-mapping",
                        "description": "`datamairie-mapping`",
                    },
                    "version": _integer("version du format de correspondance", 1),
                    "schema": _object("", {"name": _text("schéma"), "version": _text("version")}),
                    "source": _object(
                        "",
                        {
                            "columns": _list("colonnes du fichier", _text("")),
                            "signature": _text("résumé des noms de colonnes"),
                        },
                    ),
                    "fields": _list(
                        "un par champ du schéma",
                        _object(
                            "",
                            {
                                "field": _text("champ"),
                                "column": _or_null(_text("colonne source")),
                                "constant": _or_null(_text("valeur constante")),
                                "confidence": _or_null(_number("confiance, de 0 à 1")),
                                "evidence": _EVIDENCE,
                                "options": _map("choix de conversion", {}),
                            },
                        ),
                    ),
                },
            )
        ),
        "edits": _object(
            "corrections dans l'ordre ; celles après `position` ont été annulées",
            {
                "position": _integer("nombre de corrections actives"),
                "edits": _list(
                    "`cell`, `fix` ou `cells`", {"oneOf": [_CELL_EDIT, _FIX_EDIT, _CELLS_EDIT]}
                ),
            },
        ),
        "validation": _or_null(
            _object(
                "dernier contrôle contre le schéma",
                {
                    "valid": _boolean("aucun problème"),
                    "rows": _integer("lignes"),
                    "error_count": _integer("problèmes"),
                    "by_code": _map("problèmes par code", _integer("")),
                    "checked_at": _or_null(_text("instant ISO 8601")),
                },
            )
        ),
        "conformity": _or_null(
            _object(
                "décision de publier des données non conformes au schéma, valable pour ces "
                "données et ce nombre de problèmes au plus ; `null` si jamais prise (version 2)",
                {
                    "problems": _integer("nombre de problèmes acceptés"),
                    "problem_rows": _integer("lignes ayant au moins un problème"),
                    "fingerprint": _text(
                        "SHA-256 du tableau vérifié, corrections comprises, à la forme du schéma",
                        pattern="^[0-9a-f]{64}$",
                    ),
                    "decided_at": _or_null(_text("instant ISO 8601")),
                },
            )
        ),
        "privacy": _object(
            "données personnelles",
            {
                "findings": _list(
                    "repérages, tels que core/privacy les écrit",
                    {
                        "type": "object",
                        "required": ["key"],
                        "properties": {
                            "key": _text("nom stable du repérage"),
                            "column": _text(""),
                            "label": _text(""),
                            "category": _text(""),
                            "confidence": _number(""),
                            "scope": _text(""),
                            "evidence": _EVIDENCE,
                            "lowered": _EVIDENCE,
                            "examples": _list("", _text("")),
                            "rows": _integer(""),
                            "remedies": _list("", _text("", enum=[r.value for r in Remedy])),
                            "suggested": _text("", enum=[r.value for r in Remedy]),
                        },
                    },
                ),
                "decisions": _list(
                    "décisions de l'agent (`PrivacyDecision.to_json()`)",
                    _object(
                        "",
                        {
                            "finding": _text("repérage décidé"),
                            "column": _text("colonne"),
                            "category": _text("catégorie"),
                            "remedy": _text("remède", enum=[r.value for r in Remedy]),
                            "justification": _text("raison de garder"),
                            "decided_by": _text("qui a décidé"),
                            "decided_at": _or_null(_text("instant ISO 8601")),
                            "options": _map("réglages du remède", {}),
                        },
                    ),
                ),
            },
        ),
        "commune": _object(
            "profil de la commune",
            {
                name: _text(about)
                for name, about in (
                    ("name", "nom"),
                    ("siret", "SIRET"),
                    ("insee", "code INSEE"),
                    ("department", "département"),
                    ("organization", "identifiant de l'organisation sur data.gouv.fr"),
                    ("organization_name", "nom de l'organisation"),
                    ("licence", "licence proposée d'abord"),
                    ("contact_email", "adresse de contact"),
                )
            },
        ),
        "metadata": _object(
            "description du jeu de données",
            {
                "title": _text("titre"),
                "description": _text("description"),
                "keywords": _list("mots-clés, au format de data.gouv.fr", _text("")),
                "frequency": _text("fréquence de mise à jour (`monthly`…)"),
                "temporal_coverage": _or_null(
                    _object(
                        "période couverte",
                        {"start": _text("date ISO"), "end": _or_null(_text("date ISO"))},
                    )
                ),
                "zones": _list("zones (`fr:commune:<code INSEE>`)", _text("")),
                "granularity": _text("`fr:commune` ou `poi`"),
                "licence": _text("`lov2` ou `odc-odbl`"),
            },
        ),
        "publication": PUBLICATION_STATE,
    },
)

_PROJECT = Draft202012Validator(PROJECT_DOCUMENT)
_PUBLICATION = Draft202012Validator(PUBLICATION_STATE)


def check_project_document(document: Any) -> None:
    """Refuse a project document that strays from the described shape anywhere.

    Raises:
        ProjectError: ``project-damaged``, ``part`` naming the first place found wrong.
    """
    _check(_PROJECT, document, "")


def check_publication_state(document: Any, prefix: str = "publication") -> None:
    """Refuse a recorded publication state (a project's, or a plan file's) of the wrong shape.

    Raises:
        ProjectError: ``project-damaged``, ``part`` naming the first place found wrong.
    """
    _check(_PUBLICATION, document, prefix)


def _check(validator: Draft202012Validator, document: Any, prefix: str) -> None:
    error = best_match(validator.iter_errors(document))
    if error is not None:
        path = ".".join(str(step) for step in error.absolute_path)
        part = ".".join(item for item in (prefix, path) if item) or "project.json"
        raise ProjectError("project-damaged", part=part)
