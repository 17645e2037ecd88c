"""`validate`'s answer for a person: problems grouped by column and kind, each explained once.

The JSON keeps every finding (up to ``--limit``); the text says "396 cellules — « SIRET »
(idBeneficiaire) — numéro abîmé par Excel", the explanation, and one example with its place
in the agent's own table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.texts import Language, render
from desktop_app.texts.codes.validation import group_title_code
from desktop_app.texts.problem_groups import group_heading

if TYPE_CHECKING:
    from desktop_app.core.mapping.prepare import PreparedTable
    from desktop_app.core.schemas.model import TableSchema
    from desktop_app.core.validation.engine import TableCheck
    from desktop_app.core.validation.groups import ProblemGroup

_INDENT = "    "
_LONGEST = 80


def grouped_report(
    check: TableCheck, schema: TableSchema, prepared: PreparedTable | None, lang: Language
) -> str:
    """The report as text: a summary line, then one paragraph per group, largest first."""
    name = f"{schema.name} {schema.version}".strip()
    if check.valid:
        return render("validate-conforms", {"schema": name, "rows": check.rows}, lang)
    # The grouping (and the cell readers it explains with) is imported for problems only.
    from desktop_app.core.validation.groups import group_problems, problem_rows

    groups = group_problems(check, schema)
    lines = [
        render(
            "groups-summary",
            {
                "count": check.error_count,
                "rows": len(problem_rows(check)),
                "total": check.rows,
                "groups": len(groups),
                "schema": name,
            },
            lang,
        )
    ]
    for group in groups:
        lines.append("")
        lines.append("  " + heading(group, column_label(prepared, group.field), lang))
        params = {key: _shortened(value) for key, value in group.params.items()}
        lines.append(_INDENT + render(group.kind, params, lang))
        example = _example(group, prepared, lang)
        if example:
            lines.append(_INDENT + example)
    return "\n".join(lines)


def groups_payload(
    check: TableCheck, schema: TableSchema, prepared: PreparedTable | None, lang: Language
) -> list[dict[str, Any]]:
    """The JSON of the groups (docs/cli.md): the same grouping as the text."""
    if check.valid:
        return []
    from desktop_app.core.validation.groups import group_problems

    return [
        {
            "field": group.field,
            "label": column_label(prepared, group.field),
            "kind": group.kind,
            "title": render(group_title_code(group.kind), None, lang),
            "cells": group.cells,
            "count": group.count,
            "first_row": group.first_row,
            "message": render(group.kind, group.params, lang),
        }
        for group in group_problems(check, schema)
    ]


def heading(group: ProblemGroup, label: str | None, lang: Language) -> str:
    """The heading: "396 cellules — « SIRET » (idBeneficiaire) — numéro abîmé par Excel"."""
    return group_heading(
        cells=group.cells,
        field=group.field,
        label=label,
        kind=group.kind,
        whole_row=group.first_row is not None,
        lang=lang,
    )


def column_label(prepared: PreparedTable | None, field: str | None) -> str | None:
    """The agent's own title of the column that fills a field (None: a constant or no column)."""
    if prepared is None or field is None or field not in prepared.schema.field_names:
        return None
    return prepared.mapping.for_field(field).column


def _example(group: ProblemGroup, prepared: PreparedTable | None, lang: Language) -> str:
    row = group.first_row
    if row is None:
        return ""
    values = group.values[group.rows == row]
    value = str(values[0]) if len(values) else ""
    place = _place(prepared, row, group.field, lang)
    if not value:
        return render("groups-example-empty", {"place": place}, lang)
    return render("groups-example", {"place": place, "value": _shortened(value)}, lang)


def _shortened(value: object) -> object:
    """A long cell cut for a one-screen report (the JSON keeps it whole)."""
    if isinstance(value, str) and len(value) > _LONGEST:
        return value[: _LONGEST - 1].rstrip() + "…"
    return value


def _place(prepared: PreparedTable | None, row: int, field: str | None, lang: Language) -> str:
    fr = lang == "fr"
    where = _source_place(prepared, row, field)
    if not where:
        return f"{'ligne' if fr else 'row'} {row}"
    parts = []
    if where.get("sheet"):
        parts.append(f"feuille « {where['sheet']} »" if fr else f"sheet “{where['sheet']}”")
    parts.append(f"{'ligne' if fr else 'row'} {where['row']}")
    if where.get("column"):
        parts.append(f"{'colonne' if fr else 'column'} {where['column']}")
    return ", ".join(parts)


def _source_place(prepared: PreparedTable | None, row: int, field: str | None) -> dict[str, Any]:
    table = prepared.source if prepared is not None else None
    if prepared is None or table is None or not 0 <= row - 2 < table.row_count:
        return {}
    column = prepared.mapping.for_field(field).column if field is not None else None
    if column is None:
        return {"row": int(table.row_numbers[row - 2])}
    origin = table.origin(row - 2, table.column_names.index(column))
    return {"sheet": origin.sheet, "row": origin.row, "column": origin.column}
