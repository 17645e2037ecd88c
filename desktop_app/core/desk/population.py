"""The commune's population, which decides the obligations that apply from a size on.

The agent's own figure wins (they may know a newer one); otherwise the bundled list of
communes gives the municipal population of the commune set up in the profile, so the desk
can say "ne s'applique pas" or "à publier" without asking.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.commune.directory import CommuneDirectory, CommuneError
from desktop_app.core.commune.settings import load_commune
from desktop_app.paths import AgentFolders


def commune_population(kept: int | None, profile_root: Path | None, reference: Path) -> int | None:
    """The population typed by the agent, else the bundled figure of the profile's commune.

    ``reference`` is the folder of the bundled lists (resources/reference). None when neither
    is known: no commune set up yet, or a commune the list does not count.
    """
    if kept is not None:
        return kept
    if profile_root is None:
        return None
    try:
        commune = load_commune(AgentFolders(profile_root))
        if commune is None or not commune.insee:
            return None
        found = CommuneDirectory.load(reference).by_code(commune.insee)
    except CommuneError:
        return None
    return None if found is None else found.population
