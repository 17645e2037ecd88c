"""Dark mode: no text of ours becomes unreadable when Windows draws the window dark.

The pages are walked with the sample under the dark palette (Fusion, as ``DATAMAIRIE_DARK=1``
gives the screenshots); every visible label's text colour is compared with the background
it is drawn on, as Qt resolves both from the palette and the style sheets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.quality_page import QualityPage
from desktop_app.ui.palette import DARK, LIGHT, Tones, contrast, dark_palette, tones
from desktop_app.ui.sample_walk import walk_with_sample
from tests.gui.sample_wizard import sample_wizard

READABLE = 4.5  # WCAG AA for body text


def _pairs(shades: Tones, window: str) -> list[tuple[str, str, str]]:
    return [
        ("blocking text", shades.blocking_text, window),
        ("advice text", shades.advice_text, window),
        ("muted text", shades.muted_text, window),
        ("step done", shades.step_done, shades.step_background),
        ("step current", shades.step_current, shades.step_background),
        ("step to do", shades.step_todo, shades.step_background),
        ("error banner", shades.error.text, shades.error.background),
        ("warning banner", shades.warning.text, shades.warning.background),
        ("info banner", shades.info.text, shades.info.background),
        ("header row found", shades.highlight.text, shades.highlight.background),
        ("faulty cell", shades.cell_text, shades.faulty_cell),
        ("corrected cell", shades.cell_text, shades.edited_cell),
    ]


@pytest.mark.parametrize(
    ("shades", "window"), [(LIGHT, "#efefef"), (LIGHT, "#ffffff"), (DARK, "#202020")]
)
def test_every_text_colour_is_readable_on_its_background(shades: Tones, window: str) -> None:
    unreadable = [
        f"{name}: {contrast(text, ground):.1f}"
        for name, text, ground in _pairs(shades, window)
        if contrast(text, ground) < READABLE
    ]
    assert unreadable == []


def test_the_dark_palette_gets_the_dark_colours(qapp: QApplication) -> None:
    assert tones(dark_palette()) is DARK
    assert tones(QStyleFactory.create("Fusion").standardPalette()) is LIGHT


def _background(widget: QWidget, window: QColor) -> QColor:
    """The colour ``widget`` is drawn on: the nearest style-sheet background, or the window."""
    current: QWidget | None = widget
    while current is not None:
        if "background" in current.styleSheet():
            colour = current.palette().color(QPalette.ColorRole.Window)
            if colour.alpha() == 255:
                return colour
        current = current.parentWidget()
    return window


def label_faults(page: QWidget, window: QColor) -> Iterator[str]:
    """Visible labels whose text would be hard to read on their background."""
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.isEnabled() or not label.text():
            continue
        text = label.palette().color(QPalette.ColorRole.WindowText)
        ratio = contrast(text, _background(label, window))
        if ratio < READABLE:
            yield f"{page.objectName()}: {label.text()[:40]!r} ({ratio:.1f})"


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application drawn as Windows in dark mode draws it, put back afterwards."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    qapp.setStyle(QStyleFactory.create("Fusion"))
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setPalette(palette)
    qapp.setStyle(QStyleFactory.create(style))


def test_the_checks_see_grey_text_on_a_dark_window(qtbot: QtBot, dark_app: QApplication) -> None:
    grey = QLabel("gris")
    grey.setStyleSheet("color:#555;")
    qtbot.addWidget(grey)
    grey.show()
    window = dark_app.palette().color(QPalette.ColorRole.Window)

    assert len(list(label_faults(grey, window))) == 0  # the page itself is not checked
    holder = QWidget()
    qtbot.addWidget(holder)
    grey.setParent(holder)
    holder.show()
    assert [fault.split(": ", 1)[1][:6] for fault in label_faults(holder, window)] == ["'gris'"]


def test_no_text_becomes_unreadable_in_dark_mode(
    qtbot: QtBot, dark_app: QApplication, tmp_path: Path
) -> None:
    window = dark_app.palette().color(QPalette.ColorRole.Window)
    faults: list[str] = []
    cells: list[float] = []
    seen: list[str] = []

    def look(number: int, page: StepPage) -> None:
        faults.extend(label_faults(page, window))
        seen.extend(label.text() for label in page.findChildren(QLabel) if label.isVisible())
        if isinstance(page, QualityPage) and page.result is not None:
            row, column = next(iter(page.result.index.cells))
            cell = page.model.index(row, column)
            ground = page.model.data(cell, Qt.ItemDataRole.BackgroundRole).color()
            ink = page.model.data(cell, Qt.ItemDataRole.ForegroundRole).color()
            cells.append(contrast(ink, ground))

    with sample_wizard(tmp_path) as wizard:
        faults.extend(label_faults(wizard.steps, window))
        walk_with_sample(dark_app, wizard, look)

    assert not faults, "\n".join(faults)
    assert len(seen) > 50  # the labels were there to be looked at
    assert any(text.startswith("Titres des colonnes lus") for text in seen)  # highlighted
    assert len(cells) == 1
    assert cells[0] >= READABLE
