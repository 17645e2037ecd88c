"""What the windows are given to work with, built once by app.py and passed down."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.templates import MappingTemplates
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.paths import AgentFolders, resources_dir
from desktop_app.ui.desktop import DesktopService, SystemDesktop
from desktop_app.ui.dialogs import DialogService
from desktop_app.ui.preferences import Preferences
from desktop_app.ui.publishing import PublishingServices
from desktop_app.ui.texts import Texts
from desktop_app.workers.runner import TaskRunner

SAMPLE_FILE = "exemple-deliberations.xlsx"
# The commune of the bundled sample, so that trying the example fills COLL_NOM and COLL_SIRET:
# its real INSEE code and SIREN (resources/reference); the town hall's 5 last SIRET digits are
# made up (with a valid check digit), as the sample is.
SAMPLE_COMMUNE = CommuneIdentity(
    name="Saint-Nizier-du-Moucherotte", siret="21380433900017", insee="38433"
)


@dataclass(frozen=True)
class HomeItem:
    """One line of the welcome page: a recent project or a publication waiting in the outbox."""

    title: str
    detail: str
    path: Path | None = None


class HomeSources(Protocol):
    """What the welcome page lists; the project and publication features fill it in."""

    def recent_projects(self) -> list[HomeItem]:
        """Projects the agent can resume, most recent first."""

    def outbox(self) -> list[HomeItem]:
        """Publications prepared offline, waiting for the network."""

    def account_status(self) -> str | None:
        """A message code about the data.gouv.fr account (None: nothing to say yet)."""


class NothingYet:
    """The welcome page's sources before projects and publication exist: all empty."""

    def recent_projects(self) -> list[HomeItem]:
        """No project saved yet."""
        return []

    def outbox(self) -> list[HomeItem]:
        """No publication waiting."""
        return []

    def account_status(self) -> str | None:
        """No account connected."""
        return "home-account-none"


def _agent_name() -> str:
    """Who decides, as recorded with each privacy decision: the computer's user name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in this environment
        return ""


def _bundled_catalogue() -> SchemaCatalogue:
    return SchemaCatalogue(resources_dir() / "schemas")


@dataclass
class Services:
    """The application's services: words, dialogs, long work, schemas, saved mappings.

    Tests build it with fakes; ``app.py`` with the agent's profile folders.
    """

    texts: Texts
    dialogs: DialogService
    catalogue: SchemaCatalogue = field(default_factory=_bundled_catalogue)
    templates: MappingTemplates | None = None
    commune: CommuneIdentity = field(default_factory=CommuneIdentity)
    home: HomeSources = field(default_factory=NothingYet)
    sample_file: Path = field(default_factory=lambda: resources_dir() / "samples" / SAMPLE_FILE)
    # Publication and Terminé (steps 7–8), help and crash dialog:
    publishing: PublishingServices = field(default_factory=PublishingServices)
    desktop: DesktopService = field(default_factory=SystemDesktop)
    log_file: Path | None = None
    # The project, settings and description steps (issue 8, part 2a):
    agent: str = field(default_factory=_agent_name)
    profile: AgentFolders | None = None  # None: nothing of the agent's is read or saved
    preferences: Preferences | None = None
    documents: Path = field(default_factory=lambda: Path.home() / "Documents")
    communes: CommuneDirectory | None = None  # read once, by the first page that needs it

    def new_runner(self) -> TaskRunner:
        """A task runner for one page."""
        return TaskRunner()
