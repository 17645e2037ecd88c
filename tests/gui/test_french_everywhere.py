"""Qt's own dialogs speak the wizard's language even when the system's locale is unset."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("Look in", "Files of", "File name", "Cancel", "Save", "Open")


def test_file_dialogs_read_in_french_with_lang_c() -> None:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))
    }
    environment |= {"LANG": "C", "LC_ALL": "C", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.qt_words_probe"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen: dict[str, list[str]] = json.loads(done.stdout)

    assert set(seen) == {"open", "save", "question"}
    words = [word for found in seen.values() for word in found]
    assert "&Voir dans\u00a0:" in seen["open"]
    assert "Fichiers de &type\u00a0:" in seen["open"]
    assert "Annuler" in seen["question"]
    assert [word for word in words if any(english in word for english in ENGLISH)] == []


def test_qt_french_ships_with_pyside6_and_with_the_bundle() -> None:
    from desktop_app.ui.qt_words import translation_folders

    assert any((folder / "qtbase_fr.qm").is_file() for folder in translation_folders())
    recipe = (ROOT / "installers" / "datamairie.spec").read_text(encoding="utf-8")
    kept = next(line for line in recipe.splitlines() if line.startswith("KEEP_TRANSLATIONS"))
    assert '"qtbase_fr.qm"' in kept
