"""Where the agent's data.gouv.fr API key lives: the operating system's keyring, nowhere else.

One key per platform and account (www and demo have separate accounts). A key is checked
with ``/me/`` before it is kept. Where the system has no keyring (a Linux machine without
Secret Service), the key is kept in memory for this session only and the agent is told:
never in a plain file. Scripts may pass the key in the ``DATAMAIRIE_API_KEY`` variable.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from desktop_app.core.publication.client import Account, DataGouvClient, api_root
from desktop_app.core.publication.errors import CredentialsError, PublicationError

log = logging.getLogger(__name__)

ENVIRONMENT_KEY = "DATAMAIRIE_API_KEY"
SERVICE_PREFIX = "DataMairie"
CURRENT_ACCOUNT = "current-account"
"""The keyring entry naming the account whose key is used on a platform (not a secret)."""


class KeyLocation(StrEnum):
    """Where a key is kept."""

    KEYRING = "keyring"
    SESSION = "session"
    ENVIRONMENT = "environment"


@dataclass(frozen=True)
class StoredKey:
    """A key accepted by the platform, whose account it opens, and where it is kept."""

    account: Account
    location: KeyLocation


ClientFactory = Callable[[str, str], DataGouvClient]
"""Builds a client for a platform and a key."""


def usable_backend(backend: KeyringBackend) -> bool:
    """Whether a keyring backend really keeps secrets safe (no failing or plain-file one)."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    return float(backend.priority) > 0


class CredentialStore:
    """The API keys of the agent, one per platform and account."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._environ = os.environ if environ is None else environ
        self._session: dict[tuple[str, str], str] = {}

    @property
    def keeper(self) -> str:
        """Which safe keeps the keys, as the agent knows it: windows, macos, system or session."""
        if not self.has_keyring:
            return "session"
        module = type(self._backend).__module__
        if module.endswith(".Windows"):
            return "windows"
        if module.endswith(".macOS") or ".macOS." in module:
            return "macos"
        return "system"  # Secret Service (GNOME), KWallet (KDE)…

    @property
    def has_keyring(self) -> bool:
        """Whether keys outlive this session (False: the agent is told keys are forgotten)."""
        return usable_backend(self._backend)

    def key(self, platform: str) -> tuple[str, KeyLocation] | None:
        """The key to use on a platform, and where it came from; None when there is none."""
        from_environment = self._environ.get(ENVIRONMENT_KEY, "").strip()
        if from_environment:
            return from_environment, KeyLocation.ENVIRONMENT
        service = _service(platform)
        account = self._read(service, CURRENT_ACCOUNT)
        if account is not None:
            secret = self._read(service, account)
            if secret is not None:
                return secret, KeyLocation.KEYRING
        for (kept_service, _account), secret in self._session.items():
            if kept_service == service:
                return secret, KeyLocation.SESSION
        return None

    def check_and_keep(self, platform: str, key: str, connect: ClientFactory) -> StoredKey:
        """Check a key with ``/me/`` on the platform, then keep it for that account.

        Raises:
            CredentialsError: ``credentials-key-refused`` when the platform refuses it.
            PublicationError: the platform could not be reached.
        """
        key = key.strip()
        if not key:
            raise CredentialsError("credentials-key-empty")
        try:
            account = connect(platform, key).account()
        except PublicationError as error:
            if error.status == 401:
                raise CredentialsError("credentials-key-refused", platform=platform) from None
            raise
        service = _service(platform)
        if self.has_keyring:
            try:
                self._backend.set_password(service, account.id, key)
                self._backend.set_password(service, CURRENT_ACCOUNT, account.id)
            except KeyringError:
                log.warning("the keyring refused to keep the key; kept for this session only")
            else:
                return StoredKey(account, KeyLocation.KEYRING)
        self._session[(service, account.id)] = key
        return StoredKey(account, KeyLocation.SESSION)

    def forget(self, platform: str) -> None:
        """Forget the platform's key (after the platform refused it, or on request)."""
        service = _service(platform)
        account = self._read(service, CURRENT_ACCOUNT)
        for username in (account, CURRENT_ACCOUNT):
            if username is not None and self.has_keyring:
                try:
                    self._backend.delete_password(service, username)
                except (PasswordDeleteError, KeyringError):
                    log.info("no key to forget in the keyring")
        for kept in [kept for kept in self._session if kept[0] == service]:
            del self._session[kept]

    def _read(self, service: str, username: str) -> str | None:
        if not self.has_keyring:
            return None
        try:
            return self._backend.get_password(service, username)
        except KeyringError:
            log.warning("the keyring could not be read")
            return None


def _service(platform: str) -> str:
    return f"{SERVICE_PREFIX} {api_root(platform)}"
