"""Publishing a prepared dataset on data.gouv.fr, step by step and resumable."""

from desktop_app.core.publication.client import DataGouvClient, api_root
from desktop_app.core.publication.errors import CredentialsError, FieldError, PublicationError
from desktop_app.core.publication.flows import (
    PublicationResult,
    Record,
    publish,
    withdraw_first_publication,
)
from desktop_app.core.publication.http import ApiTransport
from desktop_app.core.publication.plan import PublicationPlan, TemporalCoverage
from desktop_app.core.publication.state import PublicationState, PublicationStep


def connect(platform: str, api_key: str | None) -> DataGouvClient:
    """A client for ``www``, ``demo`` or a server's URL, with the account's key."""
    return DataGouvClient(ApiTransport(api_root(platform), api_key))


__all__ = [
    "ApiTransport",
    "CredentialsError",
    "DataGouvClient",
    "FieldError",
    "PublicationError",
    "PublicationPlan",
    "PublicationResult",
    "PublicationState",
    "PublicationStep",
    "Record",
    "TemporalCoverage",
    "api_root",
    "connect",
    "publish",
    "withdraw_first_publication",
]
