"""The agent's data.gouv.fr API keys, kept in the operating system's keyring only."""

from desktop_app.core.credentials.store import (
    ENVIRONMENT_KEY,
    CredentialStore,
    KeyLocation,
    StoredKey,
)

__all__ = ["ENVIRONMENT_KEY", "CredentialStore", "KeyLocation", "StoredKey"]
