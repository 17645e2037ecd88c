"""What the agent checked is exactly what is published, whichever way it is published.

The project ``tests/fixtures/projects/v1-deliberations.datamairie`` was written by
DataMairie's main line before the preparation existed (project format version 1), from the
bundled sample: a cell corrected, a one-click fix on a column, a correction undone, an e-mail
address redacted from free text and names of elected officials kept with a justification.
``v1-deliberations-publie.csv`` is the file that version published for it.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.clock import timestamp
from desktop_app.core.preparation.edits import CellEdit, ColumnRule
from desktop_app.core.preparation.state import WizardState
from desktop_app.core.project.document import VERSION
from desktop_app.core.project.opening import fill_state, open_project
from desktop_app.core.project.publishable import write_publishable_file
from desktop_app.core.project.saving import save_project, snapshot_of
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication import PublicationError, PublicationState
from desktop_app.core.publication.plan import PublicationPlan
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from desktop_app.core.validation.engine import validate_csv
from desktop_app.paths import resources_dir
from desktop_app.workers.publication import PublicationJob, StateMailbox, publish_prepared
from tests import communes

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "projects"
WRITTEN_BY_VERSION_1 = FIXTURES / "v1-deliberations.datamairie"
PUBLISHED_BY_VERSION_1 = FIXTURES / "v1-deliberations-publie.csv"


@pytest.fixture
def catalogue(tmp_path: Path) -> SchemaCatalogue:
    return SchemaCatalogue(resources_dir() / "schemas", tmp_path / "cache")


def _published_by_project(path: Path, catalogue: SchemaCatalogue, target: Path) -> bytes:
    """What `datamairie publish PROJECT` (and so the outbox) sends for a saved project."""
    project_file = ProjectFile(path)
    write_publishable_file(project_file, project_file.load(), catalogue, target)
    return target.read_bytes()


def _wizard_state(path: Path, catalogue: SchemaCatalogue, copies: Path) -> WizardState:
    """The wizard resumed on a project, as « Ouvrir un projet » restores it."""
    opened = open_project(path, catalogue, copies, progress=NO_PROGRESS, cancel=CancelToken())
    state = WizardState()
    fill_state(state, opened)
    return state


def _sent_by_the_wizard(state: WizardState, folder: Path) -> bytes:
    """The file the Publication page's worker writes, before it talks to data.gouv.fr."""
    plan = PublicationPlan(folder / "envoi" / "deliberations.csv", "Délibérations", "D" * 120)

    def unreachable(platform: str, key: str | None) -> Any:
        raise PublicationError("publication-unreachable")  # the file is written before this

    job = PublicationJob(
        preparation=state.preparation(),
        plan=plan,
        state=PublicationState(),
        store=_NoKeyNeeded(),  # type: ignore[arg-type]
        connect=unreachable,
    )
    with pytest.raises(PublicationError):
        publish_prepared(job, StateMailbox(), progress=NO_PROGRESS, cancel=CancelToken())
    return plan.csv_path.read_bytes()


class _NoKeyNeeded:
    def key(self, platform: str) -> tuple[str, str]:
        return ("clé", "agent")


def test_a_project_of_format_version_1_opens_and_publishes_what_it_published(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    copy = shutil.copy(WRITTEN_BY_VERSION_1, tmp_path / "projet.datamairie")
    with zipfile.ZipFile(copy) as archive:
        assert json.loads(archive.read("project.json"))["version"] == 1
    project = ProjectFile(Path(copy)).load()
    assert VERSION >= 2
    kinds = [type(edit) for edit in project.edits.edits]
    assert kinds == [CellEdit, ColumnRule, CellEdit]
    assert len(project.edits.active) == 2
    published = _published_by_project(Path(copy), catalogue, tmp_path / "publie.csv")
    assert published == PUBLISHED_BY_VERSION_1.read_bytes()


def test_wizard_saved_project_and_outbox_publish_the_same_bytes(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    project = Path(shutil.copy(WRITTEN_BY_VERSION_1, tmp_path / "projet.datamairie"))
    expected = PUBLISHED_BY_VERSION_1.read_bytes()
    assert b"example.org" not in expected  # the e-mail address was redacted
    assert "(corrigé)".encode() in expected  # the cell typed by hand

    state = _wizard_state(project, catalogue, tmp_path / "copies")
    preparation = state.preparation()
    assert preparation.publishable_bytes == expected
    assert _sent_by_the_wizard(state, tmp_path) == expected

    # The wizard autosaves it (format version 2), then `publish` or the outbox sends it.
    snapshot = snapshot_of(state)
    assert snapshot is not None
    saved = tmp_path / "enregistre.datamairie"
    save_project(snapshot, saved, None, now=timestamp(), progress=NO_PROGRESS, cancel=CancelToken())
    assert _published_by_project(saved, catalogue, tmp_path / "publie.csv") == expected
    resumed = _wizard_state(saved, catalogue, tmp_path / "copies-2")
    assert resumed.preparation().publishable_bytes == expected


def test_the_row_count_and_conformity_shown_are_those_of_the_bytes_sent(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    project = Path(shutil.copy(WRITTEN_BY_VERSION_1, tmp_path / "projet.datamairie"))
    preparation = _wizard_state(project, catalogue, tmp_path / "copies").preparation()
    sent = tmp_path / "envoye.csv"
    sent.write_bytes(preparation.publishable_bytes)
    schema = catalogue.get("scdl/deliberations")
    assert preparation.rows == len(preparation.publishable_bytes.splitlines()) - 1
    check = validate_csv(sent, schema)
    conformity = preparation.conformity
    assert conformity is not None
    assert (conformity.valid, conformity.error_count) == (check.valid, check.error_count)
    assert conformity.rows == check.rows == preparation.rows == 20


def test_prepare_out_writes_the_bytes_the_project_publishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], catalogue: SchemaCatalogue
) -> None:
    source = communes.deliberations_xlsx(tmp_path)
    out, project = tmp_path / "prepare.csv", tmp_path / "deliberations.datamairie"
    status = main(
        [
            "--profile-dir", str(tmp_path / "profil"), "prepare", str(source),
            "--schema", "scdl/deliberations", "--out", str(out), "--project", str(project),
            "--commune", "38433", "--json",
        ]
    )  # fmt: skip
    capsys.readouterr()
    assert status in (0, 1)  # 1: the data has problems, which a check would show
    published = _published_by_project(project, catalogue, tmp_path / "publie.csv")
    assert out.read_bytes() == published
    state = _wizard_state(project, catalogue, tmp_path / "copies")
    assert state.preparation().publishable_bytes == published
    assert _sent_by_the_wizard(state, tmp_path) == published
