"""What the agent has decided so far in the wizard, shared by every page (no Qt: core).

Pages read it in ``initializePage`` and write it in ``validatePage``; the project's autosave
reads it whole. It holds core objects only (no widget), so it can be saved and tested
without a screen. A page that changes an earlier answer calls the matching ``forget_*``
method, so that later steps do not keep results built on the old answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources import Table
from desktop_app.core.validation.engine import TableCheck

WANTED_SCHEMA = "wanted_schema"
"""Key in ``extras``: the schema the desk asked to start with (the Schéma step selects it)."""
CONFORMITY = "conformity"
"""Key in ``extras``: the agent's ConformityDecision to go on with problems (Qualité step)."""


@dataclass
class WizardState:
    """Everything the wizard knows, step by step. Fields stay None until their step is done.

    Steps 0–4 fill: ``source_path``/``sheet``/``header_row``/``table`` (Fichier), ``schema``
    or ``without_schema`` (Schéma), ``mapping``/``mapping_origin``/``prepared``
    (Correspondance), ``edits``/``check`` (Qualité). Steps 5–8 own ``privacy_scan`` and
    ``privacy`` (the scan of the corrected table and the agent's decisions, Données
    personnelles; ``privacy_reused`` names those taken on an earlier file of the same
    project, reused for this one), ``metadata`` (Description et licence) and
    ``publication``; ``extras`` lets a new page keep data before it gets a field of its own.
    ``project_path`` is the ``*.datamairie`` file the state is autosaved to, ``reached``
    the key of the furthest step the agent validated (a resumed project opens there).
    """

    commune: CommuneIdentity = field(default_factory=CommuneIdentity)
    source_path: Path | None = None
    sheet: str | None = None
    header_row: int | None = None
    # Parts set aside that the agent took back in (ranges of sheet rows), kept with the project.
    include: tuple[tuple[int, int], ...] = ()
    table: Table | None = None
    schema: TableSchema | None = None
    without_schema: bool = False
    mapping: ColumnMapping | None = None
    mapping_origin: str | None = None  # "saved" or "suggested"
    prepared: PreparedTable | None = None
    edits: EditHistory = field(default_factory=EditHistory)
    check: TableCheck | None = None
    privacy_scan: PrivacyScan | None = None
    privacy: list[PrivacyDecision] = field(default_factory=list)
    privacy_reused: set[str] = field(default_factory=set)
    metadata: DatasetMetadata | None = None
    publication: PublicationState | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    project_path: Path | None = None
    reached: str = "welcome"

    @property
    def schema_chosen(self) -> bool:
        """Whether the Schéma step has an answer (a schema, or "Sans schéma")."""
        return self.schema is not None or self.without_schema

    def forget_table(self) -> None:
        """A new file, sheet or header row: everything built on the old table goes.

        The privacy decisions go too: they belong to the file they were taken on, and a
        decision about one file's beneficiaries must never be applied to another's unseen
        (opening a project, or its next update, puts back that project's own decisions).
        """
        self.privacy = []
        self.privacy_reused = set()
        self.table = None
        self.forget_schema()

    def forget_schema(self) -> None:
        """Another schema: the mapping and what followed from it go."""
        self.schema = None
        self.without_schema = False
        self.metadata = None  # its title and description were written for the old schema
        self.forget_mapping()

    def forget_mapping(self) -> None:
        """Another mapping: the prepared table, corrections and check go."""
        self.mapping = None
        self.mapping_origin = None
        self.prepared = None
        self.edits = EditHistory()
        self.forget_check()

    def forget_check(self) -> None:
        """The data changed: the last check and privacy scan no longer describe it.

        The privacy decisions stay: they name findings by column and kind, and the
        Données personnelles step keeps those that still match the new scan.
        """
        self.check = None
        self.privacy_scan = None

    def preparation(self) -> Preparation:
        """The preparation as the state holds it: what every later step derives from."""
        return Preparation(self.table, self.prepared, self.edits, tuple(self.privacy))
