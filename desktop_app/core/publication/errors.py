"""Why data.gouv.fr refused or could not be reached, as a code the texts turn into words.

udata answers errors in two shapes: ``{"message": "..."}`` for most refusals and
``{"errors": {"field": ["...", ...], "nested": {"sub": [...]}}}`` for form validation. Both
become a :class:`PublicationError` carrying the HTTP status, the server's own message and the
field errors, flattened to dotted paths (``spatial.zones``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import AppError

SERVER_CODES: Mapping[int, str] = {
    400: "publication-refused",
    401: "publication-key-invalid",
    403: "publication-forbidden",
    404: "publication-not-found",
    409: "publication-conflict",
    410: "publication-dataset-deleted",
    413: "publication-file-too-large",
    415: "publication-file-type-refused",
    423: "publication-read-only",
    429: "publication-rate-limited",
}


@dataclass(frozen=True)
class FieldError:
    """The server's complaint about one field of what was sent (``spatial.zones``)."""

    field: str
    messages: tuple[str, ...]


class PublicationError(AppError):
    """A publication step failed: refused by the server, or the server was not reached.

    ``status`` is the HTTP status (None when no answer came back); ``field_errors`` the
    server's complaints per field; ``server_message`` its own words, kept for the log and
    the details view, never matched on; ``detail`` the technical cause of a call that got
    no answer (exception types and the system's words), for the log and ``--json`` only.
    """

    def __init__(
        self,
        code: str,
        *,
        status: int | None = None,
        field_errors: tuple[FieldError, ...] = (),
        server_message: str | None = None,
        detail: str | None = None,
        **params: object,
    ) -> None:
        super().__init__(code, status=status, **params)
        self.status = status
        self.field_errors = field_errors
        self.server_message = server_message
        self.detail = detail


class CredentialsError(AppError):
    """The API key is missing, refused, or cannot be kept in the system's keyring."""


def code_for_status(status: int) -> str:
    """The error code for an HTTP status the server answered with."""
    if status >= 500:
        return "publication-server-error"
    return SERVER_CODES.get(status, "publication-unexpected-answer")


def parse_error_body(body: Any) -> tuple[tuple[FieldError, ...], str | None]:
    """The field errors and the message found in an error body, whatever its shape."""
    if not isinstance(body, dict):
        return (), None
    message = body.get("message") or body.get("error")
    errors = body.get("errors")
    fields = tuple(flatten_field_errors(errors)) if isinstance(errors, dict) else ()
    return fields, str(message) if message else None


def flatten_field_errors(errors: Mapping[str, Any], prefix: str = "") -> list[FieldError]:
    """Nested ``{"spatial": {"zones": ["..."]}}`` as ``[FieldError("spatial.zones", ...)]``."""
    flat: list[FieldError] = []
    for key, value in errors.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.extend(flatten_field_errors(value, path))
        elif isinstance(value, list | tuple):
            flat.append(FieldError(path, tuple(str(item) for item in value)))
        else:
            flat.append(FieldError(path, (str(value),)))
    return flat
