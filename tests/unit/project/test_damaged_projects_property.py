"""Property: whatever a project file holds, DataMairie answers in French or reads it correctly.

Hypothesis mutates a valid project.json at random — values of the wrong type, keys removed,
the text cut short, paths to folders, devices, pipes and places outside the project, sizes
from negative to huge — then opens the project and checks its source as `project show`
does. Each time: a refusal whose words exist in French and English, or a reading that writes
the same document back; never another exception, never more than 10 seconds, never a file
written outside the project's folder.
"""

from __future__ import annotations

import copy
import json
import os
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import AppError
from desktop_app.core.project.document import project_to_json
from desktop_app.core.project.storage import ProjectFile, source_record
from desktop_app.texts import render
from desktop_app.texts.render import WORDINGS
from tests.unit.project.support import full_project

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _paths(value, (*prefix, index))


@st.composite
def damaged(draw: st.DrawFn, document: dict[str, Any], places: list[str]) -> bytes:
    """A project.json derived from a valid one by a few random changes."""
    changed = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["value", "delete", "path", "size"]))
        if kind in ("path", "size") and not isinstance(changed.get("source"), dict):
            continue  # an earlier change already replaced the whole block
        if kind == "path":
            key = draw(st.sampled_from(["original_path", "relative_path"]))
            changed["source"][key] = draw(st.sampled_from(places) | st.text(max_size=12))
            continue
        if kind == "size":
            changed["source"]["size"] = draw(st.integers(-5, 2**70))
            continue
        paths = [p for p in _paths(changed) if p]
        where = draw(st.sampled_from(paths))
        parent: Any = changed
        for step in where[:-1]:
            parent = parent[step]
        if kind == "delete" and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = draw(JSON_VALUES)
    text = json.dumps(changed).encode()
    if draw(st.booleans()) and draw(st.booleans()):  # a quarter of them cut short
        text = text[: draw(st.integers(0, len(text) - 1))]
    return text


def _assert_kept(written: Any, read: Any, where: str = "project.json") -> None:
    """Every value of ``written`` is in ``read`` at the same place, the same."""
    if isinstance(written, dict):
        assert isinstance(read, dict), where
        for key, value in written.items():
            assert key in read, f"{where}.{key} lost"
            _assert_kept(value, read[key], f"{where}.{key}")
    elif isinstance(written, list):
        assert isinstance(read, list), where
        assert len(read) == len(written), where
        for index, (value, again) in enumerate(zip(written, read, strict=True)):
            _assert_kept(value, again, f"{where}[{index}]")
    else:
        assert read == written, f"{where}: {written!r} → {read!r}"
        assert type(read) is type(written), f"{where}: {written!r} → {read!r}"


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ProjectFile, dict[str, Any]]:
    root = tmp_path_factory.mktemp("monde")
    outside = root / "dehors"
    outside.mkdir()
    os.mkfifo(outside / "tube")
    (outside / "lien").symlink_to("/dev/zero")
    source = root / "registre.csv"
    source.write_text("Date;Objet\n22/01/2024;Budget\n", encoding="utf-8")
    file = ProjectFile(root / "projet" / "deliberations.datamairie")
    file.path.parent.mkdir()
    file.create(full_project(source_record(source, file.path)), source)
    return root, file, project_to_json(file.load())


def _run_within(seconds: float, work: Any) -> Any:
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "a damaged project kept DataMairie busy for more than 10 s"
    return outcome[0]


def _open_as_project_show_does(file: ProjectFile) -> Any:
    try:
        project = file.load()
        file.check_source(project)
        return project
    except AppError as refused:
        return refused
    except Exception as crash:  # noqa: BLE001 - the property: nothing else ever escapes
        return crash


PLACES = ["/dev/zero", "dehors/tube", "dehors/lien", "dehors", "../dehors/tube", "", "/", "."]


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_damage_gives_a_french_refusal_or_a_correct_reading(
    data: st.DataObject, world: tuple[Path, ProjectFile, dict[str, Any]]
) -> None:
    root, file, valid = world
    places = [p if p.startswith(("/", ".")) or not p else str(root / p) for p in PLACES]
    text = data.draw(damaged(valid, places))
    with zipfile.ZipFile(file.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["project.json"] = text
    with zipfile.ZipFile(file.path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    outside = {k: v for k, v in _tree(root).items() if not k.startswith("projet")}

    outcome = _run_within(10, lambda: _open_as_project_show_does(file))

    assert not isinstance(outcome, Exception) or isinstance(outcome, AppError), repr(outcome)
    if isinstance(outcome, AppError):
        assert outcome.code in WORDINGS
        for lang in ("fr", "en"):
            words = render(outcome.code, outcome.params, lang)
            assert "{" not in words
            assert "Traceback" not in words
    else:
        # Read: what was read is what the file says (saved again, every value written is there,
        # unchanged; a key the format allows to be left out comes back with its default).
        _assert_kept(json.loads(text), project_to_json(outcome))
    assert {k: v for k, v in _tree(root).items() if not k.startswith("projet")} == outside


def test_an_optional_key_left_out_is_read_as_its_default(
    world: tuple[Path, ProjectFile, dict[str, Any]],
) -> None:
    """A project written before the publication marker existed opens, the marker empty."""
    _, file, valid = world
    document = copy.deepcopy(valid)
    del document["publication"]["marker"]
    with zipfile.ZipFile(file.path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["project.json"] = json.dumps(document).encode()
    with zipfile.ZipFile(file.path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)

    outcome = _open_as_project_show_does(file)

    assert not isinstance(outcome, Exception), repr(outcome)
    assert outcome.publication.marker is None
    _assert_kept(document, project_to_json(outcome))
