"""A data.gouv.fr account prepared in advance, for screenshots taken without network.

It answers who the key belongs to and which datasets the organisation has; anything that
would change data.gouv.fr is refused, so nothing can be published through it.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.credentials import ENVIRONMENT_KEY, CredentialStore
from desktop_app.core.publication import (
    ApiTransport,
    DataGouvClient,
    PublicationError,
    PublicationResult,
    PublicationState,
    PublicationStep,
)
from desktop_app.core.publication.client import Account, Organization
from desktop_app.ui.publishing import PublishingServices
from desktop_app.ui.state import WizardState
from desktop_app.workers.publication import PUBLISHED, PublicationOutcome

SAMPLE_KEY = "exemple-sans-valeur"  # a placeholder that opens nothing
SAMPLE_HOST = "https://exemple.invalid"


class SampleClient(DataGouvClient):
    """Answers from the sample commune's account; never reaches a server."""

    def __init__(self, platform: str, commune_name: str) -> None:
        super().__init__(ApiTransport(f"{SAMPLE_HOST}/api/1", None))
        self._platform = platform
        self._commune = commune_name or "Commune"

    def account(self) -> Account:
        """The sample agent, member of the commune's organisation."""
        organization = Organization(
            id="commune", slug="commune", name=f"Commune de {self._commune}", can_publish=True
        )
        return Account(id="agent", name="Agent de la mairie", organizations=(organization,))

    def organization_datasets(
        self, organization_id: str, schema: str | None
    ) -> list[dict[str, Any]]:
        """One dataset published last year, now late for its yearly update."""
        last = "2025-01-15T09:30:00+00:00"
        return [
            {
                "id": "deliberations-2024",
                "title": "Délibérations 2024",
                "page": None,
                "frequency": "annual",
                "last_update": last,
                "resources": [
                    {
                        "id": "deliberations-2024-csv",
                        "type": "main",
                        "filetype": "file",
                        "format": "csv",
                        "last_modified": last,
                        "schema": {"name": "scdl/deliberations"},
                    }
                ],
                "quality": {
                    "license": True,
                    "temporal_coverage": True,
                    "spatial": True,
                    "update_frequency": True,
                    "dataset_description_quality": True,
                    "has_open_format": True,
                    "all_resources_available": True,
                },
                "metrics": {"views": 57, "resources_downloads": 12, "reuses": 0},
            }
        ]

    def create_dataset(self, payload: Any) -> dict[str, Any]:
        """Refused: the sample account publishes nothing."""
        raise PublicationError("publication-unreachable")


def sample_publishing(commune_name: str) -> PublishingServices:
    """Publication services answering from the sample account."""
    return PublishingServices(
        connect=lambda platform, key: SampleClient(platform, commune_name),
        credentials=CredentialStore(environ={ENVIRONMENT_KEY: SAMPLE_KEY}),
    )


def pretend_published(state: WizardState, rows: int) -> None:
    """Record a publication that went through, for the screenshot of « Terminé » (nothing sent)."""
    publication = PublicationState(
        platform="demo",
        organization="commune",
        dataset_id="exemple",
        dataset_page="https://demo.data.gouv.fr/datasets/exemple/",
        step=PublicationStep.CHECKED,
    )
    state.publication = publication
    state.extras[PUBLISHED] = PublicationOutcome(
        PublicationResult(publication, (PublicationStep.CHECKED,)), "deliberations.csv", rows
    )
