"""`datamairie validate FILE --schema NAME`: every problem, as frictionless and the schema see it.

A file already in the schema's shape (its labels are the schema's field names, UTF-8 CSV) is
checked as it is, and problems are located in it; so is any UTF-8 CSV when
``--header-matching`` says how its columns meet the fields (by name or by position). Any other
file goes through reading, mapping and conversion first, as in the wizard, and problems are
located in the agent's own table: sheet, row, column letter and label.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands.common import (
    add_reading_options,
    profile_of,
    refuse_sheet_of_text_file,
    refuse_writing_over_the_source,
    resolve_schema,
)
from desktop_app.commands.options import add_mapping_options
from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, write_json
from desktop_app.commands.validate_text import grouped_report, groups_payload
from desktop_app.core.errors import UsageError
from desktop_app.core.schemas.agent import schema_catalogue
from desktop_app.core.sources.sniffing import sniff
from desktop_app.core.validation.engine import TableCheck, validate_csv
from desktop_app.core.validation.explain import explain
from desktop_app.core.validation.halves import SecondProcess
from desktop_app.core.validation.structure import HEADER_MATCHINGS
from desktop_app.texts import Language, render

if TYPE_CHECKING:
    from desktop_app.core.mapping.prepare import PreparedTable
    from desktop_app.core.schemas.model import TableSchema
    from desktop_app.core.validation.fixes import FixProposal

LISTED_ERRORS = 1000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `validate` to the command line."""
    command = commands.add_parser("validate", help="vérifier le fichier contre son schéma")
    add_reading_options(command)
    add_mapping_options(command)
    command.add_argument(
        "--write-fixed",
        type=Path,
        default=None,
        metavar="CORRIGÉ.csv",
        help="écrire une copie où les corrections sûres sont faites",
    )
    command.add_argument(
        "--limit",
        type=int,
        default=LISTED_ERRORS,
        metavar="N",
        help="nombre de problèmes détaillés (tous sont comptés)",
    )
    command.add_argument(
        "--header-matching",
        choices=HEADER_MATCHINGS,
        default=None,
        help="vérifier le fichier tel quel, ses colonnes appariées aux champs par leur nom "
        "(comme le validateur national) ou par leur place (comme frictionless par défaut)",
    )
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace, lang: Language) -> int:
    """Validate the file and print the report; exit 1 when problems were found."""
    refuse_writing_over_the_source(arguments.file, arguments.write_fixed, "--write-fixed")
    schema = resolve_schema(schema_catalogue(profile_of(arguments)), arguments.schema)
    prepared: PreparedTable | None = None
    matching = arguments.header_matching
    # A row of titles or parts set aside asked for are honoured by reading the file, as every
    # command does: checking it as it is would ignore them and lose or add rows in silence.
    reading = _reading_options(arguments)
    if matching is not None and reading:
        raise UsageError(
            "header-matching-with-reading-options", file=arguments.file.name, options=reading
        )
    if matching is not None or (not reading and _already_shaped(arguments.file, schema)):
        # The file's own checks first: a missing file, a folder, a pipe or an empty file
        # gets the reading's sentence, not a check of nothing or an unexpected failure.
        sniff(arguments.file)
        refuse_sheet_of_text_file(arguments.file, arguments.sheet)
        check = validate_csv(
            arguments.file,
            schema,
            header_matching=matching or "name",
            # A big file's second half on the other processor core (the command line only:
            # the wizard's window keeps its own).
            second_process=SecondProcess.for_this_system(),
        )
        payload = _checked(arguments, arguments.file, check, schema, None, lang)
    else:
        # Only a file to map pays for importing the reading and mapping machinery.
        import tempfile

        from desktop_app.commands.mapping import map_input
        from desktop_app.core.mapping.prepare import write_publishable_csv

        prepared = map_input(arguments, schema).prepared
        with tempfile.TemporaryDirectory(prefix="datamairie-") as folder:
            shaped = Path(folder) / "prepare.csv"
            write_publishable_csv(prepared, shaped)
            check = validate_csv(shaped, schema, second_process=SecondProcess.for_this_system())
            payload = _checked(arguments, shaped, check, schema, prepared, lang)
    if arguments.json:
        write_json(payload)
    else:
        sys.stdout.write(grouped_report(check, schema, prepared, lang) + "\n")
    return EXIT_OK if payload["valid"] else EXIT_DATA_PROBLEMS


def _checked(
    arguments: argparse.Namespace,
    shaped: Path,
    check: TableCheck,
    schema: TableSchema,
    prepared: PreparedTable | None,
    lang: Language,
) -> dict[str, Any]:
    """The report, with the sure corrections; written into a copy when asked."""
    payload = report_payload(check, schema, prepared, arguments.limit, lang)
    payload["groups"] = groups_payload(check, schema, prepared, lang)
    proposals = _sure_proposals(check, schema, prepared)
    payload["fixes"] = [
        {
            "field": proposal.field,
            "count": proposal.count,
            "changes": [
                {"code": kind, "message": render(f"change-{kind}", None, lang)}
                for kind in proposal.kinds
            ],
            "examples": [list(pair) for pair in proposal.examples],
        }
        for proposal in proposals
    ]
    if arguments.write_fixed is not None:
        from desktop_app.core.validation.fixes import apply_fixes

        payload["fixed_file"] = str(arguments.write_fixed)
        payload["fixed_cells"] = apply_fixes(shaped, arguments.write_fixed, proposals)
    return payload


def _sure_proposals(
    check: TableCheck, schema: TableSchema, prepared: PreparedTable | None
) -> list[FixProposal]:
    """The sure corrections of the problems found: none when nothing was found.

    A conforming file does not pay for importing the remedies, and with them the conversions
    and their readers of dates and numbers.
    """
    if check.valid:
        return []
    from desktop_app.core.validation.remedies import percent_fields, sure_proposals

    percents = frozenset() if prepared is None else percent_fields(prepared.conversions)
    return sure_proposals(check, schema, percents)


def _reading_options(arguments: argparse.Namespace) -> str:
    """The options given that say how to read the file (``--header-row``, ``--include``)."""
    given = []
    if arguments.header_row is not None:
        given.append("--header-row")
    if arguments.include:
        given.append("--include")
    return ", ".join(given)


def _already_shaped(path: Path, schema: TableSchema) -> bool:
    """Whether the file is a UTF-8 CSV whose labels are all the schema's field names."""
    if path.suffix.lower() != ".csv" or not path.is_file():  # a pipe's opening would block
        return False
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            labels = next(csv.reader(handle), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return False
    return set(labels) == set(schema.field_names)


def report_payload(
    check: TableCheck,
    schema: TableSchema,
    prepared: PreparedTable | None,
    limit: int,
    lang: Language,
) -> dict[str, Any]:
    """The JSON contract of `validate` (documented key by key in docs/cli.md)."""
    findings = check.findings
    by_code = findings.counts_by_code()
    by_field = findings.counts_by_field()
    errors = []
    for finding in findings.first(limit):
        code, params = explain(finding, schema)
        errors.append(
            {
                "row": finding.row,
                "field": finding.field,
                "code": finding.code,
                "message": render(code, params, lang),
                "value": finding.value,
                "source_cell": _source_cell(prepared, finding.row, finding.field),
            }
        )
    for batch in check.extra_findings:
        by_code[batch.code] = by_code.get(batch.code, 0) + len(batch)
        by_field[batch.field] = by_field.get(batch.field, 0) + len(batch)
        for index in range(min(len(batch), max(limit - len(errors), 0))):
            extra = batch[index]
            errors.append(
                {
                    "row": extra.row_number,
                    "field": extra.field,
                    "code": extra.code,
                    "message": render(extra.code, extra.details, lang),
                    "value": extra.value,
                    "source_cell": _source_cell(prepared, extra.row_number, extra.field),
                }
            )
    places: dict[object, int] = {}
    for place, name in enumerate(schema.field_names):
        places.setdefault(name, place)
    errors.sort(key=lambda item: (item["row"] or 0, places.get(item["field"], -1)))
    return {
        "valid": check.valid,
        "schema": {"name": schema.name, "version": schema.version},
        "checked": "source" if prepared is not None else "file",
        "header_matching": check.header.matching,
        "rows": check.rows,
        "error_count": check.error_count,
        "counts": {"by_code": by_code, "by_field": by_field},
        "errors": errors[:limit],
        "warnings": [
            {"code": notice.code, "message": render(notice.code, notice.params, lang)}
            for notice in (*schema.notices, *check.warnings)
        ],
    }


def _source_cell(
    prepared: PreparedTable | None, row: int | None, field: str | None
) -> dict[str, Any] | None:
    """Where a problem stands in the agent's own table.

    Its row always; its cell when a column filled the field (a constant has no cell).
    """
    table = prepared.source if prepared is not None else None
    if prepared is None or table is None or row is None or not 0 <= row - 2 < table.row_count:
        return None
    column = prepared.mapping.for_field(field).column if field is not None else None
    if column is None:
        row_number = int(table.row_numbers[row - 2])
        return {"sheet": table.source.sheet, "row": row_number, "column": None, "label": None}
    origin = table.origin(row - 2, table.column_names.index(column))
    return {
        "sheet": origin.sheet,
        "row": origin.row,
        "column": origin.column,
        "label": origin.column_name,
    }
