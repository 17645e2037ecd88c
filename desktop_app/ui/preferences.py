"""The agent's interface preferences: language, platform, recent projects (typed, over QSettings).

Kept in ``settings.ini`` in the profile folder, so that ``--profile-dir`` redirects it with
everything else. Values are checked when read: a damaged or hand-edited file gives the
defaults back, never an error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.texts import Language

SETTINGS_FILE = "settings.ini"
RECENT_LIMIT = 10
PLATFORMS = ("demo", "www")
LANGUAGES: tuple[Language, ...] = ("fr", "en")


@dataclass(frozen=True)
class RecentProject:
    """A project the agent saved or opened: where it is, its title, the step reached, when."""

    path: Path
    title: str
    page: str
    saved_at: str


class Preferences:
    """Typed access to the preferences file; every setter writes through at once."""

    def __init__(self, folder: Path) -> None:
        self._settings = QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)

    @property
    def language(self) -> Language | None:
        """The language the agent chose (None: not chosen, French is used)."""
        value = self._settings.value("interface/language", None)
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: Language) -> None:
        self._settings.setValue("interface/language", value)
        self._settings.sync()

    @property
    def platform(self) -> str:
        """Where publications go: "demo" (the test platform, by default) or "www"."""
        value = self._settings.value("publication/platform", "demo")
        return value if value in PLATFORMS else "demo"

    @platform.setter
    def platform(self, value: str) -> None:
        self._settings.setValue("publication/platform", value if value in PLATFORMS else "demo")
        self._settings.sync()

    def recent_projects(self) -> list[RecentProject]:
        """The projects saved or opened lately, most recent first."""
        raw = self._settings.value("projects/recent", "[]")
        try:
            items = json.loads(str(raw))
            return [
                RecentProject(
                    Path(item["path"]), str(item["title"]), str(item["page"]), str(item["at"])
                )
                for item in items
            ][:RECENT_LIMIT]
        except (ValueError, TypeError, KeyError):
            return []

    def remember_project(self, recent: RecentProject) -> None:
        """Put a project at the top of the recent list (once)."""
        others = [item for item in self.recent_projects() if item.path != recent.path]
        self._write_recent([recent, *others][:RECENT_LIMIT])

    def forget_project(self, path: Path) -> None:
        """Take a project off the recent list (moved or deleted)."""
        self._write_recent([item for item in self.recent_projects() if item.path != path])

    def _write_recent(self, items: list[RecentProject]) -> None:
        document = [
            {"path": str(item.path), "title": item.title, "page": item.page, "at": item.saved_at}
            for item in items
        ]
        self._settings.setValue("projects/recent", json.dumps(document, ensure_ascii=False))
        self._settings.sync()
