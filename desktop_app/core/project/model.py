"""What a project holds, to resume the wizard or publish later.

The source, the schema and mapping, the corrections, the privacy decisions, the description,
and how far publication went.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.errors import AppError
from desktop_app.core.mapping.model import ColumnMapping
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.publication.state import PublicationState


class ProjectError(AppError):
    """A project file cannot be read, written, or used as asked."""


class WizardPage(StrEnum):
    """The wizard's pages, in order: the project remembers the one the agent reached."""

    SOURCE = "source"
    SCHEMA = "schema"
    MAPPING = "mapping"
    QUALITY = "quality"
    PRIVACY = "privacy"
    DESCRIPTION = "description"
    PUBLICATION = "publication"
    DONE = "done"


@dataclass(frozen=True)
class SourceRecord:
    """The agent's file as it was when prepared: its name, size and SHA-256, how it was read.

    ``original_path`` is where it was (absolute); ``relative_path`` is the same place seen
    from the project's folder, which still works when both are moved together.
    """

    name: str
    size: int
    sha256: str
    original_path: str = ""
    relative_path: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    encoding: str | None = None
    separator: str | None = None
    # Parts the reading set aside and the agent took back in (ranges of sheet rows).
    include: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class ValidationSummary:
    """The last check against the schema: how many problems, of which kinds."""

    valid: bool
    rows: int
    error_count: int
    by_code: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    checked_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The summary as stored in the project file."""
        return {
            "valid": self.valid,
            "rows": self.rows,
            "error_count": self.error_count,
            "by_code": dict(self.by_code),
            "checked_at": self.checked_at,
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> ValidationSummary:
        """Read a summary stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        return cls(
            valid=bool(document["valid"]),
            rows=int(document["rows"]),
            error_count=int(document["error_count"]),
            by_code=MappingProxyType({str(k): int(v) for k, v in document["by_code"].items()}),
            checked_at=document.get("checked_at"),
        )


@dataclass(frozen=True)
class ConformityDecision:
    """The agent accepted to publish data with problems: how many, and on which data."""

    problems: int
    problem_rows: int
    fingerprint: str
    decided_at: str | None = None

    def holds_for(self, fingerprint: str, problems: int) -> bool:
        """Whether the decision covers this data: the same, with no more problems."""
        return fingerprint == self.fingerprint and problems <= self.problems

    def to_json(self) -> dict[str, Any]:
        """The decision as stored in the project file."""
        return {
            "problems": self.problems,
            "problem_rows": self.problem_rows,
            "fingerprint": self.fingerprint,
            "decided_at": self.decided_at,
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> ConformityDecision:
        """Read a decision stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        return cls(
            problems=int(document["problems"]),
            problem_rows=int(document["problem_rows"]),
            fingerprint=str(document["fingerprint"]),
            decided_at=document.get("decided_at"),
        )


@dataclass(frozen=True)
class Project:
    """Everything needed to resume the wizard on any page, or to publish on another computer.

    ``schema_name`` is None for data published without a schema. ``privacy_findings`` are
    kept as core/privacy wrote them; ``privacy_decisions`` are the agent's choices about them.
    ``to_publish`` puts the project in the outbox until it is published. ``conformity`` is
    the agent's decision to publish data that breaks its schema (None: never taken).
    """

    source: SourceRecord
    schema_name: str | None = None
    schema_version: str | None = None
    mapping: ColumnMapping | None = None
    edits: EditHistory = field(default_factory=EditHistory)
    validation: ValidationSummary | None = None
    conformity: ConformityDecision | None = None
    privacy_findings: tuple[Mapping[str, Any], ...] = ()
    privacy_decisions: tuple[PrivacyDecision, ...] = ()
    commune: CommuneSettings = field(default_factory=CommuneSettings)
    metadata: DatasetMetadata = field(default_factory=DatasetMetadata)
    publication: PublicationState = field(default_factory=PublicationState)
    page: WizardPage = WizardPage.SOURCE
    to_publish: bool = False
    created_at: str | None = None
    updated_at: str | None = None

    @property
    def schema_reference(self) -> str | None:
        """The schema as the catalogue is asked for it: "scdl/deliberations@2.1.5".

        None for data published without a schema.
        """
        if self.schema_name is None:
            return None
        if self.schema_version:
            return f"{self.schema_name}@{self.schema_version}"
        return self.schema_name

    @property
    def licence(self) -> str:
        """The licence chosen for the data (kept in the metadata sent to data.gouv.fr)."""
        return self.metadata.licence
