"""The copy of the agent's file that a project stands in with never holds another project's file.

Two projects of the same commune often embed files of the same name (each month's
« export.csv » of the accounting software). When their originals are gone, opening one
writes its copy in the profile's cache: it must not overwrite the copy the other project
(open in another window, or open before) reads and saves again from.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.project.opening import open_project
from desktop_app.core.project.storage import ProjectFile, fingerprint, source_record
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.paths import resources_dir
from tests.builders import write_csv
from tests.unit.project.support import full_project


def _project(folder: Path, month: str, amounts: list[str]) -> tuple[Path, str]:
    """A project of ``export.csv`` whose original is gone since; its path and the file's hash."""
    folder.mkdir()
    source = write_csv(folder / "export.csv", [["Mois", "Montant"]] + [[month, a] for a in amounts])
    path = folder / f"{month}.datamairie"
    record = source_record(source, path)
    project = dataclasses.replace(
        full_project(record),
        schema_name=None,
        schema_version=None,
        mapping=None,
        edits=EditHistory(),
        privacy_decisions=(),
    )
    ProjectFile(path).create(project, source)
    source.unlink()
    return path, record.sha256


def test_opening_a_project_keeps_the_copy_another_opened_project_reads(tmp_path: Path) -> None:
    catalogue = SchemaCatalogue(resources_dir() / "schemas", tmp_path / "cache")
    copies = tmp_path / "profile" / "cache" / "sources"
    january, january_sha = _project(tmp_path / "janvier", "janvier", ["10", "20"])
    february, february_sha = _project(tmp_path / "fevrier", "fevrier", ["30", "40", "50"])
    assert january_sha != february_sha

    def opened(path: Path) -> Path:
        project = open_project(path, catalogue, copies, progress=NO_PROGRESS, cancel=CancelToken())
        assert project.source_state == "missing"  # the project's own copy stands in
        return project.source_path

    january_copy = opened(january)
    february_copy = opened(february)

    assert january_copy != february_copy
    assert fingerprint(january_copy)[1] == january_sha  # still January's file, not February's
    assert fingerprint(february_copy)[1] == february_sha
    assert january_copy.name == february_copy.name == "export.csv"  # the agent's own name
    assert opened(january) == january_copy  # the same file again: the same copy
