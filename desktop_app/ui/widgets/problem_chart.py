"""A small bar chart of problems per column, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.palette import tones

BAR_HEIGHT = 16
GAP = 6
LABEL_WIDTH = 150
COUNT_WIDTH = 56
MAX_BARS = 12


class ProblemChart(QWidget):
    """One horizontal bar per column with problems, longest first; the counts beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show these counts (column name → problems), the largest first."""
        ordered = sorted(counts.items(), key=lambda item: -item[1])
        self.counts = ordered[:MAX_BARS]
        description = ", ".join(f"{name} : {count}" for name, count in self.counts)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """Tall enough for every bar."""
        return QSize(360, max(1, len(self.counts)) * (BAR_HEIGHT + GAP) + GAP)

    def minimumSizeHint(self) -> QSize:
        """As tall as the bars need."""
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars in the palette's colours, so dark themes stay readable."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        bar_colour = QColor(tones(self.palette()).chart_bar)
        largest = max((count for _, count in self.counts), default=1)
        room = max(self.width() - LABEL_WIDTH - COUNT_WIDTH - 2 * GAP, 10)
        for number, (name, count) in enumerate(self.counts):
            top = GAP + number * (BAR_HEIGHT + GAP)
            painter.setPen(text_colour)
            label = painter.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideMiddle, LABEL_WIDTH - GAP
            )
            painter.drawText(
                QRectF(0, top, LABEL_WIDTH - GAP, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = max(room * count / largest, 2)
            painter.fillRect(QRectF(LABEL_WIDTH, top + 2, width, BAR_HEIGHT - 4), bar_colour)
            painter.drawText(
                QRectF(LABEL_WIDTH + width + GAP, top, COUNT_WIDTH, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{count:,}".replace(",", "\u202f"),
            )
        painter.end()
