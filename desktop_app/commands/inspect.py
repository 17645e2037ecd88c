"""`datamairie inspect FILE`: what DataMairie sees in a file, without changing anything."""

from __future__ import annotations

import argparse
import sys

from desktop_app.commands.common import add_reading_options, read_input
from desktop_app.commands.output import EXIT_OK, write_json
from desktop_app.core.sources import Excluded, Table
from desktop_app.texts import Language, render
from desktop_app.texts.reading import excluded_text

SEPARATOR_WORDS = {";": "point-virgule", ",": "virgule", "\t": "tabulation", "|": "barre verticale"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `inspect` to the command line."""
    command = commands.add_parser("inspect", help="montrer le tableau trouvé dans un fichier")
    add_reading_options(command)
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace, lang: Language) -> int:
    """Read the file and tell what was found."""
    table = read_input(arguments)
    if arguments.json:
        write_json(inspect_payload(table, lang))
    else:
        sys.stdout.write(inspect_text(table, lang) + "\n")
    return EXIT_OK


def inspect_payload(table: Table, lang: Language) -> dict[str, object]:
    """The JSON contract of `inspect` (documented key by key in docs/cli.md)."""
    source = table.source
    return {
        "file": source.path.name,
        "format": source.format,
        "encoding": source.encoding,
        "separator": source.separator,
        "sheets": [
            {"name": s.name, "rows": s.rows, "columns": s.columns, "hidden": s.hidden}
            for s in source.sheets
        ],
        "sheet": source.sheet,
        "header_row": source.header_row,
        "header_rows": source.header_rows,
        "columns": table.column_names,
        "column_letters": [column.letter for column in table.columns],
        "rows": table.row_count,
        "excluded": [_excluded_payload(item, lang) for item in table.excluded],
        "included": [_excluded_payload(item, lang) for item in table.included],
        "warnings": [
            {"code": notice.code, "message": render(notice.code, notice.params, lang)}
            for notice in table.notices
        ],
    }


def _excluded_payload(item: Excluded, lang: Language) -> dict[str, object]:
    return {
        "reason": item.reason,
        "first_row": item.first_row,
        "last_row": item.last_row,
        "row_count": item.row_count,
        "column": item.column,
        "preview": item.preview,
        "message": excluded_text(item, lang),
    }


def inspect_text(table: Table, lang: Language) -> str:
    """A short French (or English) account of what was found, for a person at a terminal."""
    fr = lang == "fr"
    source = table.source
    lines = [
        f"{'Fichier' if fr else 'File'} : {source.path.name} ({render_format(source.format, lang)})"
    ]
    if source.encoding:
        separator = SEPARATOR_WORDS.get(source.separator or "", source.separator or "")
        lines.append(
            f"{'Texte' if fr else 'Text'} : {source.encoding}, "
            f"{'séparateur' if fr else 'separator'} {separator}"
        )
    for info in source.sheets:
        mark = "→" if info.name == source.sheet else " "
        hidden = (" (masquée)" if fr else " (hidden)") if info.hidden else ""
        lines.append(
            f" {mark} {'feuille' if fr else 'sheet'} « {info.name} » : "
            f"{info.rows} × {info.columns}{hidden}"
        )
    header = source.header_row
    if header is None:
        lines.append("Pas de ligne de titres" if fr else "No header row")
    else:
        lines.append(f"{'Titres de colonnes : ligne' if fr else 'Column labels: row'} {header}")
    lines.append(
        f"{'Colonnes' if fr else 'Columns'} ({len(table.columns)}) : "
        + ", ".join(table.column_names)
    )
    lines.append(f"{'Lignes de données' if fr else 'Data rows'} : {table.row_count}")
    for item in table.excluded:
        lines.append(f"  − {excluded_text(item, lang)}")
    for item in table.included:
        lines.append(f"  + {excluded_text(item, lang)}")
    for notice in table.notices:
        lines.append(f"  ! {render(notice.code, notice.params, lang)}")
    return "\n".join(lines)


def render_format(file_format: str, lang: Language) -> str:
    """Plain words for a file format."""
    from desktop_app.texts.vocabulary import FORMAT_WORDS

    words = FORMAT_WORDS.get(file_format, (file_format, file_format))
    return words[0] if lang == "fr" else words[1]
