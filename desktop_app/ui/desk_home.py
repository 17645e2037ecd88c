"""The desk on the welcome page: read in the background, shown by the DeskPanel.

The kept state (the profile's desk.json) is read first and shown at once, then data.gouv.fr
is asked again; neither ever holds the window. The organisation is the commune's profile's,
else every organisation of the key's owner; the platform the one chosen in the settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.clock import now
from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.desk.service import refresh_problem
from desktop_app.core.desk.view import build_desk
from desktop_app.core.errors import AppError
from desktop_app.paths import resources_dir
from desktop_app.ui.services import Services
from desktop_app.ui.widgets.desk_panel import DeskPanel
from desktop_app.workers.desk import (
    DeskReading,
    DeskRequest,
    keep_population,
    read_kept_desk,
    refresh_kept_desk,
)

log = logging.getLogger(__name__)


class DeskHome(QObject):
    """Keeps the welcome page's desk up to date.

    Signals:
        update_wanted(object, object): update this PublishedDataset; its saved project (a
            Path) or None.
        publish_wanted(str): publish for the first time with this schema.
    """

    update_wanted = Signal(object, object)
    publish_wanted = Signal(str)

    def __init__(self, services: Services, panel: DeskPanel, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.panel = panel
        self.reading: DeskReading | None = None
        self._refresh_next = False
        self.runner = services.new_runner()
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.saver = services.new_runner()
        panel.refresh_requested.connect(self.refresh)
        panel.update_requested.connect(self._on_panel_update_requested)
        panel.publish_requested.connect(self.publish_wanted)
        panel.page_requested.connect(self._on_panel_page_requested)
        panel.population_changed.connect(self._on_panel_population_changed)

    @property
    def platform(self) -> str:
        """The platform of the settings (``demo`` until the agent chooses)."""
        preferences = self.services.preferences
        chosen = preferences.platform if preferences is not None else None
        return chosen or self.services.publishing.platforms[0]

    def request(self) -> DeskRequest:
        """Where to read the desk from, as things stand."""
        services = self.services
        commune = services.commune
        organization = commune.organization if isinstance(commune, CommuneSettings) else ""
        recent = services.preferences.recent_projects() if services.preferences else []
        return DeskRequest(
            profile_root=None if services.profile is None else services.profile.root,
            resources=resources_dir(),
            platform=self.platform,
            organization=organization or None,
            store=services.publishing.store,
            connect=services.publishing.connect,
            recent_projects=tuple(item.path for item in recent),
        )

    def start(self) -> None:
        """Show the kept desk, then refresh it from data.gouv.fr.

        Without a profile (a window built for a test), nothing of the agent's is read: no
        key, so no automatic refresh either.
        """
        self._refresh_next = self.services.profile is not None
        self.runner.start(read_kept_desk, self.request())

    @Slot()
    def refresh(self) -> None:
        """Ask data.gouv.fr again (the "Actualiser" button)."""
        self._refresh_next = False
        self.panel.status_label.setText(self.services.texts("desk-refreshing"))
        self.runner.start(refresh_kept_desk, self.request())

    def show(self, reading: DeskReading) -> None:
        """Show a reading on the panel."""
        self.reading = reading
        desk = build_desk(reading.snapshot, reading.obligations, reading.population, now())
        problem = None if reading.problem is None else refresh_problem(reading.problem)
        self.panel.show_desk(desk, problem)
        self.panel.show_population(reading.population)

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if not isinstance(result, DeskReading):
            return
        self.show(result)
        if self._refresh_next:
            self.refresh()

    @Slot(object)
    def _on_runner_failed(self, error: AppError) -> None:
        log.warning("desk not read: %s", error.code)
        self.panel.status_label.setText(self.services.texts(error.code, error.params))

    @Slot(object)
    def _on_panel_update_requested(self, dataset: object) -> None:
        projects = self.reading.projects if self.reading is not None else {}
        dataset_id = getattr(dataset, "id", None)
        project: Path | None = projects.get(dataset_id) if isinstance(dataset_id, str) else None
        self.update_wanted.emit(dataset, project)

    @Slot(str)
    def _on_panel_page_requested(self, page: str) -> None:
        self.services.desktop.open_link(page)

    @Slot(object)
    def _on_panel_population_changed(self, population: object) -> None:
        value = population if isinstance(population, int) else None
        if self.reading is not None:
            reading = self.reading
            self.show(
                DeskReading(
                    reading.snapshot,
                    reading.obligations,
                    value,
                    reading.refreshed,
                    reading.problem,
                    reading.projects,
                )
            )
        profile = self.services.profile
        if profile is not None:
            self.saver.start(keep_population, profile.root, value)

    def shutdown(self) -> None:
        """Stop the background reading (the window closes)."""
        self.runner.shutdown()
        self.saver.shutdown()
