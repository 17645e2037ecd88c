"""project.json is read strictly: a wrong type anywhere is a damaged project, never a default.

A project whose publication record cannot be read is never published as a new dataset.
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.project.document import project_from_json, project_to_json
from desktop_app.core.project.model import ProjectError
from desktop_app.core.project.storage import ProjectFile, source_record
from desktop_app.core.publication import (
    ApiTransport,
    DataGouvClient,
    PublicationError,
    PublicationPlan,
    PublicationState,
    PublicationStep,
    publish,
)
from tests.local_servers import RecordingServer
from tests.unit.project.support import full_project

Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Change:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for step in parents:
            target = target[int(step)] if step.isdigit() else target[step]
        if value is _DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()

DAMAGES: dict[str, tuple[Change, str]] = {
    "publication is a list": (_set("publication", []), "publication"),
    "dataset id is a number": (_set("publication.dataset_id", 42), "publication.dataset_id"),
    "step past the start without id": (
        _set("publication.dataset_id", None),
        "publication.dataset_id",
    ),
    "unknown step": (_set("publication.step", "half-way"), "publication.step"),
    "draft is a string": (_set("publication.draft", "false"), "publication.draft"),
    "publication missing": (_set("publication", _DELETE), "project.json"),
    "size is text": (_set("source.size", "12"), "source.size"),
    "size is negative": (_set("source.size", -1), "source.size"),
    "sha256 is not a digest": (_set("source.sha256", "abc"), "source.sha256"),
    "to_publish is text": (_set("to_publish", "yes"), "to_publish"),
    "metadata is a list": (_set("metadata", []), "metadata"),
    "keywords is text": (_set("metadata.keywords", "budget"), "metadata.keywords"),
    "commune name is a number": (_set("commune.name", 5), "commune.name"),
    "unknown remedy": (_set("privacy.decisions.0.remedy", "burn"), "privacy.decisions.0.remedy"),
    "rows is a fraction": (_set("validation.rows", 2.5), "validation.rows"),
    "unknown edit kind": (_set("edits.edits.0.kind", "paint"), "edits.edits.0"),
    "confidence above one": (
        _set("mapping.fields.0.confidence", 3),
        "mapping.fields.0.confidence",
    ),
    "unknown key": (_set("source.colour", "blue"), "source"),
    "page unknown": (_set("page", "nowhere"), "page"),
    "conformity is a number": (_set("conformity", 3), "conformity"),
}


@pytest.fixture
def document(tmp_path: Path) -> dict[str, Any]:
    source = tmp_path / "registre.csv"
    source.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="utf-8")
    return project_to_json(full_project(source_record(source, tmp_path / "p.datamairie")))


@pytest.mark.parametrize("name", list(DAMAGES))
def test_a_wrong_shape_anywhere_is_a_damaged_project(name: str, document: dict[str, Any]) -> None:
    change, part = DAMAGES[name]
    damaged = copy.deepcopy(document)
    change(damaged)

    with pytest.raises(ProjectError) as refused:
        project_from_json(damaged)

    assert refused.value.code == "project-damaged"
    assert refused.value.params["part"] == part


def _damaged_project(tmp_path: Path, platform: str, publication: Any) -> Path:
    return _changed_project(tmp_path, lambda stored: stored.update(publication=publication))


def _changed_project(tmp_path: Path, change: Change) -> Path:
    """A sample project whose project.json is changed as given, written back in its archive."""
    source = tmp_path / "registre.csv"
    source.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="utf-8")
    file = ProjectFile(tmp_path / "deliberations.datamairie")
    file.create(full_project(source_record(source, file.path)), source)
    with zipfile.ZipFile(file.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    stored = json.loads(members["project.json"])
    change(stored)
    members["project.json"] = json.dumps(stored).encode()
    with zipfile.ZipFile(file.path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return file.path


@pytest.mark.parametrize(
    "publication",
    [
        [],
        {**PublicationState(platform="demo").to_json(), "dataset_id": 7, "step": "checked"},
        {**PublicationState().to_json(), "step": "dataset-published"},
    ],
    ids=["a-list", "id-a-number", "published-without-id"],
)
def test_a_project_whose_dataset_id_cannot_be_read_never_publishes(
    publication: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATAMAIRIE_API_KEY", "cle")
    with RecordingServer() as platform:
        project = _damaged_project(tmp_path, platform.url, publication)
        before = project.read_bytes()
        profile = ["--profile-dir", str(tmp_path / "profil")]

        shown = main([*profile, "project", "show", str(project), "--json"])
        shown_error = json.loads(capsys.readouterr().out)["error"]
        published = main(
            [*profile, "publish", str(project), "--platform", platform.url, "--draft", "--json"]
        )
        publish_error = json.loads(capsys.readouterr().out)["error"]

        assert platform.received == []  # nothing asked of the platform, nothing created
    assert (shown, published) == (2, 2)
    assert shown_error["code"] == publish_error["code"] == "project-damaged"
    assert publish_error["part"].startswith("publication")
    assert "second jeu de données" in publish_error["message"]
    assert project.read_bytes() == before


def test_a_plan_whose_publication_record_is_damaged_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATAMAIRIE_API_KEY", "cle")
    (tmp_path / "d.csv").write_text("a\n1\n", encoding="utf-8")
    with RecordingServer() as platform:
        plan = tmp_path / "plan.json"
        document = {"csv": "d.csv", "title": "T", "description": "D", "platform": platform.url}
        plan.write_text(json.dumps({**document, "publication": []}), encoding="utf-8")

        status = main(["--profile-dir", str(tmp_path), "publish", str(plan), "--json"])

        assert platform.received == []
    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "publish-plan-unreadable"


def test_a_state_past_the_start_without_its_dataset_never_creates_one(tmp_path: Path) -> None:
    damaged = PublicationState(step=PublicationStep.FILE_UPLOADED, resource_id="r1")
    with RecordingServer() as platform:
        client = DataGouvClient(ApiTransport(f"{platform.url}/api/1", "cle"))
        plan = PublicationPlan(
            csv_path=tmp_path / "a.csv", title="T", description="D", platform=platform.url
        )
        with pytest.raises(PublicationError) as refused:
            publish(plan, client, damaged, record=lambda state: None)

        assert platform.received == []
    assert refused.value.code == "publication-state-damaged"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_a_number_that_is_no_json_makes_a_damaged_project(tmp_path: Path, number: float) -> None:
    # Python writes NaN and the infinities where JSON has no such number; a NaN would pass
    # every bound of the format (a confidence between 0 and 1), so the reading refuses them.
    def change(stored: dict[str, Any]) -> None:
        findings = stored["privacy"]["findings"]
        assert findings, "the sample project must hold a privacy finding for this test"
        findings[0]["confidence"] = number

    file = ProjectFile(_changed_project(tmp_path, change))
    with pytest.raises(ProjectError) as refused:
        file.load()
    assert refused.value.code == "project-damaged"
