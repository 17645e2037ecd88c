"""What the welcome page lists: the recent projects and the outbox, from the agent's profile."""

from __future__ import annotations

import logging

from desktop_app.core.errors import AppError
from desktop_app.core.project.outbox import Outbox, OutboxEntry
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.services import HomeItem
from desktop_app.ui.texts import Texts

log = logging.getLogger(__name__)


class ProjectHome:
    """The welcome page's sources once projects exist: recent projects, publications waiting."""

    def __init__(self, texts: Texts, preferences: Preferences, outbox: Outbox) -> None:
        self._texts = texts
        self._preferences = preferences
        self._outbox = outbox

    def recent_projects(self) -> list[HomeItem]:
        """Projects saved or opened lately, with the step each one reached."""
        t = self._texts
        return [
            HomeItem(
                item.title,
                t.of(
                    "home-recent-detail",
                    step=t(f"wizard-{_step(item.page)}-step"),
                    when=_day(item.saved_at),
                ),
                item.path,
            )
            for item in self._preferences.recent_projects()
        ]

    def outbox(self) -> list[HomeItem]:
        """Publications prepared offline, each with where it stands."""
        try:
            entries = self._outbox.entries()
        except AppError as error:
            log.warning("outbox unreadable: %s", error.code)
            return [HomeItem(self._texts(error.code, error.params), "")]
        return [
            HomeItem(entry.title or entry.path.name, self._outbox_detail(entry), entry.path)
            for entry in entries
        ]

    def _outbox_detail(self, entry: OutboxEntry) -> str:
        """Where a waiting publication stands, and whether its data conforms to its schema."""
        detail = self._texts(f"home-outbox-{entry.state}")
        if entry.conformity in ("accepted", "problems"):
            code = f"outbox-conformity-{entry.conformity}"
            detail = f"{detail} — {self._texts.of(code, count=entry.problems)}"
        return detail

    def account_status(self) -> str | None:
        """Nothing to say here: the Publication step tells about the account."""
        return "home-account-none"


def _step(page: str) -> str:
    return "file" if page == "source" else page


def _day(moment: str) -> str:
    return moment[:10] if moment else "?"
