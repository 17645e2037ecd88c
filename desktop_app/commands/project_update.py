"""`project update`: « Préparer la prochaine mise à jour » without the wizard.

The project is reopened with next month's file: its mapping, corrections and privacy
decisions are replayed (core/project/next_update.py), the new file is checked against the
schema, and the project is saved with the new file embedded, ready to update the same
dataset. The answer says what was carried over and what could not be.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.commands.common import profile_of, refuse_sheet_of_text_file, row_range
from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, write_json
from desktop_app.commands.project import readiness, source_summary
from desktop_app.commands.project_text import problem_lines, validation_line
from desktop_app.core.clock import timestamp
from desktop_app.core.errors import SourceError, UsageError
from desktop_app.core.mapping.prepare import write_publishable_csv
from desktop_app.core.project.create import validation_summary
from desktop_app.core.project.model import Project, SourceRecord
from desktop_app.core.project.next_update import (
    NextUpdate,
    ReplayedTable,
    prepare_next_update,
    replay_table,
    with_coverage_from,
)
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas.agent import schema_catalogue
from desktop_app.core.sources import Table, read_table
from desktop_app.core.sources.inclusion import refuse_useless_ranges
from desktop_app.core.validation.engine import validate_csv
from desktop_app.texts import Language, render


def add_update_command(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `project update` to the `project` command."""
    update = actions.add_parser(
        "update", help="préparer la prochaine mise à jour avec un nouveau fichier"
    )
    update.add_argument("project", type=Path, metavar="PROJET.datamairie")
    update.add_argument("file", type=Path, metavar="NOUVEAU_FICHIER")
    update.add_argument(
        "--sheet",
        default=None,
        metavar="FEUILLE",
        help="feuille à lire (par défaut celle de la dernière fois)",
    )
    update.add_argument(
        "--header-row",
        type=int,
        default=None,
        metavar="N",
        help="ligne des titres de colonnes (par défaut celle de la dernière fois)",
    )
    update.add_argument(
        "--include",
        action="append",
        default=[],
        type=row_range,
        metavar="PREMIÈRE-DERNIÈRE",
        help="reprendre comme données des lignes laissées de côté (par défaut celles de la "
        "dernière fois) ; peut être répété",
    )
    update.add_argument("--json", action="store_true", help="réponse en JSON")
    update.set_defaults(run=run_update)


def read_new_file(
    path: Path,
    previous: SourceRecord,
    sheet: str | None,
    header_row: int | None,
    include: tuple[tuple[int, int], ...] | None = None,
) -> Table:
    """Read next month's file as last month's was read, unless told otherwise.

    A workbook whose sheet has another name this time (« Mars » → « Avril ») is read from
    the sheet that holds its main table, as when a file is first opened.

    Raises:
        UsageError: the header row asked for is negative.
        SourceError: the file cannot be read as a table.
    """
    if header_row is not None and header_row < 0:
        raise UsageError("header-row-negative", row=header_row)
    row = previous.header_row if header_row is None else header_row
    # The parts taken back in last time are taken back again, unless told otherwise.
    taken = previous.include if include is None else include
    if sheet is not None or previous.sheet is None:
        return read_table(path, sheet=sheet, header_row=row, include=taken)
    try:
        return read_table(path, sheet=previous.sheet, header_row=row, include=taken)
    except SourceError as error:
        if error.code != "sheet-not-found":
            raise
    return read_table(path, header_row=header_row)


def run_update(arguments: argparse.Namespace, lang: Language) -> int:
    """Reopen the project with a new file, replay the agent's work, and save it.

    Raises:
        ProjectError: the project cannot be read or written.
        UsageError: the project has no schema to replay against.
        SourceError, SchemaError: the new file or the schema cannot be read.
    """
    file = ProjectFile(arguments.project)
    project = file.load()
    if project.schema_reference is None:
        raise UsageError("project-update-no-schema", file=arguments.project.name)
    schema = schema_catalogue(profile_of(arguments)).get(project.schema_reference)
    include = tuple(arguments.include) if arguments.include else None
    refuse_sheet_of_text_file(arguments.file, arguments.sheet)
    table = read_new_file(
        arguments.file, project.source, arguments.sheet, arguments.header_row, include
    )
    if include is not None:  # only ranges typed now: last month's may no longer apply
        refuse_useless_ranges(table, include)
    moment = timestamp()
    update = prepare_next_update(
        project, arguments.file, table, file.path, now=moment, replayed_include=include is None
    )
    replayed = replay_table(update.project, table, schema)
    with tempfile.TemporaryDirectory(prefix="datamairie-") as folder:
        shaped = Path(folder) / "update.csv"
        write_publishable_csv(replayed.prepared, shaped)
        check = validate_csv(shaped, schema)
    updated = replace(
        with_coverage_from(update.project, replayed),
        validation=validation_summary(check, now=moment),
    )
    file.create(updated, arguments.file)
    payload = update_payload(file.path, project, updated, update, replayed, lang)
    if arguments.json:
        write_json(payload)
    else:
        sys.stdout.write(update_text(payload, lang) + "\n")
    return (
        EXIT_OK if payload["complete"] and payload["ready"] and check.valid else EXIT_DATA_PROBLEMS
    )


def update_payload(
    path: Path,
    before: Project,
    after: Project,
    update: NextUpdate,
    replayed: ReplayedTable,
    lang: Language,
) -> dict[str, Any]:
    """The JSON answer of `project update` (documented key by key in docs/cli.md)."""
    mapping = after.mapping
    skipped = replayed.skipped_edits
    kept = [decision.finding for decision in after.privacy_decisions]
    return {
        "project": str(path),
        "previous_source": before.source.name,
        "source": source_summary(after.source),
        "mapping": {
            "fields": 0
            if mapping is None
            else sum(1 for item in mapping.fields if item.column or item.constant is not None),
            "missing_columns": list(update.missing_columns),
        },
        "edits": {
            "replayed": len(after.edits.active) - len(skipped),
            "changed_cells": replayed.outcome.changed,
            "skipped": [edit.to_json() for edit in skipped],
        },
        "privacy": {"kept": kept, "dropped": list(update.dropped_decisions)},
        "include": {
            "kept": [list(part) for part in after.source.include],
            "ignored": [list(part) for part in update.ignored_include],
        },
        "temporal_coverage": after.metadata.to_json()["temporal_coverage"],
        "validation": None if after.validation is None else after.validation.to_json(),
        "publication": {
            "mode": after.publication.mode,
            "dataset_id": after.publication.dataset_id,
            "platform": after.publication.platform,
        },
        "page": after.page.value,
        "complete": not (
            update.missing_columns or skipped or update.dropped_decisions or update.ignored_include
        ),
        **readiness(after, lang),
    }


def update_text(payload: dict[str, Any], lang: Language) -> str:
    """The lines of `project update` for the agent, from its JSON answer."""
    edits, privacy = payload["edits"], payload["privacy"]
    lines = [
        render(
            "project-update-done",
            {"file": Path(payload["project"]).name, "text": payload["source"]["name"]},
            lang,
        ),
        render("project-update-mapping", {"count": payload["mapping"]["fields"]}, lang),
    ]
    if payload["mapping"]["missing_columns"]:
        names = payload["mapping"]["missing_columns"]
        lines.append(render("project-update-missing-columns", {"names": names}, lang))
    lines.append(
        render(
            "project-update-edits",
            {"count": edits["replayed"], "value": edits["changed_cells"]},
            lang,
        )
    )
    lines.extend(
        "  − " + render("project-update-skipped-edit", edit, lang) for edit in edits["skipped"]
    )
    lines.append(render("project-update-decisions", {"count": len(privacy["kept"])}, lang))
    if privacy["dropped"]:
        lines.append(render("project-update-dropped", {"names": privacy["dropped"]}, lang))
    for first, last in payload["include"]["ignored"]:
        part = f"{first}-{last}" if last != first else str(first)
        params = {"range": part, "count": last - first + 1}
        lines.append(render("project-update-include-ignored", params, lang))
    coverage = payload["temporal_coverage"]
    if coverage is not None:
        params = {"first": _day(coverage["start"], lang), "last": _day(coverage["end"], lang)}
        lines.append(render("project-update-coverage", params, lang))
    lines.append(validation_line(payload["validation"], lang))
    publication = payload["publication"]
    key = (
        "project-update-same-dataset" if publication["dataset_id"] else "project-update-new-dataset"
    )
    lines.append(render(key, None, lang))
    lines.extend(problem_lines(payload["problems"], payload["ready"], lang))
    return "\n".join(lines)


def _day(iso: str | None, lang: Language) -> str:
    """A date as the agent writes it (22/01/2024 in French), from its ISO form."""
    if iso is None:
        return "…"
    return date.fromisoformat(iso).strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")
