"""Sentences about what reading a file found, shared by the window and the command line."""

from __future__ import annotations

from desktop_app.core.sources import Excluded
from desktop_app.texts.render import Language, render


def excluded_text(item: Excluded, lang: Language) -> str:
    """One line saying which rows (or which column) were left out, and why."""
    count = item.last_row - item.first_row + 1
    reason = render(f"excluded-{item.reason}", {"count": count}, lang)
    if item.column:
        text = render("excluded-column", {"column": item.column, "reason": reason}, lang)
    elif count == 1:
        text = render("excluded-rows", {"first": item.first_row, "reason": reason}, lang)
    else:
        params = {"first": item.first_row, "last": item.last_row, "reason": reason}
        text = render("excluded-row-pair" if count == 2 else "excluded-row-range", params, lang)
    return f"{text} — {item.preview}" if item.preview else text
