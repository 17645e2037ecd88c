"""`datamairie desk`: the commune's datasets on data.gouv.fr and what it is expected to publish.

The datasets are read again with the saved key (keyring or ``DATAMAIRIE_API_KEY``); when
that fails (no key, offline), the last state kept in the profile is shown with the reason.
Exit 0 when read afresh (or ``--offline``), 1 when the platform could not be read and the
kept state is shown, 2 for a local problem (the obligations list is damaged).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_app.commands.common import profile_of
from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, write_json
from desktop_app.commands.publish import COMMAND_LINE_WORDING
from desktop_app.core.clock import now
from desktop_app.core.commune.directory import CommuneError
from desktop_app.core.commune.settings import load_commune
from desktop_app.core.credentials import CredentialStore
from desktop_app.core.desk.obligations import load_obligations
from desktop_app.core.desk.population import commune_population
from desktop_app.core.desk.service import refresh_desk, refresh_problem
from desktop_app.core.desk.snapshot import DeskCache
from desktop_app.core.desk.view import Desk, build_desk
from desktop_app.core.publication import PublicationError, connect
from desktop_app.paths import AgentFolders, resources_dir
from desktop_app.texts import Language, render
from desktop_app.texts.desk_text import desk_lines


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `desk` to the command line."""
    command = commands.add_parser(
        "desk", help="les jeux de données de la commune et ce qu'elle doit publier"
    )
    command.add_argument(
        "--platform", default="demo", metavar="www|demo|URL", help="plateforme (demo par défaut)"
    )
    command.add_argument("--organization", default=None, metavar="ID|SLUG")
    command.add_argument(
        "--population", type=int, default=None, metavar="N", help="habitants (gardé)"
    )
    command.add_argument("--offline", action="store_true", help="l'état gardé, sans réseau")
    command.add_argument("--json", action="store_true", help="réponse en JSON")
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace, lang: Language) -> int:
    """Refresh (unless offline), then print the desk."""
    profile = profile_of(arguments)
    obligations = load_obligations(resources_dir())
    cache = DeskCache.load(profile.root)
    if arguments.population is not None:
        cache.population = max(arguments.population, 0)
        cache.save()
    problem: PublicationError | None = None
    if not arguments.offline:
        try:
            found = CredentialStore().key(arguments.platform)
            refresh_desk(
                profile.root,
                arguments.platform,
                arguments.organization or _commune_organization(profile),
                None if found is None else found[0],
                connect,
            )
        except PublicationError as error:
            problem = error
        cache = DeskCache.load(profile.root)
    population = commune_population(cache.population, profile.root, resources_dir() / "reference")
    desk = build_desk(cache.snapshots.get(arguments.platform), obligations, population, now())
    payload = desk_payload(desk, problem, lang)
    payload["population"] = population
    if arguments.json:
        write_json(payload)
    else:
        if problem is not None:
            sys.stderr.write(payload["problem"]["message"] + "\n")
        sys.stdout.write("\n".join(desk_lines(desk, lang)) + "\n")
    return EXIT_OK if problem is None else EXIT_DATA_PROBLEMS


def _commune_organization(profile: AgentFolders) -> str | None:
    """The organisation in the commune's profile, if the agent gave one."""
    try:
        commune = load_commune(profile)
    except CommuneError:
        return None
    return (commune.organization or None) if commune is not None else None


def desk_payload(desk: Desk, problem: PublicationError | None, lang: Language) -> dict[str, Any]:
    """The JSON contract (docs/cli.md), with why the state could not be read afresh."""
    payload = desk.to_json(lang)
    payload["problem"] = None
    if problem is not None:
        code = refresh_problem(problem.code)
        # The desk's words for a key point to the wizard; a script gives the key otherwise.
        code = COMMAND_LINE_WORDING.get(problem.code, code)
        params = {"value": _day(desk.snapshot.refreshed_at)} if desk.snapshot else {}
        if code == "desk-offline" and desk.snapshot is None:
            code = "desk-offline-never"
        payload["problem"] = {
            "code": problem.code,
            "message": render(code, params if code.startswith("desk-") else problem.params, lang),
        }
    return payload


def _day(moment: str) -> str:
    return moment[:10]
