"""Draw DataMairie's icon (a town hall's pediment over a table) as PNG and Windows ICO.

Run again after changing the drawing (offscreen):
`QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPolygonF

TARGET = Path(__file__).resolve().parent.parent / "resources" / "icons"
BLUE = QColor("#000091")  # the French State's blue
WHITE = QColor("#ffffff")
RED = QColor("#e1000f")


def draw(size: int) -> QImage:
    """The icon at one size, drawn on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 32
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(0, 0, size, size), 6 * unit, 6 * unit)
    painter.setBrush(WHITE)
    roof = QPolygonF(
        [QPointF(5 * unit, 12 * unit), QPointF(16 * unit, 5 * unit), QPointF(27 * unit, 12 * unit)]
    )
    painter.drawPolygon(roof)
    for row in range(3):
        for column in range(3):
            x = (6 + column * 7) * unit
            y = (14 + row * 5) * unit
            painter.setBrush(RED if (row, column) == (0, 0) else WHITE)
            painter.drawRect(QRectF(x, y, 6 * unit, 4 * unit))
    painter.end()
    return image


def main() -> int:
    """Write the PNG (for the window) and the ICO (for Windows and the installers)."""
    QGuiApplication(sys.argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(TARGET / "datamairie.png"))
    if not draw(256).save(str(TARGET / "datamairie.ico")):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
