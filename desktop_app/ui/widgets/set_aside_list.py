"""The parts of the sheet the reading set aside, each with a one-click "Inclure".

Nothing is left out in silence: every part (a total, a second table, titles written again)
is listed with its rows and why, and the agent can take it back in as data — or leave out
again a part taken back in.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.sources import Excluded
from desktop_app.texts.reading import excluded_text
from desktop_app.ui.texts import Texts

# The parts the reading can take back in: rows under the titles that are not blank.
INCLUDABLE = frozenset({"total", "note", "section", "repeated-header", "second-table"})


class SetAsideList(QScrollArea):
    """One entry per part set aside (or taken back in), its button under its words.

    A scroll area of wrapped labels rather than a list of item widgets: the labels then
    wrap to the panel's width, however narrow the agent makes it.

    Signals:
        include_requested(int, int): take rows first…last back in as data.
        exclude_requested(int, int): leave rows first…last out again.
    """

    include_requested = Signal(int, int)
    exclude_requested = Signal(int, int)

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self.buttons: list[QPushButton] = []
        self.lines: list[str] = []  # each entry's words, in the sheet's order
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._rows = QVBoxLayout(self._content)
        self._rows.setContentsMargins(6, 6, 6, 6)
        self._rows.setSpacing(8)
        self._rows.addStretch(1)
        self.setWidget(self._content)

    def count(self) -> int:
        """How many parts are listed."""
        return len(self.lines)

    def show_parts(self, excluded: tuple[Excluded, ...], included: tuple[Excluded, ...]) -> None:
        """List what was set aside and what the agent took back in, in the sheet's order."""
        while self._rows.count() > 1:
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        self.lines.clear()
        parts = [(part, False) for part in excluded] + [(part, True) for part in included]
        for part, taken in sorted(parts, key=lambda item: item[0].first_row):
            self._rows.insertWidget(self._rows.count() - 1, self._entry(part, taken))

    def _entry(self, part: Excluded, taken: bool) -> QWidget:
        t = self._texts
        text = excluded_text(part, t.lang)
        if taken:
            text = t.of("set-aside-included", part=text)
        self.lines.append(text)
        entry = QFrame()
        layout = QVBoxLayout(entry)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        if part.column is None and part.reason in INCLUDABLE:
            button = QPushButton(t("set-aside-exclude") if taken else t("set-aside-include"))
            button.setAccessibleName(
                t.of("set-aside-button-name", action=button.text().replace("&", ""), part=text)
            )
            signal = self.exclude_requested if taken else self.include_requested
            button.clicked.connect(partial(signal.emit, part.first_row, part.last_row))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            layout.addLayout(row)
            self.buttons.append(button)
        return entry
