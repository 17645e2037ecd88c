"""`suggest`, `map` and `prepare`: from the agent's table to the schema's publishable file."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.commands.common import (
    add_reading_options,
    profile_of,
    read_input,
    refuse_writing_over_the_source,
    resolve_schema,
)
from desktop_app.commands.mapping_report import (
    field_payload,
    mapping_text,
    prepare_payload,
    suggestions_payload,
    suggestions_text,
)
from desktop_app.commands.options import add_mapping_options
from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, write_json
from desktop_app.commands.project import add_project_options, commune_of, write_project
from desktop_app.commands.project_text import problem_lines, undecided_lines
from desktop_app.core.errors import MappingError, UsageError
from desktop_app.core.mapping.constants import CommuneIdentity, fill_from_profile
from desktop_app.core.mapping.document import load_mapping, save_mapping
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import PreparedTable, prepare_table
from desktop_app.core.mapping.schema_ranking import rank_schemas
from desktop_app.core.mapping.templates import MappingTemplates, starting_mapping
from desktop_app.core.privacy.remedies import undecided
from desktop_app.core.project.create import carried_preparation
from desktop_app.core.schemas.agent import MAPPING_TEMPLATES, schema_catalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources import Table
from desktop_app.texts import Language, render


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `suggest`, `map` and `prepare` to the command line."""
    suggest = commands.add_parser("suggest", help="trouver le schéma national du fichier")
    add_reading_options(suggest)
    suggest.set_defaults(run=run_suggest)

    mapping = commands.add_parser("map", help="faire correspondre colonnes et champs du schéma")
    add_reading_options(mapping)
    add_mapping_options(mapping)
    mapping.set_defaults(run=run_map)

    prepare = commands.add_parser("prepare", help="écrire le fichier CSV à publier")
    add_reading_options(prepare)
    add_mapping_options(prepare)
    prepare.add_argument("--out", type=Path, default=None, metavar="SORTIE.csv")
    add_project_options(prepare)
    prepare.set_defaults(run=run_prepare)


def run_suggest(arguments: argparse.Namespace, lang: Language) -> int:
    """Rank the catalogue's schemas for the file."""
    table = read_input(arguments)
    suggestions = rank_schemas(table, schema_catalogue(profile_of(arguments)))
    if arguments.json:
        write_json(suggestions_payload(suggestions, lang))
    else:
        sys.stdout.write(suggestions_text(suggestions, lang) + "\n")
    return EXIT_OK


@dataclass(frozen=True, eq=False)
class MappedInput:
    """The command's file read, mapped onto its schema and converted, as the wizard would."""

    table: Table
    schema: TableSchema
    mapping: ColumnMapping
    origin: str
    prepared: PreparedTable
    commune: CommuneIdentity | None = None


def map_input(arguments: argparse.Namespace, schema: TableSchema | None = None) -> MappedInput:
    """Read FILE, choose its mapping (given, saved or suggested) and convert its values."""
    table = read_input(arguments)
    if schema is None:
        schema = resolve_schema(schema_catalogue(profile_of(arguments)), arguments.schema)
    commune = commune_for(arguments)
    mapping, origin = mapping_for(arguments, table, schema, commune)
    prepared = prepare_table(table, schema, mapping)
    return MappedInput(table, schema, mapping, origin, prepared, commune)


def run_map(arguments: argparse.Namespace, lang: Language) -> int:
    """Suggest (or apply) the mapping of the file's columns onto the schema's fields."""
    mapped = map_input(arguments)
    schema, prepared = mapped.schema, mapped.prepared
    if arguments.json:
        write_json(
            {
                "schema": {"name": schema.name, "version": schema.version},
                "origin": mapped.origin,
                "fields": [
                    field_payload(schema, prepared, field.name, lang) for field in schema.fields
                ],
                "missing_required": list(prepared.missing_required),
                "unmapped_columns": _unmapped_columns(mapped.table, mapped.mapping),
            }
        )
    else:
        sys.stdout.write(mapping_text(schema, prepared, mapped.origin, lang) + "\n")
    return EXIT_OK


def run_prepare(arguments: argparse.Namespace, lang: Language) -> int:
    """Write the publishable CSV and the mapping used beside it, and/or the project file.

    The CSV is written by the file's Preparation: with ``--project`` naming a project that
    exists, its corrections and privacy decisions are carried over, so the bytes are those
    `publish` would send. Nothing is written at ``--out`` while a personal-data finding
    waits for a decision.
    """
    if arguments.out is None and arguments.project is None:
        raise UsageError("project-needs-output")
    refuse_writing_over_the_source(arguments.file, arguments.out, "--out")
    mapping_file = None if arguments.out is None else arguments.out.with_suffix(".mapping.json")
    refuse_writing_over_the_source(arguments.file, mapping_file, "--out")
    refuse_writing_over_the_source(arguments.file, arguments.project, "--project")
    mapped = map_input(arguments)
    preparation, earlier = carried_preparation(mapped.table, mapped.prepared, arguments.project)
    MappingTemplates(profile_of(arguments).root / MAPPING_TEMPLATES).remember(mapped.mapping)
    waiting = undecided(preparation.scan.findings, preparation.decisions)
    written = None
    if arguments.out is not None and mapping_file is not None:
        save_mapping(mapped.mapping, mapping_file)
        if not waiting:  # personal data is never written into the file to publish
            preparation.write_publishable(arguments.out)
            written = arguments.out
    payload = prepare_payload(
        preparation, written, mapping_file, mapped.origin, earlier is not None
    )
    if arguments.project is not None:
        payload["project"] = write_project(arguments, preparation, mapped.commune, lang, earlier)
    if arguments.json:
        write_json(payload)
    else:
        # Two findings in one column (names and e-mails in « Objet ») name the column once.
        columns = list(dict.fromkeys(finding.label for finding in waiting))
        lines = [
            _prepare_text(payload, lang),
            *_privacy_lines(payload, arguments, len(waiting), columns, lang),
        ]
        if "project" in payload:
            lines += _project_lines(payload["project"], [f.to_json() for f in waiting], lang)
        sys.stdout.write("\n".join(lines) + "\n")
    prepared = mapped.prepared
    problems = bool(prepared.missing_required or prepared.unconverted)
    if arguments.out is not None and waiting:
        problems = True
    if "project" in payload and not payload["project"]["ready"]:
        problems = True
    return EXIT_DATA_PROBLEMS if problems else EXIT_OK


def mapping_for(
    arguments: argparse.Namespace,
    table: Table,
    schema: TableSchema,
    commune: CommuneIdentity | None = None,
) -> tuple[ColumnMapping, str]:
    """The mapping to use: given, saved last time for these columns, or suggested now.

    The commune's profile (``commune``, see ``commune_for``) fills the fields no column fills.
    """
    if arguments.mapping is not None:
        mapping, origin = load_mapping(arguments.mapping), "file"
        if commune is not None:
            mapping = fill_from_profile(mapping, schema, commune)
    else:
        templates = MappingTemplates(profile_of(arguments).root / MAPPING_TEMPLATES)
        mapping, origin = starting_mapping(table, schema, templates, commune)
    for text in arguments.constant:
        name, separator, value = text.partition("=")
        if not separator or not name.strip():
            raise MappingError("mapping-bad-constant", text=text)
        if name.strip() not in schema.field_names:
            raise MappingError("mapping-unknown-field", field=name.strip())
        mapping = mapping.with_constant(name.strip(), value)
    return mapping, origin


def commune_for(arguments: argparse.Namespace) -> CommuneIdentity | None:
    """The commune of ``--commune``, else the commune profile saved in the wizard.

    ``--commune`` is a profile JSON file (as before), or a name, postcode or INSEE code
    looked up offline.
    """
    text: str | None = arguments.commune
    if text is not None and (text.lower().endswith(".json") or Path(text).is_file()):
        return _commune(Path(text))
    return commune_of(arguments)


def _commune(path: Path) -> CommuneIdentity:
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        return CommuneIdentity(
            name=str(data.get("name", "")),
            siret=str(data.get("siret", "")),
            insee=str(data.get("insee", "")),
        )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        raise MappingError("profile-unreadable", file=path.name) from None


def _unmapped_columns(table: Table, mapping: ColumnMapping) -> list[str]:
    used = {item.column for item in mapping.fields}
    return [name for name in table.column_names if name not in used]


def _prepare_text(payload: dict[str, Any], lang: Language) -> str:
    lines: list[str] = []
    if payload["output"] is not None:
        output = {"file": payload["output"], "rows": payload["rows"]}
        lines.append(render("prepare-output", {**output, "columns": payload["columns"]}, lang))
    if payload["mapping_file"] is not None:
        lines.append(render("prepare-mapping", {"file": payload["mapping_file"]}, lang))
    values = {"changed": payload["changed"], "unconverted": payload["unconverted"]}
    lines.append(render("prepare-values", values, lang))
    if payload["missing_required"]:
        missing = ", ".join(payload["missing_required"])
        lines.append(render("prepare-missing-required", {"fields": missing}, lang))
    return "\n".join(lines)


def _project_lines(
    project: dict[str, Any], findings: list[dict[str, Any]], lang: Language
) -> list[str]:
    """The project written, its personal data waiting (with the command to decide), its gaps."""
    return [
        render("prepare-project-written", {"file": project["file"]}, lang),
        *undecided_lines(findings, project["privacy_undecided"], project["file"], lang),
        *problem_lines(project["problems"], project["ready"], lang),
    ]


def _privacy_lines(
    payload: dict[str, Any],
    arguments: argparse.Namespace,
    waiting: int,
    columns: list[str],
    lang: Language,
) -> list[str]:
    """What was carried from the project, and why the file to publish was not written."""
    lines = []
    edits = payload["edits"]
    if payload["from_project"]:
        lines.append(render("prepare-carried-edits", {"count": edits["applied"]}, lang))
        if edits["skipped"]:
            lines.append(render("prepare-skipped-edits", {"count": edits["skipped"]}, lang))
        decided = len(payload["privacy"]["decided"])
        lines.append(render("prepare-decided", {"count": decided}, lang))
    if arguments.out is not None and payload["output"] is None:
        words = {"file": arguments.out.name, "count": waiting, "names": columns}
        if arguments.project is None:
            lines.append(render("prepare-not-written", words, lang))
        else:
            words["name"] = arguments.project.name
            lines.append(render("prepare-not-written-project", words, lang))
    return lines
