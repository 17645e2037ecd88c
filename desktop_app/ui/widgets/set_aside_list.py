"""The parts of the sheet the reading set aside, each with a one-click "Inclure".

Nothing is left out in silence: every part (a total, a second table, titles written again)
is listed with its rows and why, and the agent can take it back in as data — or leave out
again a part taken back in.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop_app.core.sources import Excluded
from desktop_app.texts.reading import excluded_text
from desktop_app.ui.texts import Texts

# The parts the reading can take back in: rows under the titles that are not blank.
INCLUDABLE = frozenset({"total", "note", "section", "repeated-header", "second-table"})


class SetAsideList(QListWidget):
    """One line per part set aside (or taken back in), with its button.

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
        self.lines: list[str] = []  # each line's text, in order
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(4)

    def show_parts(self, excluded: tuple[Excluded, ...], included: tuple[Excluded, ...]) -> None:
        """List what was set aside, then what the agent took back in."""
        self.clear()
        self.buttons.clear()
        self.lines.clear()
        parts = [(part, False) for part in excluded] + [(part, True) for part in included]
        for part, taken in sorted(parts, key=lambda item: item[0].first_row):
            self._add(part, taken)

    def _add(self, part: Excluded, taken: bool) -> None:
        t = self._texts
        text = excluded_text(part, t.lang)
        if taken:
            text = t.of("set-aside-included", part=text)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 2, 4, 2)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        self.lines.append(text)
        item = QListWidgetItem(self)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        if part.column is None and part.reason in INCLUDABLE:
            button = QPushButton(t("set-aside-exclude") if taken else t("set-aside-include"))
            button.setAccessibleName(
                t.of("set-aside-button-name", action=button.text().replace("&", ""), part=text)
            )
            signal = self.exclude_requested if taken else self.include_requested
            button.clicked.connect(partial(signal.emit, part.first_row, part.last_row))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        item.setSizeHint(row.sizeHint())
        self.setItemWidget(item, row)
