"""The catalogue and the mapping templates as the agent's own folders keep them.

One factory for the wizard (app.py) and every command: the bundled snapshot of the catalogue,
or the agent's newer download in their cache.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.paths import AgentFolders, resources_dir

SCHEMA_CACHE = "schemas"
MAPPING_TEMPLATES = "mappings"


def schema_catalogue(profile: AgentFolders, resources: Path | None = None) -> SchemaCatalogue:
    """The catalogue the wizard would show: the bundled snapshot, or the agent's newer download."""
    snapshot = (resources or resources_dir()) / "schemas"
    return SchemaCatalogue(snapshot, profile.cache / SCHEMA_CACHE)
