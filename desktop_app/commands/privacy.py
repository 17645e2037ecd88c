"""`datamairie privacy FILE [--schema NAME]`: the personal data that must not be published.

Without a schema the agent's table is scanned as read; with one, the file is first mapped
and converted as in the wizard, and the copy to be published is scanned, each column read
in the light of what the schema says it is for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.commands.common import add_reading_options, profile_of, read_input, resolve_schema
from desktop_app.commands.mapping import mapping_for
from desktop_app.commands.output import EXIT_DATA_PROBLEMS, EXIT_OK, write_json
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.privacy.findings import LIKELY
from desktop_app.core.privacy.model import Evidence, PrivacyFinding, PrivacyScan
from desktop_app.core.privacy.scan import scan_prepared, scan_table
from desktop_app.core.schemas.agent import schema_catalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.texts import Language, render

LISTED_CELLS = 1000
LISTED_ROWS = 50


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `privacy` to the command line."""
    command = commands.add_parser("privacy", help="repérer les données personnelles du fichier")
    add_reading_options(command)
    command.add_argument(
        "--schema",
        default=None,
        metavar="NOM[@VERSION]",
        help="schéma national : les colonnes sont lues selon ce qu'il en dit",
    )
    command.add_argument(
        "--mapping",
        type=Path,
        default=None,
        metavar="M.json",
        help="correspondance enregistrée à appliquer (avec --schema)",
    )
    command.add_argument(
        "--limit",
        type=int,
        default=LISTED_CELLS,
        metavar="N",
        help="nombre de cellules détaillées (toutes sont comptées)",
    )
    command.set_defaults(run=run, constant=[], commune=None)


def run(arguments: argparse.Namespace, lang: Language) -> int:
    """Scan the file and print what was found; exit 1 when something is likely personal."""
    table = read_input(arguments)
    schema: TableSchema | None = None
    if arguments.schema is None:
        scan = scan_table(table)
        row_numbers = table.row_numbers
    else:
        schema = resolve_schema(schema_catalogue(profile_of(arguments)), arguments.schema)
        mapping, _ = mapping_for(arguments, table, schema)
        prepared = prepare_table(table, schema, mapping)
        scan = scan_prepared(prepared)
        row_numbers = prepared.row_numbers
    payload = privacy_payload(scan, schema, row_numbers, arguments.limit, lang)
    payload["file"] = arguments.file.name
    if arguments.json:
        write_json(payload)
    else:
        sys.stdout.write(_report_text(payload, lang) + "\n")
    return EXIT_DATA_PROBLEMS if payload["personal"] else EXIT_OK


def _said(items: tuple[Evidence, ...], lang: Language) -> list[dict[str, Any]]:
    return [{"code": item.code, "message": render(item.code, item.params, lang)} for item in items]


def _finding_payload(
    finding: PrivacyFinding, row_numbers: npt.NDArray[np.int64], lang: Language
) -> dict[str, Any]:
    return {
        "key": finding.key,
        "column": finding.column,
        "label": finding.label,
        "category": finding.category.value,
        "category_label": render(f"privacy-category-{finding.category.value}", None, lang),
        "scope": finding.scope,
        "confidence": finding.confidence,
        "evidence": _said(finding.evidence, lang),
        "lowered": _said(finding.lowered, lang),
        "examples": list(finding.examples),
        "row_count": len(finding.rows),
        "rows": [int(row_numbers[row]) for row in finding.rows[:LISTED_ROWS]],
        "remedies": [
            {"code": remedy.value, "message": render(f"privacy-remedy-{remedy.value}", None, lang)}
            for remedy in finding.remedies
        ],
        "suggested": finding.suggested.value,
        "advised_reason": finding.advised_reason or None,
    }


def privacy_payload(
    scan: PrivacyScan,
    schema: TableSchema | None,
    row_numbers: npt.NDArray[np.int64],
    limit: int,
    lang: Language,
) -> dict[str, Any]:
    """The JSON contract of `privacy` (documented key by key in docs/cli.md)."""
    findings = [_finding_payload(finding, row_numbers, lang) for finding in scan.findings]
    columns = []
    for name in scan.columns:
        mine = [item for item in findings if item["column"] == name]
        best = max(mine, key=lambda item: item["confidence"]) if mine else None
        columns.append(
            {
                "name": name,
                "label": best["label"] if best else name,
                "category": best["category"] if best else "none",
                "scope": best["scope"] if best else None,
                "confidence": best["confidence"] if best else 0.0,
                "evidence": best["evidence"] + best["lowered"] if best else [],
                "examples": best["examples"] if best else [],
            }
        )
    return {
        "schema": None if schema is None else {"name": schema.name, "version": schema.version},
        "rows": scan.rows,
        "personal": any(finding.confidence >= LIKELY for finding in scan.findings),
        "columns": columns,
        "findings": findings,
        "cell_count": len(scan.cells),
        "cells": [
            {
                "row": int(row_numbers[cell.row]),
                "column": cell.column,
                "category": cell.category.value,
                "example": cell.example,
            }
            for cell in scan.cells[: max(limit, 0)]
        ],
    }


def _report_text(payload: dict[str, Any], lang: Language) -> str:
    fr = lang == "fr"
    if not payload["findings"]:
        return render("privacy-nothing-found", {"rows": payload["rows"]}, lang)
    lines = [
        "Données personnelles repérées :" if fr else "Personal data found:",
    ]
    for item in payload["findings"]:
        sure = round(item["confidence"] * 100)
        where = f"« {item['label']} »" if fr else f"“{item['label']}”"
        lines.append(f"  − {where} : {item['category_label']} ({sure} %)")
        for said in item["evidence"] + item["lowered"]:
            lines.append(f"      {said['message']}")
        if item["examples"]:
            shown = ", ".join(item["examples"])
            lines.append(f"      {'exemples' if fr else 'examples'} : {shown}")
    if payload["cell_count"]:
        lines.append(
            f"{payload['cell_count']} mentions dans du texte libre (voir --json)."
            if fr
            else f"{payload['cell_count']} mentions in free text (see --json)."
        )
    return "\n".join(lines)
