"""data.gouv.fr's quality score, before publishing: out of 9, and what is missing.

Each missing point is a line naming what earns it, with a link to the field to fill when a
field of the description earns it (the others come from the files DataMairie sends).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.core.desk.quality import FIELDS, MAX_POINTS, QualityScore
from desktop_app.ui.texts import Texts


class QualityScoreView(QWidget):
    """The score out of nine and, for each missing point, the field to fill.

    Signals:
        field_wanted(str): the agent clicked the link of a missing point: the description
            field that earns it (``description``, ``frequency``, ``temporal_coverage``…).
    """

    field_wanted = Signal(str)

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.score: QualityScore | None = None
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.lines: list[QLabel] = []
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addLayout(self._lines)

    def show_score(self, score: QualityScore) -> None:
        """Show a score and its missing points."""
        self.score = score
        t = self.texts
        words = t.of("score-score", count=score.points)
        if score.points == MAX_POINTS:
            words = f"{words} — {t('score-all-met')}"
        self.headline.setText(f"<b>{html.escape(words)}</b>")
        self.headline.setAccessibleName(words)
        for label in self.lines:
            self._lines.removeWidget(label)
            label.deleteLater()
        self.lines = []
        # Two criteria may ask for the same field (a frequency earns two points): one link.
        linked: set[str] = set()
        for criterion in score.missing:
            missing = t.of("score-missing", name=t(f"score-{criterion}"))
            field = FIELDS.get(criterion)
            text = html.escape(missing)
            if field is not None and field not in linked:
                linked.add(field)
                text += f' <a href="{field}">{html.escape(t("score-fix"))}</a>'
            label = QLabel(text)
            label.setWordWrap(True)
            label.setAccessibleName(missing)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._on_line_link_activated)
            self._lines.addWidget(label)
            label.show()
            self.lines.append(label)

    def missing_texts(self) -> list[str]:
        """The missing points, in words (for tests)."""
        return [label.accessibleName() for label in self.lines]

    @Slot(str)
    def _on_line_link_activated(self, field: str) -> None:
        self.field_wanted.emit(field)
