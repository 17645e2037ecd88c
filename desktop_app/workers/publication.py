"""The Publication step's long work: the account, the organisation's datasets, the upload.

Every function here runs on a TaskRunner's thread and talks to data.gouv.fr (or writes the
file to publish); none touches a widget. The file sent is written by the agent's
Preparation (core/preparation): corrections made, then privacy decisions applied to a fresh
scan, so a finding left undecided stops the publication instead of reaching data.gouv.fr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.credentials import CredentialStore, StoredKey
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.publication import (
    DataGouvClient,
    PublicationError,
    PublicationPlan,
    PublicationResult,
    PublicationState,
    publish,
)
from desktop_app.core.publication.client import Account
from desktop_app.core.tasks import CancelToken, ProgressFn

PUBLISHED = "published"
# Failures that mean "no network here" (nothing answered), not "data.gouv.fr said no".
NO_CONNECTION = frozenset(
    {
        "publication-unreachable",
        "publication-timeout",
        "publication-name-unknown",
        "publication-connection-refused",
        "publication-connection-reset",
    }
)


def _offline_as(code: str, error: PublicationError) -> PublicationError:
    """A network failure of an account check, as the sentence that says what happens next.

    The original code stays in the parameters, for the "Détails techniques" area.
    """
    if error.code not in NO_CONNECTION:
        return error
    return PublicationError(code, cause=error.code, detail=error.detail)


"""The WizardState ``extras`` key of the last PublicationOutcome (read by the Terminé step)."""

ClientFactory = Callable[[str, str | None], DataGouvClient]
"""Builds a data.gouv.fr client for a platform and a key (``core.publication.connect``)."""


@dataclass(frozen=True)
class DatasetChoice:
    """One of the organisation's datasets that an update could replace the file of."""

    id: str
    title: str
    page: str | None = None


@dataclass(frozen=True)
class AccountCheck:
    """Who the platform's saved key belongs to; ``account`` None when no key is saved."""

    platform: str
    account: Account | None


class StateMailbox:
    """The publication's latest recorded state, handed from the worker's thread to the page.

    ``forward`` (the project's autosave, when there is one) is called with every state as
    soon as a step succeeded, before the next step starts. A run started again (« Réessayer »)
    starts from the latest state, so it resumes instead of starting over.
    """

    def __init__(
        self,
        forward: Callable[[PublicationState], None] | None = None,
        initial: PublicationState | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._latest = initial
        self._forward = forward

    def __call__(self, state: PublicationState) -> None:
        """Record a state (called by the publication flow after each step)."""
        with self._lock:
            self._latest = state
        if self._forward is not None:
            self._forward(state)

    @property
    def latest(self) -> PublicationState | None:
        """The last state recorded, if any."""
        with self._lock:
            return self._latest


def check_account(
    store: CredentialStore,
    connect: ClientFactory,
    platform: str,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> AccountCheck:
    """Ask ``/me/`` who the saved key belongs to (no key saved: no account).

    Raises:
        PublicationError: ``publication-key-invalid`` when the key expired or was revoked;
            the platform could not be reached.
    """
    progress(0.0, "pub-account-checking")
    found = store.key(platform)
    if found is None:
        return AccountCheck(platform, None)
    cancel.raise_if_cancelled()
    try:
        return AccountCheck(platform, connect(platform, found[0]).account())
    except PublicationError as error:
        raise _offline_as("account-offline", error) from error


def keep_key(
    store: CredentialStore,
    connect: ClientFactory,
    platform: str,
    key: str,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> StoredKey:
    """Check a pasted key with ``/me/`` and keep it in the keyring.

    Raises:
        CredentialsError: the key is empty or refused.
        PublicationError: the platform could not be reached.
    """
    progress(0.0, "account-checking")
    cancel.raise_if_cancelled()
    try:
        return store.check_and_keep(platform, key, lambda where, secret: connect(where, secret))
    except PublicationError as error:
        raise _offline_as("account-key-offline", error) from error


def organization_datasets(
    store: CredentialStore,
    connect: ClientFactory,
    platform: str,
    organization_id: str,
    schema_name: str | None,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> tuple[DatasetChoice, ...]:
    """The organisation's datasets with the same schema (all of them without a schema).

    Raises:
        PublicationError: no key, a refused key, or the platform could not be reached.
    """
    progress(0.0, "pub-loading-datasets")
    client = connect(platform, _key(store, platform))
    cancel.raise_if_cancelled()
    found = client.organization_datasets(organization_id, schema_name)
    return tuple(
        DatasetChoice(str(item["id"]), str(item.get("title") or ""), item.get("page"))
        for item in found
    )


@dataclass(frozen=True, eq=False)
class PublicationJob:
    """Everything a publication run needs, gathered by the page on the GUI thread."""

    preparation: Preparation
    plan: PublicationPlan
    state: PublicationState
    store: CredentialStore
    connect: ClientFactory


@dataclass(frozen=True)
class PublicationOutcome:
    """How a publication run ended, and what was sent: the file's name and its rows."""

    result: PublicationResult
    file_name: str
    rows: int


def publish_prepared(
    job: PublicationJob,
    record: StateMailbox,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> PublicationOutcome:
    """Write the file to publish, then publish it (or resume), recording every step.

    Raises:
        PrivacyError: a personal-data finding has no usable decision.
        PublicationError, CredentialsError: the platform refused or could not be reached.
        CancelledError: the agent cancelled (a new dataset stays private).
    """
    progress(0.0, "pub-preparing")
    rows = job.preparation.write_publishable(job.plan.csv_path)
    cancel.raise_if_cancelled()
    client = job.connect(job.plan.platform, _key(job.store, job.plan.platform))
    start = record.latest or job.state  # a retry resumes from the last recorded step
    result = publish(job.plan, client, start, record=record, progress=progress, cancel=cancel)
    return PublicationOutcome(result, job.plan.csv_path.name, rows)


def _key(store: CredentialStore, platform: str) -> str:
    found = store.key(platform)
    if found is None:
        raise PublicationError("publication-key-missing")
    return found[0]
