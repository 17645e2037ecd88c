"""Options shared by several commands, in a module that imports nothing heavy.

Registering a command's options must not import what the command runs: `datamairie validate`
starts by building its parser, and the agent waits for that too.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_mapping_options(command: argparse.ArgumentParser) -> None:
    """The options that say which schema, mapping, constants and commune to use."""
    command.add_argument(
        "--schema",
        required=True,
        metavar="NOM[@VERSION]",
        help="schéma national (ou chemin d'un schema.json)",
    )
    command.add_argument(
        "--mapping",
        type=Path,
        default=None,
        metavar="M.json",
        help="correspondance enregistrée à appliquer",
    )
    command.add_argument(
        "--constant",
        action="append",
        default=[],
        metavar="CHAMP=VALEUR",
        help="valeur identique sur toutes les lignes (répétable)",
    )
    command.add_argument(
        "--commune",
        default=None,
        metavar="INSEE|NOM|PROFIL.json",
        help="la commune : code INSEE, nom, code postal, ou profil JSON (nom, SIRET, code INSEE) ;"
        " par défaut, le profil enregistré",
    )
