"""The licence the project declares is the one it carries, in the repository and the bundle."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_declared_licence_is_the_text_at_the_root() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["license"] == "EUPL-1.2"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    # The whole licence, up to its appendix of compatible licences, not a summary of it.
    assert "Disclaimer of Liability" in text
    assert "Appendix" in text
    assert len(text) > 12_000


def test_the_frozen_bundle_and_its_checks_carry_the_licence() -> None:
    spec = (ROOT / "installers" / "datamairie.spec").read_text(encoding="utf-8")
    assert 'ROOT / "LICENSE"' in spec
    assert "LICENCE.txt" in spec
    for script in ("build-bundle.sh", "build-windows.sh"):
        assert "LICENCE.txt" in (ROOT / "scripts" / script).read_text(encoding="utf-8")
