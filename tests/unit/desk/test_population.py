"""Which population decides the obligations: the agent's own figure, else the bundled list's."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings, save_commune
from desktop_app.core.desk.population import commune_population
from desktop_app.paths import AgentFolders, resources_dir

REFERENCE = resources_dir() / "reference"


def _set_up(root: Path, insee: str) -> None:
    save_commune(AgentFolders(root), CommuneSettings(name="Nantes", insee=insee))


def test_the_bundled_list_gives_the_commune_s_population(tmp_path: Path) -> None:
    _set_up(tmp_path, "44109")
    listed = CommuneDirectory.load(REFERENCE).by_code("44109")
    assert listed is not None
    assert listed.population is not None
    assert listed.population > 3500
    assert commune_population(None, tmp_path, REFERENCE) == listed.population


def test_the_agent_s_own_figure_wins(tmp_path: Path) -> None:
    _set_up(tmp_path, "44109")
    assert commune_population(1200, tmp_path, REFERENCE) == 1200


def test_unknown_without_a_commune_or_a_known_code(tmp_path: Path) -> None:
    assert commune_population(None, tmp_path, REFERENCE) is None
    assert commune_population(None, None, REFERENCE) is None
    _set_up(tmp_path, "99999")
    assert commune_population(None, tmp_path, REFERENCE) is None


def test_a_damaged_profile_leaves_it_unknown(tmp_path: Path) -> None:
    (tmp_path / "commune.json").write_text("{", encoding="utf-8")
    assert commune_population(None, tmp_path, REFERENCE) is None
