"""How far a publication went, recorded step by step so an interruption resumes where it stopped."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


class PublicationStep(StrEnum):
    """The steps of a publication, in order; each is recorded once it succeeded."""

    NOT_STARTED = "not-started"
    DATASET_CHOSEN = "dataset-chosen"
    DATASET_CREATED = "dataset-created"
    FILE_UPLOADED = "file-uploaded"
    RESOURCE_DESCRIBED = "resource-described"
    DATASET_PUBLISHED = "dataset-published"
    CHECKED = "checked"


@dataclass(frozen=True)
class PublicationState:
    """Where a publication stands: the platform, the ids obtained so far, the last step reached.

    ``platform`` is "www", "demo" or a base URL; ``draft`` stops before making the dataset
    public; ``last_error`` is the code of the error that interrupted it, if any; ``marker``
    is the token put in a new dataset's extras before it is created, so that a retry finds
    the dataset instead of creating a second one. An update starts at DATASET_CHOSEN.
    """

    platform: str = "demo"
    organization: str | None = None
    mode: str = "new"  # "new" or "update"
    draft: bool = False
    dataset_id: str | None = None
    dataset_page: str | None = None
    resource_id: str | None = None
    resource_latest: str | None = None
    step: PublicationStep = PublicationStep.NOT_STARTED
    last_error: str | None = None
    updated_at: str | None = None
    marker: str | None = None

    def advanced(self, step: PublicationStep, **changes: Any) -> PublicationState:
        """The state after a step succeeded (its results in ``changes``)."""
        return replace(self, step=step, last_error=None, **changes)

    def to_json(self) -> dict[str, Any]:
        """The state as stored in the project file."""
        return {
            "platform": self.platform,
            "organization": self.organization,
            "mode": self.mode,
            "draft": self.draft,
            "dataset_id": self.dataset_id,
            "dataset_page": self.dataset_page,
            "resource_id": self.resource_id,
            "resource_latest": self.resource_latest,
            "step": self.step.value,
            "last_error": self.last_error,
            "updated_at": self.updated_at,
            "marker": self.marker,
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> PublicationState:
        """Read a state stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        known = {name: document[name] for name in cls.__dataclass_fields__ if name in document}
        known["step"] = PublicationStep(known.get("step", PublicationStep.NOT_STARTED.value))
        return cls(**known)
