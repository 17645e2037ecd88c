"""`project show`, `project queue` and `outbox`: the saved projects and those waiting to go.

`project update` lives in project_update.py.

Also what `prepare --project` uses to write a project, and the commune a command works for.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.commands.common import profile_of
from desktop_app.commands.output import EXIT_OK, write_json
from desktop_app.commands.project_text import outbox_text, show_text
from desktop_app.core.clock import timestamp
from desktop_app.core.commune.choice import commune_from_text
from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings, load_commune
from desktop_app.core.errors import UsageError
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.metadata.checks import check_metadata
from desktop_app.core.metadata.vocabulary import COMMON_FREQUENCIES, FREQUENCIES, LICENCES
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.project.create import carried_over, new_project
from desktop_app.core.project.model import Project, SourceRecord
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.publishable import readiness as publishable_readiness
from desktop_app.core.project.storage import ProjectFile
from desktop_app.paths import resources_dir
from desktop_app.texts import Language, render

REFERENCE = "reference"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `project` and `outbox` to the command line."""
    project = commands.add_parser(
        "project", help="voir, mettre en attente ou mettre à jour un projet"
    )
    actions = project.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="tout ce que contient un projet")
    show.add_argument("project", type=Path, metavar="PROJET.datamairie")
    show.add_argument("--json", action="store_true", help="réponse en JSON")
    show.set_defaults(run=run_show)
    queue = actions.add_parser("queue", help="mettre le projet dans les publications en attente")
    queue.add_argument("project", type=Path, metavar="PROJET.datamairie")
    queue.add_argument("--json", action="store_true", help="réponse en JSON")
    queue.set_defaults(run=run_queue)
    # Imported here: `project update` builds on this module's helpers.
    from desktop_app.commands.project_update import add_update_command

    add_update_command(actions)
    from desktop_app.commands.project_decide import add_decide_command

    add_decide_command(actions)

    outbox = commands.add_parser("outbox", help="les publications en attente")
    outbox.add_argument("--json", action="store_true", help="réponse en JSON")
    outbox.set_defaults(run=run_outbox)


def add_project_options(command: argparse.ArgumentParser) -> None:
    """The options of `prepare` that write a project file beside (or instead of) the CSV."""
    command.add_argument(
        "--project", type=Path, default=None, metavar="PROJET.datamairie", help="écrire le projet"
    )
    command.add_argument(
        "--licence",
        choices=[licence.id for licence in LICENCES],
        default=None,
        help="licence des données (par défaut celle du profil : lov2)",
    )
    command.add_argument(
        "--frequency",
        choices=FREQUENCIES,
        default=None,
        metavar="FRÉQUENCE",
        help=f"fréquence de mise à jour ({', '.join(COMMON_FREQUENCIES)}…)",
    )


def commune_of(arguments: argparse.Namespace) -> CommuneSettings | None:
    """The commune a command works for: ``--commune`` (name, postcode, INSEE), else the saved one.

    Raises:
        CommuneError: the commune named cannot be found or is ambiguous; the saved profile
            is damaged.
    """
    saved = load_commune(profile_of(arguments))
    text: str | None = arguments.commune
    if text is None:
        return saved
    directory = CommuneDirectory.load(resources_dir() / REFERENCE)
    return commune_from_text(text, directory, saved)


def write_project(
    arguments: argparse.Namespace,
    preparation: Preparation,
    commune: CommuneIdentity | None,
    lang: Language,
    earlier: Project | None = None,
) -> dict[str, Any]:
    """Check the prepared table, write the project file, and say what it holds.

    Over an ``earlier`` project of the same schema, its dataset, description, commune and
    creation date stay (``carried_over``): its next publication updates the same dataset.

    Raises:
        UsageError: no commune is known (``commune-profile-missing``).
        ProjectError: the project cannot be written.
    """
    if (commune is None or not commune.insee) and earlier is not None:
        commune = earlier.commune  # the project knows its commune: not asked again
    if commune is None or not commune.insee:
        raise UsageError("commune-profile-missing")
    if not isinstance(commune, CommuneSettings):  # a profile JSON given with --commune
        commune = CommuneSettings(name=commune.name, siret=commune.siret, insee=commune.insee)
    project = new_project(
        preparation,
        arguments.project,
        arguments.file,
        commune,
        lambda code, params: render(code, params, "fr"),
        now=timestamp(),
        licence=arguments.licence,
        frequency=arguments.frequency or "unknown",
    )
    if earlier is not None:
        project = carried_over(
            project,
            earlier,
            now=timestamp(),
            licence=arguments.licence,
            frequency=arguments.frequency,
        )
    ProjectFile(arguments.project).create(project, arguments.file)
    return {
        "file": str(arguments.project),
        "privacy_undecided": list(publishable_readiness(project).undecided_findings),
        **readiness(project, lang),
    }


def readiness(project: Project, lang: Language) -> dict[str, Any]:
    """What data.gouv.fr would refuse or count against the description (``problems``, ``ready``)."""
    directory = CommuneDirectory.load(resources_dir() / REFERENCE)
    problems = check_metadata(project.metadata, directory)
    return {
        "problems": [
            {
                "field": problem.field,
                "code": problem.code,
                "blocking": problem.blocking,
                "message": render(problem.code, problem.params, lang),
            }
            for problem in problems
        ],
        "ready": not any(problem.blocking for problem in problems),
    }


def source_summary(source: SourceRecord) -> dict[str, Any]:
    """The agent's file as `project show` and `project update` describe it (name, size, sheet…)."""
    return {
        "name": source.name,
        "size": source.size,
        "sha256": source.sha256,
        "sheet": source.sheet,
        "header_row": source.header_row,
        "include": [list(part) for part in source.include],
    }


def show_payload(path: Path, lang: Language) -> dict[str, Any]:
    """The JSON answer of `project show` (documented key by key in docs/cli.md)."""
    file = ProjectFile(path)
    project = file.load()
    found = file.check_source(project)
    metadata = project.metadata.to_json()
    metadata["frequency_label"] = render(f"frequency-{project.metadata.frequency}", None, lang)
    mapping = project.mapping
    return {
        "project": str(path),
        "page": project.page.value,
        "to_publish": project.to_publish,
        "created_at": project.created_at,
        "updated_at": project.updated_at,
        "source": {
            **source_summary(project.source),
            "state": found.state,
            "path": None if found.path is None else str(found.path),
        },
        "schema": None
        if project.schema_name is None
        else {"name": project.schema_name, "version": project.schema_version},
        "mapping": []
        if mapping is None
        else [
            {"field": item.field, "column": item.column, "constant": item.constant}
            for item in mapping.fields
        ],
        "edits": {
            "count": len(project.edits.active),
            "can_undo": project.edits.can_undo,
            "can_redo": project.edits.can_redo,
        },
        "validation": None if project.validation is None else project.validation.to_json(),
        "privacy": {
            "findings": len(project.privacy_findings),
            "items": [dict(finding) for finding in project.privacy_findings],
            "undecided": list(publishable_readiness(project).undecided_findings),
            "decisions": [decision.to_json() for decision in project.privacy_decisions],
        },
        "commune": project.commune.to_json(),
        "metadata": metadata,
        "licence": {
            "id": project.licence,
            "title": render(f"licence-{project.licence}", None, lang),
            "about": render(f"licence-{project.licence}-about", None, lang),
        },
        **readiness(project, lang),
        "publication": project.publication.to_json(),
    }


def run_show(arguments: argparse.Namespace, lang: Language) -> int:
    """Show everything a project holds."""
    payload = show_payload(arguments.project, lang)
    if arguments.json:
        write_json(payload)
    else:
        sys.stdout.write(show_text(payload, lang) + "\n")
    return EXIT_OK


def run_queue(arguments: argparse.Namespace, lang: Language) -> int:
    """Put a project in the outbox, to be published when the network is there."""
    file = ProjectFile(arguments.project)
    project = file.load()
    if not project.to_publish:
        file.save(replace(project, to_publish=True, updated_at=timestamp()))
    Outbox(profile_of(arguments).root).add(arguments.project, now=timestamp())
    return run_outbox(arguments, lang)


def outbox_payload(profile_root: Path, lang: Language) -> dict[str, Any]:
    """The JSON answer of `outbox` (documented in docs/cli.md)."""
    return {
        "projects": [
            {
                "project": str(entry.path),
                "title": entry.title,
                "state": entry.state,
                "platform": entry.platform,
                "step": entry.step,
                "queued_at": entry.queued_at,
                "conformity": entry.conformity,
                "problems": entry.problems,
                "last_error": None
                if entry.last_error is None
                else {"code": entry.last_error, "message": render(entry.last_error, None, lang)},
            }
            for entry in Outbox(profile_root).entries()
        ]
    }


def run_outbox(arguments: argparse.Namespace, lang: Language) -> int:
    """List the publications waiting, with their state and last error."""
    payload = outbox_payload(profile_of(arguments).root, lang)
    if arguments.json:
        write_json(payload)
    else:
        sys.stdout.write(outbox_text(payload, lang) + "\n")
    return EXIT_OK
