"""The commune's profile, entered once by the agent and used everywhere.

It extends the mapping's ``CommuneIdentity`` (name, SIRET, INSEE code that fill COLL_NOM,
COLL_SIRET… on every row) with what publication needs: the département, the usual
organisation on data.gouv.fr, the default licence and a contact e-mail. It is stored as a
versioned JSON document in the agent's profile folder, written atomically.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from desktop_app.core.commune.directory import CommuneError
from desktop_app.core.files import replaced_atomically
from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.paths import AgentFolders

FORMAT = "datamairie-commune"
VERSION = 1
PROFILE_FILE = "commune.json"
DEFAULT_LICENCE = "lov2"


@dataclass(frozen=True)
class CommuneSettings(CommuneIdentity):
    """Everything the agent says once about their commune.

    ``organization`` is the id of the usual organisation on data.gouv.fr and
    ``organization_name`` its name as shown there; ``licence`` is the licence offered first.
    """

    department: str = ""
    organization: str = ""
    organization_name: str = ""
    licence: str = DEFAULT_LICENCE
    contact_email: str = ""

    @property
    def zone(self) -> str | None:
        """The commune's zone id on data.gouv.fr, once its INSEE code is known."""
        return f"fr:commune:{self.insee}" if self.insee else None

    def to_json(self) -> dict[str, Any]:
        """The profile as stored (in the profile folder and in each project)."""
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> CommuneSettings:
        """Read a profile stored by ``to_json``; unknown keys are ignored.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        if not isinstance(document, dict):
            raise TypeError("profile is not an object")
        names = {item.name for item in fields(cls)}
        return cls(**{key: str(value) for key, value in document.items() if key in names})


def profile_path(profile: AgentFolders) -> Path:
    """Where the commune profile lives in the agent's profile folder."""
    return profile.root / PROFILE_FILE


def load_commune(profile: AgentFolders) -> CommuneSettings | None:
    """The saved commune profile, or None when the agent has not entered it yet.

    Raises:
        CommuneError: the file exists but is damaged (``profile-damaged``) or was written by
            a newer DataMairie (``profile-too-new``).
    """
    path = profile_path(profile)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise CommuneError("profile-damaged", file=path.name) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CommuneError("profile-damaged", file=path.name)
    version = document.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise CommuneError("profile-too-new", file=path.name, version=version)
    try:
        return CommuneSettings.from_json(document["commune"])
    except (KeyError, ValueError, TypeError):
        raise CommuneError("profile-damaged", file=path.name) from None


def save_commune(profile: AgentFolders, commune: CommuneSettings) -> Path:
    """Write the commune profile atomically; returns its path.

    Raises:
        CommuneError: the profile folder cannot be written (``output-unwritable``); the
            previous profile, if any, is left as it was.
    """
    path = profile_path(profile)
    try:
        with replaced_atomically(path) as stream:
            json.dump(
                {"format": FORMAT, "version": VERSION, "commune": commune.to_json()},
                stream,
                ensure_ascii=False,
                indent=2,
            )
    except OSError:
        raise CommuneError("output-unwritable", file=path.name) from None
    return path
