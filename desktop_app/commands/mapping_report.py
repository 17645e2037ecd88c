"""What `suggest`, `map` and `prepare` answer: JSON for scripts, French lines for people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.core.mapping.conversion import ColumnConversion
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.mapping.schema_ranking import SchemaSuggestion
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.privacy.remedies import undecided
from desktop_app.core.schemas.model import TableSchema
from desktop_app.texts import Language, render

SAMPLES = 3


def suggestions_payload(suggestions: list[SchemaSuggestion], lang: Language) -> dict[str, Any]:
    """The JSON contract of `suggest` (documented key by key in docs/cli.md)."""
    return {
        "suggestions": [
            {
                "schema": item.name,
                "version": item.version,
                "title": item.title,
                "score": item.score,
                "reason": _reason(item, lang),
                "recognised_columns": item.recognised_columns,
                "total_columns": item.total_columns,
                "required_found": item.required_found,
                "required_total": item.required_total,
            }
            for item in suggestions
        ]
    }


def _reason(item: SchemaSuggestion, lang: Language) -> str:
    params = {"recognised": item.recognised_columns, "total": item.total_columns}
    return render("columns-recognised", params, lang)


def suggestions_text(suggestions: list[SchemaSuggestion], lang: Language) -> str:
    """The ranked schemas, one line each."""
    lines = []
    for rank, item in enumerate(suggestions, start=1):
        lines.append(
            f"{rank}. {item.name} {item.version} — {item.title} : "
            f"{_reason(item, lang)} (score {item.score:.2f})"
        )
    return "\n".join(lines)


def field_payload(
    schema: TableSchema, prepared: PreparedTable, name: str, lang: Language
) -> dict[str, Any]:
    """One field of the `map` answer: its column or constant, why, and the conversion."""
    field = schema.field_named(name)
    item = prepared.mapping.for_field(name)
    conversion = prepared.conversions.get(name)
    return {
        "field": name,
        "title": field.title,
        "required": field.required,
        "column": item.column,
        "constant": item.constant,
        "confidence": item.confidence,
        "guess": item.guess,
        "evidence": [
            {"code": e.code, "message": render(e.code, e.params, lang)} for e in item.evidence
        ],
        "conversion": None if conversion is None else conversion_payload(conversion, lang),
        "samples": [str(value) for value in prepared.frame[name].head(SAMPLES)],
    }


def conversion_payload(conversion: ColumnConversion, lang: Language) -> dict[str, Any]:
    """What converting one column changed, and what it could not convert."""
    return {
        "changed": conversion.changed,
        "changes": [
            {
                "code": code,
                "count": count,
                "message": render(f"change-{code}", None, lang),
                "examples": [list(pair) for pair in conversion.examples.get(code, ())],
            }
            for code, count in conversion.counts_by_kind.items()
        ],
        "unconverted": conversion.failed,
        "failures": [
            {
                "code": code,
                "count": count,
                "message": render(f"failure-{code}", None, lang),
                "examples": list(conversion.failure_examples.get(code, ())),
            }
            for code, count in conversion.failure_codes.items()
        ],
        "detail": {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in conversion.detail.items()
        },
    }


def mapping_text(schema: TableSchema, prepared: PreparedTable, origin: str, lang: Language) -> str:
    """The mapping, one field a line: field ← column (confidence), and what was converted."""
    fr = lang == "fr"
    origins = {
        "file": ("correspondance lue dans le fichier donné", "mapping read from the given file"),
        "saved": (
            "correspondance enregistrée la dernière fois pour ces colonnes",
            "mapping saved last time for these columns",
        ),
        "suggested": ("correspondance proposée par DataMairie", "mapping suggested by DataMairie"),
    }
    lines = [f"{schema.name} {schema.version} — {origins[origin][0 if fr else 1]}"]
    for field in schema.fields:
        item = prepared.mapping.for_field(field.name)
        mark = "*" if field.required else " "
        if item.column is not None:
            confidence = "" if item.confidence is None else f" ({item.confidence:.0%})"
            source = f"← « {item.column} »{confidence}"
        elif item.constant is not None:
            source = f"= « {item.constant} »"
        else:
            source = "— aucune colonne" if fr else "— no column"
        lines.append(f" {mark} {field.name} {source}")
        conversion = prepared.conversions.get(field.name)
        if conversion is not None:
            lines += _conversion_lines(conversion, lang)
    if prepared.missing_required:
        missing = ", ".join(prepared.missing_required)
        lines.append(
            f"Champs obligatoires sans colonne : {missing}"
            if fr
            else f"Required fields without a column: {missing}"
        )
    return "\n".join(lines)


def _conversion_lines(conversion: ColumnConversion, lang: Language) -> list[str]:
    lines = [
        f"      {count} × {render(f'change-{code}', None, lang)}"
        for code, count in conversion.counts_by_kind.items()
    ]
    lines += [
        f"      ! {count} × {render(f'failure-{code}', None, lang)}"
        for code, count in conversion.failure_codes.items()
    ]
    return lines


def prepare_payload(
    preparation: Preparation,
    output: Path | None,
    mapping_file: Path | None,
    origin: str,
    carried: bool,
) -> dict[str, Any]:
    """The JSON answer of `prepare` (documented key by key in docs/cli.md).

    ``rows`` and ``columns`` are those of the file written (corrections made, privacy
    decisions applied), else those of the corrected table.
    """
    prepared, edited, replayed = preparation.prepared, preparation.edited, preparation.replayed
    if prepared is None or edited is None or replayed is None:
        raise ValueError("`prepare` always maps onto a schema")
    shown = preparation.publishable if output is not None else edited
    frame = edited.frame if shown is None else shown.frame
    findings = preparation.scan.findings
    waiting = {finding.key for finding in undecided(findings, preparation.decisions)}
    return {
        "output": None if output is None else str(output),
        "mapping_file": None if mapping_file is None else str(mapping_file),
        "origin": origin,
        "schema": {"name": prepared.schema.name, "version": prepared.schema.version},
        "rows": len(frame),
        "columns": len(frame.columns),
        "changed": prepared.changed,
        "unconverted": prepared.unconverted,
        "missing_required": list(prepared.missing_required),
        "from_project": carried,
        "edits": {
            "applied": len(preparation.edits.active) - len(replayed.skipped),
            "skipped": len(replayed.skipped),
        },
        "privacy": {
            "decided": [finding.key for finding in findings if finding.key not in waiting],
            "undecided": [finding.key for finding in findings if finding.key in waiting],
        },
    }
