"""The chosen group of problems, explained once, with its remedies previewed on real cells.

The page gives it words and (before, after) pairs already made; choosing a remedy is told
with ``remedy_chosen(position)``. It knows nothing of tables or files.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.texts import Texts

EXAMPLE_ROWS = 4


@dataclass(frozen=True)
class RemedyOffer:
    """One remedy as the panel shows it: its button, a note, and a few real changes."""

    button: str
    note: str
    examples: tuple[tuple[str, str], ...]


class ProblemGroupPanel(QWidget):
    """Heading, explanation, and for each remedy its preview and its button.

    Signals:
        remedy_chosen(int): the position of the remedy the agent applies.
    """

    remedy_chosen = Signal(int)

    def __init__(self, texts: Texts) -> None:
        super().__init__()
        self._texts = texts
        self.heading = QLabel(texts("group-panel-none"))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight:600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTableWidget(0, 2)
        self.preview.setAccessibleName(texts("group-preview"))
        self.preview.setHorizontalHeaderLabels(
            [texts("group-preview-before"), texts("group-preview-after")]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons: list[QPushButton] = []
        self._offers: tuple[RemedyOffer, ...] = ()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The remedy (its preview, its note, its button) comes before the long explanation,
        # so that the button stays in sight on a small screen.
        for widget in (self.heading, self.preview, self.note, self.explanation):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)

    def show_group(
        self,
        heading: str,
        explanation: str,
        offers: tuple[RemedyOffer, ...],
        without_remedy: str = "",
    ) -> None:
        """Show a group, its explanation and the remedies that can settle it.

        ``without_remedy`` says what to do when no remedy fits (by default: correct the cells).
        """
        self.heading.setText(heading)
        self.explanation.setText(explanation)
        self._offers = offers
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.hide()  # until Qt deletes it, it would still be drawn where it was
            button.deleteLater()
        self.buttons = []
        for position, offer in enumerate(offers):
            button = QPushButton(offer.button)
            button.setAccessibleName(offer.button.replace("&", ""))
            button.setToolTip(offer.note)
            button.clicked.connect(lambda _=False, chosen=position: self.remedy_chosen.emit(chosen))
            button.installEventFilter(self)
            self._layout.insertWidget(self._layout.indexOf(self.explanation), button)
            self.buttons.append(button)
        if offers:
            self._preview(offers[0])
        else:
            self.preview.hide()
            self.note.setText(without_remedy or self._texts("group-no-remedy"))
            self.note.show()

    def clear(self, heading: str | None = None) -> None:
        """No group chosen (or none left: ``heading`` says so)."""
        self.show_group(heading or self._texts("group-panel-none"), "", ())
        self.note.hide()

    def _preview(self, offer: RemedyOffer) -> None:
        rows = offer.examples[:EXAMPLE_ROWS]
        self.preview.setRowCount(len(rows))
        for number, (before, after) in enumerate(rows):
            self.preview.setItem(number, 0, QTableWidgetItem(before or "∅"))
            self.preview.setItem(number, 1, QTableWidgetItem(after or "∅"))
        self.preview.resizeRowsToContents()
        header = self.preview.horizontalHeader().sizeHint().height()
        height = sum(self.preview.rowHeight(number) for number in range(len(rows)))
        self.preview.setFixedHeight(header + height + 2 * self.preview.frameWidth())
        self.preview.setVisible(bool(rows))
        self.note.setText(offer.note)
        self.note.setVisible(bool(offer.note))

    @Slot(int)
    def preview_remedy(self, position: int) -> None:
        """Show the preview of another remedy (the one under the pointer or the focus)."""
        if 0 <= position < len(self._offers):
            self._preview(self._offers[position])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hovering or focusing a remedy's button previews that remedy."""
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn):
            for position, button in enumerate(self.buttons):
                if button is watched:
                    self.preview_remedy(position)
        return False
