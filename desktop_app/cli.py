"""The `datamairie` command: no argument opens the wizard; sub-commands run the core headless."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop_app import __version__
from desktop_app.commands.output import report_error, report_usage_mistake
from desktop_app.commands.parser import EnglishParser, FrenchParser, UsageMistake
from desktop_app.core.errors import AppError
from desktop_app.texts import Language
from desktop_app.texts.screens import command_line

log = logging.getLogger(__name__)

# The module of each sub-command, imported only when needed: `datamairie validate` starts
# without paying for the publication client, the keyring or the privacy detectors (start-up
# is part of what the agent waits for). The whole list is imported for the general help.
COMMAND_MODULES = {
    "inspect": "inspect",
    "schemas": "schemas",
    "suggest": "mapping",
    "map": "mapping",
    "prepare": "mapping",
    "validate": "validate",
    "privacy": "privacy",
    "project": "project",
    "outbox": "project",
    "publish": "publish",
    "desk": "desk",
}
_OPTIONS_WITH_VALUE = frozenset({"--lang", "--profile-dir"})


def build_parser(lang: Language = "fr", only: str | None = None) -> argparse.ArgumentParser:
    """The command line, with its sub-commands; argparse's own words in French unless English.

    With ``only`` (a sub-command's name), only that sub-command's module is imported.
    """
    parser_class = FrenchParser if lang == "fr" else EnglishParser
    parser = parser_class(
        prog="datamairie",
        description="Publier les données publiques de la commune sur data.gouv.fr. "
        "Sans argument, ouvre l'assistant.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"DataMairie {__version__}",
        help=command_line.VERSION if lang == "fr" else None,
    )
    parser.add_argument(
        "--self-test", action="store_true", help="vérifier que l'installation fonctionne"
    )
    parser.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue des messages")
    parser.add_argument(
        "--profile-dir",
        type=Path,
        default=None,
        metavar="DOSSIER",
        help="dossier des réglages et journaux",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")
    wanted = [COMMAND_MODULES[only]] if only in COMMAND_MODULES else COMMAND_MODULES.values()
    for module in dict.fromkeys(wanted):
        importlib.import_module(f"desktop_app.commands.{module}").register(commands)
    shots = commands.add_parser("screenshots", help="enregistrer une image de chaque page")
    shots.add_argument("directory", type=Path, metavar="DOSSIER")
    shots.add_argument(
        "--size",
        type=_screen_size,
        default=None,
        metavar="LxH",
        help="taille de l'écran en pixels (1366x768) : la fenêtre s'ouvre comme sur cet écran",
    )
    shots.add_argument(
        "--scale", type=float, default=1.0, metavar="F", help="mise à l'échelle (1.25 pour 125 %%)"
    )
    for command in commands.choices.values():
        # `--lang` also after the command's name (`datamairie screenshots DIR --lang en`).
        command.add_argument(
            "--lang", choices=("fr", "en"), default=argparse.SUPPRESS, help="langue des messages"
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) == 1 and _is_project(given[0]):
        # a project opened from the file manager (Windows' file association passes its path)
        from desktop_app.app import run_wizard

        return run_wizard(profile_dir=None, lang="fr", project=Path(given[0]))
    asked = _asked_language(given)
    try:
        arguments = build_parser(asked, _asked_command(given)).parse_args(given)
    except UsageMistake as mistake:
        report_usage_mistake(mistake.message, mistake.usage, as_json="--json" in given)
        raise
    lang: Language = arguments.lang
    if arguments.self_test:
        from desktop_app.self_test import run_self_test

        return run_self_test()
    if arguments.command is None:
        from desktop_app.app import run_wizard

        return run_wizard(profile_dir=arguments.profile_dir, lang=lang)
    if arguments.command == "screenshots":
        from PySide6.QtCore import QSize

        from desktop_app.app import take_screenshots

        width_height = arguments.size
        size = None if width_height is None else QSize(*width_height)
        return take_screenshots(arguments.directory, lang=lang, size=size, scale=arguments.scale)
    as_json = bool(getattr(arguments, "json", False))
    try:
        status: int = arguments.run(arguments, lang)
    except AppError as error:
        return report_error(error, as_json=as_json, lang=lang)
    except Exception:  # the agent must never see a traceback: it goes to the log file
        log_file = _log_to_profile(arguments.profile_dir)
        log.exception("unexpected failure in %s", arguments.command)
        return report_error(AppError("unexpected", log=str(log_file)), as_json=as_json, lang=lang)
    return status


def run() -> NoReturn:
    """The program itself (`datamairie`, `python -m desktop_app`): the command line, then exit.

    After a headless command the process leaves as soon as its output and its log are
    flushed: the command has closed its files by then, and Python's own tidying of every
    module and object on the way out (30 to 50 ms, NumPy's among them) would only make the
    agent wait. The wizard, its screenshots and the self-test exit the usual way (Qt saves
    the window's settings on the way out).
    """
    given = sys.argv[1:]
    status = main(given)
    if _asked_command(given) not in COMMAND_MODULES:
        sys.exit(status)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # A reader that went away, a stream already closed: nothing more can be said.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)


def _screen_size(text: str) -> tuple[int, int]:
    """``1366x768`` as (1366, 768)."""
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        # argparse's words are English; the French parser puts them in French (command_line).
        raise argparse.ArgumentTypeError(f"“{text}”: write the size as 1366x768")
    return int(width), int(height)


def _asked_language(given: list[str]) -> Language:
    """The language asked with --lang, read before the parser is built (its words depend on it)."""
    for number, word in enumerate(given):
        if word == "--lang=en" or (word == "--lang" and given[number + 1 : number + 2] == ["en"]):
            return "en"
    return "fr"


def _is_project(word: str) -> bool:
    from desktop_app.core.project.storage import EXTENSION

    return word.lower().endswith(EXTENSION)


def _asked_command(given: list[str]) -> str | None:
    """The sub-command named on the command line, if any, read before the parser is built."""
    skip = False
    for word in given:
        if skip:
            skip = False
        elif word in _OPTIONS_WITH_VALUE:
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def _log_to_profile(profile_dir: Path | None) -> Path:
    from desktop_app.app_logging import setup_logging
    from desktop_app.paths import agent_folders_from

    return setup_logging(agent_folders_from(profile_dir))


if __name__ == "__main__":
    run()
