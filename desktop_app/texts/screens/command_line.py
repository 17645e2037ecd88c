"""The command line's own words in French: argparse's help titles and its error messages.

argparse writes its errors in English (from Python's own catalogue, with no French); each
pattern below recognises one of them and gives the French sentence, its parts kept.
"""

from __future__ import annotations

import re

USAGE = "usage : "
# argparse adds ":" after a title; French puts a (non-breaking) space before it.
POSITIONALS = "arguments\u00a0"
OPTIONALS = "options\u00a0"
HELP = "afficher cette aide et quitter"
VERSION = "afficher la version de DataMairie et quitter"
ERROR = "{prog} : erreur : {message}"

_ARGPARSE_ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<names>.+)", "il manque : {names}"),
    (r"unrecognized arguments: (?P<names>.+)", "arguments inconnus : {names}"),
    (
        r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
        "choix impossible : {value} (possibles : {choices})",
    ),
    (r"expected one argument", "une valeur est attendue après cette option"),
    (r"expected at most one argument", "au plus une valeur est attendue"),
    (r"expected at least one argument", "au moins une valeur est attendue"),
    (r"expected (?P<count>\d+) arguments?", "{count} valeurs sont attendues"),
    (r"invalid (?P<type>\w+) value: (?P<value>.+)", "valeur incorrecte : {value}"),
    (r"not allowed with argument (?P<name>.+)", "impossible avec l'argument {name}"),
    (r"ignored explicit argument (?P<value>.+)", "valeur ignorée : {value}"),
    (
        r"one of the arguments (?P<names>.+) is required",
        "l'un de ces arguments est requis : {names}",
    ),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)",
        "option ambiguë : {option} peut désigner {matches}",
    ),
    (
        r"can't open '(?P<file>.+)': (?P<reason>.+)",
        "impossible d'ouvrir « {file} » : {reason}",
    ),
    # DataMairie's own option types (--include, --size) speak as argparse does.
    (
        r"“(?P<value>.*)”: expected FIRST-LAST, e.g. 238-263",
        "« {value} » : attendu PREMIÈRE-DERNIÈRE, par ex. 238-263",
    ),
    (
        r"“(?P<value>.*)”: write the size as 1366x768",
        "« {value} » : écrivez la taille ainsi : 1366x768",
    ),
)
ARGPARSE_ERRORS = tuple((re.compile(pattern), french) for pattern, french in _ARGPARSE_ERRORS)
_ARGUMENT = re.compile(r"argument (?P<name>\S+(?:/\S+)?): (?P<message>.+)", re.DOTALL)


def french_error(message: str) -> str:
    """Argparse's English error in French; unknown ones are left as they are."""
    about = _ARGUMENT.fullmatch(message)
    if about is not None:
        return f"argument {about['name']} : {french_error(about['message'])}"
    for pattern, french in ARGPARSE_ERRORS:
        found = pattern.fullmatch(message)
        if found is not None:
            return french.format(**found.groupdict())
    return message
