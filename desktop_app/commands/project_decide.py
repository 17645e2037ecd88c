"""`datamairie project decide`: record, without the wizard, what to do with a personal-data finding.

The agent (or a script) names a finding by its key, as `project show --json` lists it under
``privacy.items``, and a remedy among those the finding allows; keeping needs a reason.
``--suggested`` takes the advised remedy of every finding still undecided that needs no
reason; decisions already taken stay. The decision
is recorded with who and when, and applied to the published copy only.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, write_json
from desktop_app.commands.project_text import undecided_lines
from desktop_app.core import clock
from desktop_app.core.errors import UsageError
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.findings import keep_reason_of
from desktop_app.core.project.model import Project
from desktop_app.core.project.publishable import readiness
from desktop_app.core.project.storage import ProjectFile
from desktop_app.texts import Language, render

REMEDIES = [remedy.value for remedy in Remedy]


def add_decide_command(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `project decide` under `project`."""
    decide = actions.add_parser("decide", help="décider du sort d'une donnée personnelle")
    decide.add_argument("project", type=Path, metavar="PROJET.datamairie")
    decide.add_argument("finding", nargs="?", default=None, metavar="CONSTAT")
    decide.add_argument("remedy", nargs="?", default=None, choices=REMEDIES, metavar="REMÈDE")
    decide.add_argument("--justification", default="", metavar="TEXTE")
    decide.add_argument("--threshold", type=int, default=None, metavar="N")
    decide.add_argument(
        "--suggested", action="store_true", help="prendre les choix conseillés sans raison à donner"
    )
    decide.add_argument("--json", action="store_true", help="réponse en JSON")
    decide.set_defaults(run=run_decide)


def run_decide(arguments: argparse.Namespace, lang: Language) -> int:
    """Record the decisions asked for; exit 1 while some finding is still undecided."""
    file = ProjectFile(arguments.project)
    project = file.load()
    findings = {str(item.get("key")): item for item in project.privacy_findings}
    if arguments.suggested:
        # Only the findings still waiting: a choice the agent made (and justified) stays.
        undecided = set(readiness(project).undecided_findings)
        chosen = [
            _decision(item, Remedy(str(item["suggested"])), _advised_reason(item), None)
            for key, item in findings.items()
            if key in undecided
            and (Remedy(str(item["suggested"])) is not Remedy.KEEP or _advised_reason(item))
        ]
    elif arguments.finding is None or arguments.remedy is None:
        raise UsageError("privacy-decide-incomplete")
    else:
        item = findings.get(arguments.finding)
        if item is None:
            raise UsageError("privacy-finding-unknown", value=arguments.finding)
        remedy = Remedy(arguments.remedy)
        fitting = [str(choice) for choice in item.get("remedies", REMEDIES)]
        if remedy.value not in fitting:
            raise UsageError(
                "privacy-decide-remedy-unfit",
                value=remedy.value,
                column=item.get("label"),
                allowed=", ".join(fitting),
            )
        if remedy is Remedy.KEEP and not arguments.justification.strip():
            raise UsageError("privacy-decide-keep-unjustified", column=item.get("label"))
        chosen = [_decision(item, remedy, arguments.justification.strip(), arguments.threshold)]
    project = _with_decisions(project, chosen)
    file.save(project)
    waiting = readiness(project).undecided_findings
    payload: dict[str, Any] = {
        "decided": [decision.to_json() for decision in chosen],
        "undecided": list(waiting),
    }
    if arguments.json:
        write_json(payload)
    else:
        lines = [render("project-show-decided-recorded", {"count": len(chosen)}, lang)]
        if waiting:
            items = [dict(finding) for finding in project.privacy_findings]
            lines += undecided_lines(items, list(waiting), str(arguments.project), lang)
        else:
            lines.append(render("project-show-nothing-to-decide", None, lang))
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_DATA_PROBLEMS if waiting else EXIT_OK


def _advised_reason(item: dict[str, Any] | Any) -> str:
    """The reason advised with keeping a finding (élus, lieu public…), from why it was lowered."""
    if Remedy(str(item["suggested"])) is not Remedy.KEEP:
        return ""
    return keep_reason_of(str(said.get("code", "")) for said in item.get("lowered", []))


def _decision(
    item: dict[str, Any] | Any, remedy: Remedy, justification: str, threshold: int | None
) -> PrivacyDecision:
    return PrivacyDecision(
        finding=str(item["key"]),
        column=str(item.get("column", "")),
        category=str(item.get("category", "")),
        remedy=remedy,
        justification=justification,
        decided_by=getpass.getuser(),
        decided_at=clock.now(),
        options={} if threshold is None else {"threshold": threshold},
    )


def _with_decisions(project: Project, chosen: list[PrivacyDecision]) -> Project:
    """The project with these decisions, each replacing an earlier one on the same finding."""
    replaced = {decision.finding for decision in chosen}
    kept = [d for d in project.privacy_decisions if d.finding not in replaced]
    return replace(project, privacy_decisions=(*kept, *chosen))
