"""What the headless commands share: reading options, the catalogue, the schema asked for."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import UsageError
from desktop_app.core.schemas import load_schema_file
from desktop_app.paths import AgentFolders, agent_folders_from

if TYPE_CHECKING:
    from desktop_app.core.schemas.catalogue import SchemaCatalogue
    from desktop_app.core.schemas.model import TableSchema
    from desktop_app.core.sources.model import Table


def add_reading_options(command: argparse.ArgumentParser) -> None:
    """The FILE argument and the options that say how to read it."""
    command.add_argument("file", type=Path, metavar="FICHIER")
    command.add_argument(
        "--sheet", default=None, metavar="FEUILLE", help="nom de la feuille à lire"
    )
    command.add_argument(
        "--header-row",
        type=int,
        default=None,
        metavar="N",
        help="ligne des titres de colonnes (1 = première ligne ; 0 = pas de titres)",
    )
    command.add_argument(
        "--include",
        action="append",
        default=[],
        type=row_range,
        metavar="PREMIÈRE-DERNIÈRE",
        help="reprendre comme données des lignes laissées de côté (par exemple 238-263) ; "
        "peut être répété",
    )
    command.add_argument("--json", action="store_true", help="réponse en JSON")


def row_range(text: str) -> tuple[int, int]:
    """An --include value: "238-263" (or "12" for one row) as a range of sheet rows."""
    first, _, last = text.strip().partition("-")
    try:
        start = int(first)
        end = int(last) if last.strip() else start
    except ValueError:
        start = end = 0
    if start < 1 or end < start:
        # argparse's words are English; the French parser puts them in French (command_line).
        raise argparse.ArgumentTypeError(f"“{text}”: expected FIRST-LAST, e.g. 238-263")
    return start, end


def read_input(arguments: argparse.Namespace) -> Table:
    """Read the FILE of a command, as the wizard's first step would.

    Raises:
        UsageError: the header row asked for is negative, ``--sheet`` names a sheet of a text
            file, or an ``--include`` range takes nothing back.
        SourceError: the file cannot be read as a table.
    """
    if arguments.header_row is not None and arguments.header_row < 0:
        raise UsageError("header-row-negative", row=arguments.header_row)
    refuse_sheet_of_text_file(arguments.file, arguments.sheet)
    # Not needed to check a CSV as is.
    from desktop_app.core.sources.inclusion import refuse_useless_ranges
    from desktop_app.core.sources.reader import read_table

    include = tuple(getattr(arguments, "include", ()))
    table = read_table(
        arguments.file, sheet=arguments.sheet, header_row=arguments.header_row, include=include
    )
    refuse_useless_ranges(table, include)
    return table


def refuse_sheet_of_text_file(path: Path, sheet: str | None) -> None:
    """Stop before ``--sheet`` is ignored in silence: a text file has no sheets.

    A script that names a sheet expects that sheet's table; a CSV holds one table, and
    reading it while the option says otherwise would hide the mistake.

    Raises:
        UsageError: ``sheet-of-text-file``, the file is a CSV (whatever its extension).
        SourceError: the file cannot be read (missing, a folder…).
    """
    if sheet is None:
        return
    from desktop_app.core.sources.sniffing import sniff

    if sniff(path).format == "csv":
        raise UsageError("sheet-of-text-file", file=path.name, sheet=sheet)


def refuse_writing_over_the_source(source: Path, output: Path | None, option: str) -> None:
    """Stop before an output option names the very file being read: it would be lost.

    Raises:
        UsageError: ``output`` is ``source`` (same path, or the same file by another name).
    """
    if output is None:
        return
    try:
        same = os.path.samefile(source, output)
    except OSError:  # one of them does not exist yet: compare where they would be
        same = source.resolve() == output.resolve()
    if same:
        raise UsageError("output-is-source", file=source.name, option=option)


def profile_of(arguments: argparse.Namespace) -> AgentFolders:
    """The agent's folders for this run (``--profile-dir`` or the usual place)."""
    directory: Path | None = arguments.profile_dir
    return agent_folders_from(directory)


def resolve_schema(catalogue: SchemaCatalogue, reference: str) -> TableSchema:
    """The schema named ``NAME[@VERSION]``, or read from a schema.json path.

    Raises:
        SchemaError: no such schema, version or file.
    """
    if reference.lower().endswith(".json") or Path(reference).is_file():
        return load_schema_file(Path(reference))
    return catalogue.get(reference)
