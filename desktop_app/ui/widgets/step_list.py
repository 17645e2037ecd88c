"""The list of the wizard's steps at its side, showing where the agent is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.palette import tones

DONE, CURRENT, TODO, SKIPPED = "done", "current", "todo", "skipped"


class StepList(QWidget):
    """One line per step: done ones ticked, the current one in bold, the rest greyed.

    A step that does not apply to this publication (Correspondance and Qualité « sans
    schéma ») is never ticked: a tick would say the data was checked when it was not.
    """

    def __init__(
        self,
        titles: list[str],
        heading: str,
        parent: QWidget | None = None,
        *,
        skipped_word: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._tones = tones(self.palette())
        self.setStyleSheet(
            f"#stepList{{background:{self._tones.step_background};}}"
            f"#stepList QLabel{{color:{self._tones.step_current};}}"
        )
        self.setAccessibleName(heading)
        self.setMinimumWidth(210)
        self._titles = titles
        self._labels = [QLabel() for _ in titles]
        self._skipped_word = skipped_word
        self.skipped: frozenset[int] = frozenset()
        self.current = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 18, 14, 18)
        layout.setSpacing(8)
        title = QLabel(f"<b>{heading}</b>")
        layout.addWidget(title)
        layout.addSpacing(6)
        for label in self._labels:
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_current(0)

    def state_of(self, step: int) -> str:
        """Whether a step is done, current, still to come, or left out of this publication."""
        if step in self.skipped and step != self.current:
            return SKIPPED
        return DONE if step < self.current else CURRENT if step == self.current else TODO

    def set_current(self, step: int, skipped: frozenset[int] = frozenset()) -> None:
        """Mark ``step`` (0-based) as the one the agent is on; ``skipped`` do not apply."""
        self.current = step
        self.skipped = skipped
        for number, (label, title) in enumerate(zip(self._labels, self._titles, strict=True)):
            state = self.state_of(number)
            mark = {DONE: "✓", CURRENT: "▶", TODO: "•", SKIPPED: "–"}[state]
            name = f"{number}. {title}"
            if state == SKIPPED and self._skipped_word:
                name = f"{name} ({self._skipped_word})"
            label.setText(f"{mark}  {name}")
            font = QFont(label.font())
            font.setBold(state == CURRENT)
            label.setFont(font)
            shades = self._tones
            colour = {
                DONE: shades.step_done,
                CURRENT: shades.step_current,
                TODO: shades.step_todo,
                SKIPPED: shades.step_todo,
            }[state]
            label.setStyleSheet(f"color:{colour};")
            label.setAccessibleName(name)
