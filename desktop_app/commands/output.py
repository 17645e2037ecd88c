"""How a command answers: JSON for machines, plain French sentences for people."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from typing import TextIO

from desktop_app.core.errors import AppError
from desktop_app.texts import Language, render

EXIT_OK = 0
EXIT_DATA_PROBLEMS = 1
EXIT_UNREADABLE = 2


def write_json(payload: Mapping[str, object], stream: TextIO | None = None) -> None:
    """Write a JSON document, keeping accented letters readable."""
    out = stream or sys.stdout
    try:
        json.dump(payload, out, ensure_ascii=False, indent=2)
        out.write("\n")
        out.flush()
    except BrokenPipeError:
        # The reader stopped early (`datamairie … --json | head`): nothing left to tell it.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed pipe for good


def error_payload(error: AppError, lang: Language) -> dict[str, object]:
    """The JSON body of a command that could not do its work.

    ``part`` says where a damaged project went wrong (``publication.dataset_id``), for
    support; the agent's message does not need it.
    """
    body: dict[str, object] = {
        "code": error.code,
        "message": render(error.code, error.params, lang),
    }
    if "part" in error.params:
        body["part"] = error.params["part"]
    return {"error": body}


def report_usage_mistake(message: str, usage: str, *, as_json: bool) -> None:
    """Tell why the command line was refused: JSON as other refusals, else usage and message.

    ``message`` is already in the language asked (argparse's words, put in French).
    """
    if as_json:
        write_json({"error": {"code": "usage", "message": message}})
    else:
        sys.stderr.write(usage + message + "\n")


def report_error(error: AppError, *, as_json: bool, lang: Language) -> int:
    """Tell why the command failed, and return exit status 2."""
    if as_json:
        write_json(error_payload(error, lang))
    else:
        sys.stderr.write(render(error.code, error.params, lang) + "\n")
    return EXIT_UNREADABLE
