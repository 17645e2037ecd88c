"""The few colours DataMairie adds to the system's, in a light and a dark version.

Pages never write a colour themselves: they ask ``tones()`` for the set that suits the
palette in use, so a red warning or a highlighted cell stays readable when Windows is in
dark mode. Every pair (text on its background) keeps a contrast of at least 4.5:1 (WCAG AA);
tests/gui/test_colours.py checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


@dataclass(frozen=True)
class Banner:
    """A framed message: its background, border and text."""

    background: str
    border: str
    text: str

    def style(self) -> str:
        """The style-sheet body of the frame."""
        return (
            f"background:{self.background};border:1px solid {self.border};"
            f"border-radius:6px;color:{self.text};"
        )


@dataclass(frozen=True)
class Tones:
    """The colours of one theme (light or dark)."""

    dark: bool
    blocking_text: str  # what would make data.gouv.fr refuse, a missing field
    advice_text: str  # advice, stale results
    muted_text: str  # notes under a control
    step_done: str
    step_current: str
    step_todo: str
    step_background: str
    error: Banner
    warning: Banner
    info: Banner
    highlight: Banner  # the header row found, on the Fichier step
    drop_border: str
    drop_background: str
    faulty_cell: str
    edited_cell: str
    cell_text: str  # text on a faulty or edited cell
    chart_bar: str


LIGHT = Tones(
    dark=False,
    blocking_text="#b3261e",
    advice_text="#7a4f00",
    muted_text="#4b5563",
    step_done="#2e6b30",
    step_current="#12355b",
    step_todo="#4b5563",
    step_background="#eef2f7",
    error=Banner("#fdecea", "#e0a39a", "#5c1b12"),
    warning=Banner("#fff6e0", "#e8c77a", "#4d3a00"),
    info=Banner("#e8f1fb", "#9bbde0", "#12355b"),
    highlight=Banner("#fff6c2", "#e3cf6b", "#2b2400"),
    drop_border="#8aa4c8",
    drop_background="#f6f9fd",
    faulty_cell="#f9d0cb",
    edited_cell="#d8ecd5",
    cell_text="#1f1f1f",
    chart_bar="#d9534f",
)

DARK = Tones(
    dark=True,
    blocking_text="#ff9a8f",
    advice_text="#f2c46b",
    muted_text="#b4bcc8",
    step_done="#93d69a",
    step_current="#a9cfff",
    step_todo="#b4bcc8",
    step_background="#272c34",
    error=Banner("#4a1f1b", "#a0524a", "#ffdcd6"),
    warning=Banner("#40340f", "#a08632", "#ffecb8"),
    info=Banner("#1c3350", "#4f7bb0", "#dcebff"),
    highlight=Banner("#453d12", "#8f7f2a", "#fff3c4"),
    drop_border="#6d88ad",
    drop_background="#262d37",
    faulty_cell="#6e2a24",
    edited_cell="#2b5331",
    cell_text="#ffffff",
    chart_bar="#e0605b",
)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def tones(palette: QPalette | None = None) -> Tones:
    """The colours that suit ``palette`` (by default the application's)."""
    chosen = palette if palette is not None else QGuiApplication.palette()
    return DARK if is_dark(chosen) else LIGHT


def dark_palette() -> QPalette:
    """A dark palette like the one Windows in dark mode gives Qt applications."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202020"),
        (roles.WindowText, "#ffffff"),
        (roles.Base, "#1b1b1b"),
        (roles.AlternateBase, "#2b2b2b"),
        (roles.ToolTipBase, "#2b2b2b"),
        (roles.ToolTipText, "#ffffff"),
        (roles.PlaceholderText, "#a0a0a0"),
        (roles.Text, "#ffffff"),
        (roles.Button, "#2d2d2d"),
        (roles.ButtonText, "#ffffff"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#3c3c3c"),
        (roles.Midlight, "#333333"),
        (roles.Mid, "#4a4a4a"),
        (roles.Dark, "#151515"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#2f6fb5"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def use_dark_palette(app: QApplication) -> None:
    """Draw the application with the Fusion style and the dark palette."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(dark_palette())


def contrast(first: str | QColor, second: str | QColor) -> float:
    """The WCAG contrast ratio between two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
