"""The `datamairie` command: no argument opens the wizard; sub-commands run the core headless."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__
from desktop_app.commands.output import (
    EXIT_OK,
    EXIT_UNREADABLE,
    report_error,
    write_json,
)
from desktop_app.core.errors import AppError, UsageError
from desktop_app.texts import Language

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The command line, with its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="datamairie",
        description="Publier les données publiques de la commune sur data.gouv.fr. "
        "Sans argument, ouvre l'assistant.",
    )
    parser.add_argument("--version", action="version", version=f"DataMairie {__version__}")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue des messages")
    parser.add_argument(
        "--profile-dir", type=Path, default=None, help="dossier des réglages et journaux"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    inspect = commands.add_parser("inspect", help="montrer le tableau trouvé dans un fichier")
    inspect.add_argument("file", type=Path, metavar="FICHIER")
    _add_reading_options(inspect)
    inspect.add_argument("--json", action="store_true", help="réponse en JSON")

    schemas = commands.add_parser("schemas", help="lister les schémas nationaux connus")
    schemas.add_argument(
        "--search", default=None, metavar="TEXTE", help="chercher par mots (accents ignorés)"
    )
    schemas.add_argument("--json", action="store_true", help="réponse en JSON")

    shots = commands.add_parser("screenshots", help="enregistrer une image de chaque page")
    shots.add_argument("directory", type=Path, metavar="DOSSIER")
    return parser


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--sheet", default=None, help="nom de la feuille à lire")
    command.add_argument(
        "--header-row",
        type=int,
        default=None,
        metavar="N",
        help="ligne des titres de colonnes (1 = première ligne ; 0 = pas de titres)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    arguments = build_parser().parse_args(argv)
    lang: Language = arguments.lang
    if arguments.command is None:
        from desktop_app.app import run_wizard

        return run_wizard(profile_dir=arguments.profile_dir, lang=lang)
    if arguments.command == "screenshots":
        from desktop_app.app import take_screenshots

        return take_screenshots(arguments.directory, lang=lang)
    as_json = bool(getattr(arguments, "json", False))
    try:
        return _run_headless(arguments, lang)
    except AppError as error:
        return report_error(error, as_json=as_json, lang=lang)
    except Exception:  # the agent must never see a traceback
        log.exception("unexpected failure in %s", arguments.command)
        return report_error(
            AppError("unexpected", log="datamairie.log"), as_json=as_json, lang=lang
        )


def _log_to_profile(profile_dir: Path | None) -> Path:
    from desktop_app.app_logging import setup_logging
    from desktop_app.paths import profile_from

    return setup_logging(profile_from(profile_dir))


def _run_headless(arguments: argparse.Namespace, lang: Language) -> int:
    if arguments.command == "inspect":
        from desktop_app.commands.inspect import inspect_file, inspect_payload, inspect_text

        if arguments.header_row is not None and arguments.header_row < 0:
            raise UsageError("header-row-negative", row=arguments.header_row)
        table = inspect_file(arguments.file, sheet=arguments.sheet, header_row=arguments.header_row)
        if arguments.json:
            write_json(inspect_payload(table, lang))
        else:
            sys.stdout.write(inspect_text(table, lang) + "\n")
        return EXIT_OK
    if arguments.command == "schemas":
        from desktop_app.commands.schemas import (
            list_schemas,
            schema_catalogue,
            schemas_payload,
            schemas_text,
        )
        from desktop_app.paths import profile_from

        catalogue = schema_catalogue(profile_from(arguments.profile_dir))
        entries = list_schemas(catalogue, arguments.search)
        freshness = catalogue.freshness()
        if arguments.json:
            write_json(schemas_payload(entries, freshness, arguments.search))
        else:
            sys.stdout.write(schemas_text(entries, freshness, arguments.search, lang) + "\n")
        return EXIT_OK
    return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())
