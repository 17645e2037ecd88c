"""What the Publication step is given: the data.gouv.fr client, the keyring, the platforms.

Built by app.py; tests replace ``connect`` (a test udata server, or an answer prepared in
advance) and ``credentials`` (a keyring in memory).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from desktop_app.core.clock import timestamp
from desktop_app.core.credentials import CredentialStore
from desktop_app.core.project.model import ProjectError
from desktop_app.core.project.outbox import Outbox
from desktop_app.core.publication import PublicationState, connect
from desktop_app.ui.state import WizardState
from desktop_app.workers.publication import ClientFactory

PLATFORM_HOSTS = {"www": "www.data.gouv.fr", "demo": "demo.data.gouv.fr"}
KEY_PAGE = "/admin/me/profile"
"""Where data.gouv.fr lets an account create API keys (section « Clés d'API »)."""


def _work_folder() -> Path:
    return Path(tempfile.gettempdir()) / "datamairie-publication"


@dataclass
class PublishingServices:
    """The publication's collaborators.

    ``platforms`` are offered in this order (``demo`` first: practising is the safe
    default); ``record`` writes each publication step into the project as soon as it
    succeeded (called from the worker's thread); ``publish_later`` puts the project in the
    outbox; without it, "Publier plus tard" is not offered.
    """

    connect: ClientFactory = connect
    platforms: tuple[str, ...] = ("demo", "www")
    work_folder: Path = field(default_factory=_work_folder)
    record: Callable[[PublicationState], None] | None = None
    publish_later: Callable[[WizardState], None] | None = None
    credentials: CredentialStore | None = None

    def store(self) -> CredentialStore:
        """The agent's keys (the system keyring, opened on first use)."""
        if self.credentials is None:
            self.credentials = CredentialStore()
        return self.credentials


def key_page(platform: str) -> str:
    """The address of the profile page where the agent creates an API key."""
    host = PLATFORM_HOSTS.get(platform)
    if host is not None:
        return f"https://{host}{KEY_PAGE}"
    parts = urlsplit(platform)
    return f"{parts.scheme}://{parts.netloc}{KEY_PAGE}"


class OutboxQueue:
    """« Publier plus tard »: the autosaved project goes into the agent's outbox."""

    def __init__(self, profile_root: Path) -> None:
        self._outbox = Outbox(profile_root)

    def __call__(self, state: WizardState) -> None:
        """Put the state's project in the outbox.

        Raises:
            ProjectError: the project was not saved yet (``pub-later-unsaved``), or the
                outbox file is damaged.
        """
        if state.project_path is None:
            raise ProjectError("pub-later-unsaved")
        moment = timestamp()
        self._outbox.add(state.project_path, now=moment)
