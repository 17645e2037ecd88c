"""Typed errors that leave the core with a stable code, never a sentence.

The user interface and the command line turn each code into plain French (or English)
words; the parameters carry the details those words need (a sheet name, a row number).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


class AppError(Exception):
    """A problem the agent can understand and act on, identified by a code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: Mapping[str, object] = MappingProxyType(dict(params))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {dict(self.params)!r})"


class SourceError(AppError):
    """The agent's file could not be read as a table."""


class SchemaError(AppError):
    """A national schema could not be found, read or understood."""


class MappingError(AppError):
    """A mapping (saved, or asked for on the command line) cannot be used."""


class UsageError(AppError):
    """A command was called with arguments that do not make sense."""


class CancelledError(AppError):
    """The agent cancelled the work before it finished."""

    def __init__(self) -> None:
        super().__init__("cancelled")
