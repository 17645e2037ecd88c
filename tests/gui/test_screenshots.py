"""`datamairie screenshots DIR` walks the wizard with the bundled sample, one PNG per page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop_app.cli import main

PAGES = [
    "00-welcome.png",
    "01-file.png",
    "02-schema.png",
    "03-mapping.png",
    "04-quality.png",
    "05-privacy.png",
    "06-description.png",
    "07-publication.png",
    "08-done.png",
    "desk-late.png",  # the desk's states, for the guide
    "desk-no-key.png",
    "desk-offline.png",
]


def test_screenshots_are_written(qtbot: QtBot, tmp_path: Path) -> None:
    assert main(["--lang", "en", "screenshots", str(tmp_path)]) == 0

    shots = sorted(path.name for path in tmp_path.glob("*.png"))
    assert shots == PAGES
    image = QImage(str(tmp_path / "04-quality.png"))
    assert image.width() >= 1000
    assert image.height() >= 600
