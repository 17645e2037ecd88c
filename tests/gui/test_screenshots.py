"""`datamairie screenshots DIR` renders the window, filled with the bundled sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop_app.cli import main


def test_screenshots_are_written(qtbot: QtBot, tmp_path: Path) -> None:
    assert main(["screenshots", str(tmp_path)]) == 0

    shots = sorted(path.name for path in tmp_path.glob("*.png"))
    assert shots == ["00-fichier-vide.png", "01-fichier.png"]
    image = QImage(str(tmp_path / "01-fichier.png"))
    assert image.width() >= 1000
    assert image.height() >= 600
