"""The wizard fits the screens of town halls: every page, at each size and scaling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.pages.description_form import DescriptionForm
from desktop_app.ui.screen_fit import fit_to_screen, layout_faults, screen_area
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.full_text_tips import FullTextTips, give_full_texts

ROOT = Path(__file__).resolve().parents[2]
STEPS = ["welcome", "file", "schema", "mapping", "quality", "privacy", "description"]
SCREENS = [(1366, 768, 1.0), (1280, 720, 1.0), (1920, 1080, 1.25), (1920, 1080, 1.5)]


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_page_fits_the_screen(tmp_path: Path, width: int, height: int, scale: float) -> None:
    # A process of its own: the scaling is chosen before Qt starts, as Windows does.
    environment = {key: value for key, value in os.environ.items() if key != "QT_SCALE_FACTOR"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    screen = ["--size", f"{width}x{height}", "--scale", str(scale)]
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "screenshots", str(tmp_path), *screen],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        timeout=300,
        check=True,
    )
    report = json.loads((tmp_path / "layout.json").read_text(encoding="utf-8"))

    assert [*report["pages"]][: len(STEPS)] == STEPS
    assert {page: faults for page, faults in report["pages"].items() if faults} == {}
    area = screen_area(QSize(width, height), scale)
    window_width, window_height = report["window"]
    assert window_width <= area.width()
    assert window_height <= area.height() - 39  # and the title bar above it
    for shot in tmp_path.glob("*.png"):
        image = QImage(str(shot))
        assert image.width() <= width
        assert image.height() <= height
        assert image.width() >= round(window_width * scale) - 1  # drawn at the real scale


def test_the_window_opens_within_the_free_area(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    free = QRect(0, 0, 1366, 728)

    size = fit_to_screen(window, free)

    assert size == QSize(1280, 728 - 39)
    assert free.contains(window.geometry())


def test_faults_name_a_button_outside_and_a_cut_text(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    label = QLabel("Une phrase bien trop longue pour une fenêtre de trois cents pixels", window)
    label.setGeometry(0, 0, 120, 20)
    button = QPushButton("Suivant", window)
    button.setGeometry(250, 190, 100, 30)
    window.show()

    faults = layout_faults(window)

    assert "button outside the window: QPushButton « Suivant »" in faults
    assert any(fault.startswith("text cut: QLabel « Une phrase bien") for fault in faults)


def test_a_cut_list_text_is_given_whole_when_pointed_at(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    entries = QListWidget()
    QVBoxLayout(window).addWidget(entries)
    long_text = "Identifiant de l'entité exerçant le contrôle de légalité de la délibération"
    entries.addItem(long_text)
    window.resize(200, 150)
    window.show()
    assert layout_faults(window) == [f"cell cut without tooltip: « {long_text[:60]} »"]

    give_full_texts(window, skip="holdsData")

    delegate = entries.itemDelegate()
    assert isinstance(delegate, FullTextTips)
    assert delegate.tooltip(entries, entries.model().index(0, 0)) == long_text
    assert layout_faults(window) == []


def test_the_frequency_is_found_by_typing(qtbot: QtBot) -> None:
    form = DescriptionForm(Texts("fr"))
    qtbot.addWidget(form)
    combo = form.frequency
    finder = combo.completer()
    assert finder is not None
    assert combo.itemText(0) == "Mensuelle"  # the usual ones first

    finder.setCompletionPrefix("annu")
    found = [finder.currentCompletion()]
    while finder.setCurrentRow(finder.currentRow() + 1):
        found.append(finder.currentCompletion())
    assert "Annuelle" in found
    finder.activated.emit("Annuelle")
    assert combo.currentData() == "annual"

    line = combo.lineEdit()
    assert line is not None
    line.setText("n'importe quoi")
    line.editingFinished.emit()
    assert combo.currentData() == "annual"  # only the list's entries can be chosen
    assert line.text() == "Annuelle"
