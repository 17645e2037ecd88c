"""`datamairie publish PROJECT|PLAN`: publish (or resume publishing) on data.gouv.fr.

PROJECT is a saved ``.datamairie`` project, whose file is prepared again from its copy of the
source; PLAN is a publication plan file (JSON, see docs/cli.md): a CSV prepared by a script,
the dataset's description and where to publish. The publication's progress is written back
into the same file after every step, so running the command again resumes where it stopped.
The API key comes from the keyring (saved by the wizard) or the ``DATAMAIRIE_API_KEY``
variable.
Exit 0 when published (or the draft is ready), 1 when data.gouv.fr refused or could not be
reached, 2 for a local problem (no key, plan unreadable, organisation to choose).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.app_logging import setup_logging
from desktop_app.commands.common import profile_of
from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, EXIT_UNREADABLE, write_json
from desktop_app.core.clock import timestamp
from desktop_app.core.credentials import CredentialStore
from desktop_app.core.errors import AppError, UsageError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.project.conformity import gate
from desktop_app.core.project.format import check_publication_state
from desktop_app.core.project.model import ProjectError
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.project.publishable import write_publishable_file
from desktop_app.core.project.storage import EXTENSION, ProjectFile
from desktop_app.core.publication import (
    DataGouvClient,
    PublicationError,
    PublicationPlan,
    PublicationResult,
    PublicationState,
    TemporalCoverage,
    api_root,
    connect,
    publish,
)
from desktop_app.core.publication.client import dataset_link
from desktop_app.core.publication.plan import file_name_for, plan_from_metadata
from desktop_app.core.schemas.agent import schema_catalogue
from desktop_app.texts import Language, render
from desktop_app.texts.publication_details import explain_publication_error, resource_description

log = logging.getLogger(__name__)
_Chosen = TypeVar("_Chosen", PublicationPlan, PublicationState)
LOCAL_CODES = frozenset(
    {
        "publication-key-missing",
        "publication-file-missing",
        "publication-organization-choice",
        "publication-no-organization",
        "publication-state-damaged",
        "platform-not-https",
        "credentials-key-empty",
        "cancelled",
        "project-not-ready-privacy",
        "project-not-ready-metadata",
        "project-not-conforming",
    }
)


# The wizard's words for a key ask to paste it into DataMairie; the command line's say how
# a script gives it. The code (--json's error.code) stays the one core raised.
COMMAND_LINE_WORDING = {
    "publication-key-missing": "command-key-missing",
    "publication-key-invalid": "command-key-invalid",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `publish` to the command line."""
    command = commands.add_parser("publish", help="publier sur data.gouv.fr")
    command.add_argument("plan", type=Path, metavar="PROJET")
    command.add_argument(
        "--platform", default=None, metavar="www|demo|URL", help="plateforme (demo par défaut)"
    )
    command.add_argument("--organization", default=None, metavar="ID|SLUG")
    command.add_argument("--draft", action="store_true", help="s'arrêter avant de rendre public")
    command.add_argument(
        "--accept-problems",
        action="store_true",
        help="publier un projet dont les données ne sont pas conformes à leur schéma",
    )
    command.add_argument("--json", action="store_true", help="réponse en JSON")
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace, lang: Language) -> int:
    """Publish or resume; print the steps and the dataset's address.

    A platform the key must not travel to is refused first, before the project or plan is
    even opened (and again once the platform a project recorded is known).
    """
    if arguments.platform is not None:
        api_root(arguments.platform)
    if arguments.plan.suffix.lower() == EXTENSION:
        return run_project(arguments, lang)
    document = read_plan_file(arguments.plan)
    plan, state = plan_from_document(document, arguments.plan)
    plan = _with_options(plan, arguments)
    try:
        key = _saved_key(plan.platform)
    except PublicationError as error:  # said in the command line's words (how to give it)
        return _refused(error, arguments.json, lang)

    def record(new_state: PublicationState) -> None:
        write_plan_file(arguments.plan, {**document, "publication": new_state.to_json()})

    setup_logging(profile_of(arguments))
    try:
        result = run_publication(plan, state, connect(plan.platform, key), record)
    except PublicationError as error:
        return _refused(error, arguments.json, lang)
    return _report(result, arguments.json, lang)


def _with_options(known: _Chosen, arguments: argparse.Namespace) -> _Chosen:
    """The plan or state with the command line's platform, organisation and draft choice."""
    return replace(
        known,
        platform=arguments.platform or known.platform,
        organization=arguments.organization or known.organization,
        draft=arguments.draft or known.draft,
    )


def _saved_key(platform: str) -> str:
    """The API key for the platform (keyring, or DATAMAIRIE_API_KEY for scripts).

    Raises:
        PublicationError: ``platform-not-https`` (checked before the key is even looked up),
            ``publication-key-missing``.
    """
    api_root(platform)
    found = CredentialStore().key(platform)
    if found is None:
        raise PublicationError("publication-key-missing")
    return found[0]


def run_project(arguments: argparse.Namespace, lang: Language) -> int:
    """Publish a saved project, resuming where a previous run stopped.

    The file is prepared again from the copy of the source the project keeps, and each step
    is saved in the project, so a second run resumes without duplicates.
    """
    project_file = ProjectFile(arguments.plan)
    project = project_file.load()
    state = _with_options(project.publication, arguments)
    try:
        key = _saved_key(state.platform)
    except PublicationError as error:
        return _refused(error, arguments.json, lang)
    profile = profile_of(arguments)
    outbox = Outbox(profile.root)
    with tempfile.TemporaryDirectory(prefix="datamairie-publish-") as folder:
        # Named as the wizard names it: data.gouv.fr shows the name in the download link.
        csv_path = Path(folder) / file_name_for(project.metadata.title, project.schema_name)
        checked = Path(folder) / "verifie.csv"
        catalogue = schema_catalogue(profile)
        write_publishable_file(project_file, project, catalogue, csv_path, checked_copy=checked)
        if project.schema_reference is not None:
            conformity = gate(
                csv_path,
                checked,
                catalogue.get(project.schema_reference),
                project.conformity,
                accept_problems=arguments.accept_problems,
                now=timestamp(),
            )
            if conformity.decision != project.conformity:
                project = replace(project, conformity=conformity.decision)
                project_file.save(project)
        plan = plan_from_metadata(
            project.metadata,
            csv_path,
            schema=(project.schema_name, project.schema_version),
            state=state,
            resource_description=resource_description(project.schema_name),
        )

        def record(new_state: PublicationState) -> None:
            nonlocal project
            project = replace(project, publication=new_state)
            project_file.save(project)

        setup_logging(profile)
        try:
            result = run_publication(plan, state, connect(plan.platform, key), record)
        except PublicationError as error:
            project_file.save(
                replace(project, publication=replace(project.publication, last_error=error.code))
            )
            return _refused(error, arguments.json, lang)
    if result.published or result.state.draft:
        project_file.save(replace(project, to_publish=False))
        outbox.remove(arguments.plan)
    return _report(result, arguments.json, lang)


def _report(result: PublicationResult, as_json: bool, lang: Language) -> int:
    payload = result_payload(result, lang)
    if as_json:
        write_json(payload)
    else:
        lines = [f"✓ {step['message']}" for step in payload["steps"]]
        page = dataset_link(result.state)
        if page is not None:  # a dataset known by neither page nor id has no address to give
            lines.append(render("publish-page", {"value": page}, lang))
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def run_publication(
    plan: PublicationPlan,
    state: PublicationState,
    client: DataGouvClient,
    record: Any,
) -> PublicationResult:
    """The command's work once the plan, state and key are known (the wizard does the same)."""
    return publish(plan, client, state, record=record)


def result_payload(result: PublicationResult, lang: Language) -> dict[str, Any]:
    """The JSON answer: the dataset, its resource, and the steps done in this run."""
    state = result.state
    return {
        "dataset": {"id": state.dataset_id, "page": state.dataset_page},
        "resource": {"id": state.resource_id, "latest": state.resource_latest},
        "steps": [
            {"step": step.value, "message": render(f"publish-done-{step.value}", None, lang)}
            for step in result.steps
        ],
        "published": result.published,
        "draft": state.draft,
        "platform": state.platform,
    }


def _refused(error: PublicationError, as_json: bool, lang: Language) -> int:
    # The technical cause goes to the log file and to --json, never before the French words.
    log.warning("publication stopped: %s (%s)", error.code, error.detail or error.status)
    status = EXIT_UNREADABLE if error.code in LOCAL_CODES else EXIT_DATA_PROBLEMS
    wording = COMMAND_LINE_WORDING.get(error.code, error.code)
    if as_json:
        write_json(
            {
                "error": {
                    "code": error.code,
                    "message": render(wording, error.params, lang),
                    "status": error.status,
                    "detail": error.detail,
                    "fields": [
                        {"field": field.field, "messages": list(field.messages)}
                        for field in error.field_errors
                    ],
                }
            }
        )
    else:
        sys.stderr.write(explain_publication_error(error, lang, wording=wording) + "\n")
    return status


def read_plan_file(path: Path) -> dict[str, Any]:
    """The plan file's document.

    Raises:
        UsageError: ``publish-plan-unreadable`` when it is missing or not a JSON object.
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise UsageError("publish-plan-unreadable", file=path.name) from None
    if not isinstance(document, dict):
        raise UsageError("publish-plan-unreadable", file=path.name)
    return document


def write_plan_file(path: Path, document: dict[str, Any]) -> None:
    """Write the plan file back (atomically), with the publication's new state."""
    try:
        with replaced_atomically(path) as stream:
            json.dump(document, stream, ensure_ascii=False, indent=2)
    except OSError:
        raise AppError("publish-plan-unwritable", file=path.name) from None


def plan_from_document(
    document: dict[str, Any], path: Path
) -> tuple[PublicationPlan, PublicationState]:
    """The plan described by a plan file, and how far it went (the CSV is beside the file).

    Raises:
        UsageError: ``publish-plan-unreadable`` when a required key is missing or wrong.
    """
    try:
        recorded = document.get("publication")
        if recorded is not None:  # a state that cannot be read must not start a new dataset
            check_publication_state(recorded)
        state = PublicationState.from_json(recorded or {})
        coverage = document.get("temporal_coverage")
        schema = document.get("schema") or {}
        plan = PublicationPlan(
            csv_path=path.parent / str(document["csv"]),
            title=str(document["title"]),
            description=str(document["description"]),
            licence=str(document.get("licence", "lov2")),
            frequency=str(document.get("frequency", "unknown")),
            tags=tuple(str(tag) for tag in document.get("tags") or ()),
            temporal_coverage=None
            if not coverage
            else TemporalCoverage(str(coverage["start"]), coverage.get("end")),
            spatial_zones=tuple(str(zone) for zone in document.get("zones") or ()),
            spatial_granularity=document.get("granularity"),
            schema_name=schema.get("name"),
            schema_version=schema.get("version"),
            resource_title=str(document.get("resource_title") or ""),
            resource_description=str(document.get("resource_description") or ""),
            organization=document.get("organization"),
            platform=str(document.get("platform") or "demo"),
            draft=bool(document.get("draft", False)),
            dataset_id=document.get("dataset_id"),
        )
    except (KeyError, TypeError, ValueError, AttributeError, ProjectError):
        raise UsageError("publish-plan-unreadable", file=path.name) from None
    return plan, state
