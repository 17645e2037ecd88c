"""scripts/refresh_schemas.py renews the bundled snapshot from a (local) copy of the site."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.schemas.store import read_snapshot_date
from tests.unit.schemas.conftest import (
    DELIBERATIONS,
    SNAPSHOT,
    SUBVENTIONS,
    FakeSite,
    mini_catalogue,
    snapshot_file,
)

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "refresh_schemas.py"
PUBLISHED = dt.date(2026, 8, 22)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("refresh_schemas", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def destination(tmp_path: Path) -> Path:
    """A snapshot with an old version to retire and the SOURCE.md date line to renew."""
    folder = tmp_path / "schemas"
    (folder / "schemas" / "scdl" / "deliberations" / "2.1.4").mkdir(parents=True)
    (folder / "schemas" / "scdl/deliberations/2.1.4/schema.json").write_text(
        '{"fields": []}', encoding="utf-8"
    )
    (folder / "schemas" / SUBVENTIONS).parent.mkdir(parents=True)
    (folder / "schemas" / SUBVENTIONS).write_bytes(b'{"fields": [], "old": true}')
    shutil.copy(SNAPSHOT / "SOURCE.md", folder / "SOURCE.md")
    return folder


def test_the_script_renews_the_snapshot_and_says_what_changed(
    site: FakeSite, destination: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.serve("/schemas/schemas.json", mini_catalogue())
    site.serve(f"/schemas/{DELIBERATIONS}", snapshot_file(DELIBERATIONS))
    site.serve(f"/schemas/{SUBVENTIONS}", snapshot_file(SUBVENTIONS))

    status = _script().main(["--base-url", site.url, "--dest", str(destination), "--timeout", "5"])

    assert status == 0
    out = capsys.readouterr().out
    assert f"+ ajouté   {DELIBERATIONS}" in out
    assert f"~ modifié  {SUBVENTIONS}" in out
    assert "- retiré   scdl/deliberations/2.1.4/schema.json" in out
    assert not (destination / "schemas" / "scdl/deliberations/2.1.4").exists()
    assert (destination / "schemas.json").read_bytes() == mini_catalogue()
    published = read_snapshot_date(destination)
    assert published == dt.date(2026, 8, 22)  # the served Last-Modified (formatdate 1787400000)
    assert "- Date de publication du catalogue : 2026-08-22" in (
        destination / "SOURCE.md"
    ).read_text(encoding="utf-8")
    renewed = SchemaCatalogue(destination)
    assert renewed.get("scdl/deliberations").version == "2.1.5"
    assert renewed.freshness().published == published


def test_a_failed_download_leaves_the_snapshot_untouched(
    site: FakeSite, destination: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.serve("/schemas/schemas.json", mini_catalogue())
    site.serve(f"/schemas/{DELIBERATIONS}", snapshot_file(DELIBERATIONS))
    before = sorted(path.relative_to(destination) for path in destination.rglob("*"))

    status = _script().main(["--base-url", site.url, "--dest", str(destination)])

    assert status == 1
    assert "catalogue-http-error (HTTP 404)" in capsys.readouterr().err
    assert sorted(path.relative_to(destination) for path in destination.rglob("*")) == before


def test_the_bundled_snapshot_is_complete() -> None:
    catalogue = json.loads((SNAPSHOT / "schemas.json").read_bytes())
    files = {
        path.relative_to(SNAPSHOT / "schemas").as_posix()
        for path in (SNAPSHOT / "schemas").rglob("*.json")
    }

    assert len(catalogue["schemas"]) == 95
    assert len(files) == 60
    assert read_snapshot_date(SNAPSHOT) == PUBLISHED
    assert "2026-08-22" in (SNAPSHOT / "SOURCE.md").read_text(encoding="utf-8")
