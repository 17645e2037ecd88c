"""The command line's parser in French: « usage », its titles, -h and argparse's errors.

argparse has no French of its own; ``FrenchParser`` gives its words in French, and the
sub-commands' parsers are of the same class (argparse makes them like their parent).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any, NoReturn

from desktop_app.texts.screens import command_line as words


class FrenchHelpFormatter(argparse.HelpFormatter):
    """argparse's help, starting with « usage : »."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """The usage line, with its French prefix."""
        super().add_usage(usage, actions, groups, words.USAGE if prefix is None else prefix)


class UsageMistake(SystemExit):
    """The command line refused by argparse: what is wrong, told as the command's language.

    It leaves the parser as an exception (still a SystemExit with status 2, as argparse's
    own) so that the command line can tell it in JSON when ``--json`` was asked for.
    """

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(2)
        self.message = message
        self.usage = usage


class EnglishParser(argparse.ArgumentParser):
    """argparse's own parser, whose errors leave it as a ``UsageMistake``."""

    def error(self, message: str) -> NoReturn:
        """Raise what is wrong (argparse's words, in English); exit status 2."""
        raise UsageMistake(f"{self.prog}: error: {message}", self.format_usage())


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (help titles, -h, errors) are French."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = words.POSITIONALS
        self._optionals.title = words.OPTIONALS
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help=words.HELP
            )

    def error(self, message: str) -> NoReturn:
        """Raise what is wrong, in French; exit status 2."""
        french = words.ERROR.format(prog=self.prog, message=words.french_error(message))
        raise UsageMistake(french, self.format_usage())
