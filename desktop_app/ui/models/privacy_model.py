"""The list of personal-data findings: one row per finding, with the agent's decision."""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.privacy.model import PrivacyFinding, PrivacyScan
from desktop_app.ui.palette import tones
from desktop_app.ui.texts import Texts

Index = QModelIndex | QPersistentModelIndex
COLUMN, CATEGORY, CONFIDENCE, EXAMPLES, DECISION = range(5)
HEADINGS = (
    "privacy-col-column",
    "privacy-col-category",
    "privacy-col-confidence",
    "privacy-col-examples",
    "privacy-col-decision",
)


class PrivacyFindingsModel(QAbstractTableModel):
    """Adapter over a PrivacyScan and the decisions taken so far (read-only)."""

    def __init__(self, texts: Texts) -> None:
        super().__init__()
        self._texts = texts
        self._tones = tones()
        self._findings: tuple[PrivacyFinding, ...] = ()
        self._decisions: Mapping[str, PrivacyDecision] = {}
        self._reused: frozenset[str] = frozenset()

    def show(
        self,
        scan: PrivacyScan | None,
        decisions: Mapping[str, PrivacyDecision],
        reused: Set[str] = frozenset(),
    ) -> None:
        """Show another scan (or none) with its decisions (``reused``: taken on an earlier file)."""
        self.beginResetModel()
        self._findings = () if scan is None else scan.findings
        self._decisions = dict(decisions)
        self._reused = frozenset(reused)
        self.endResetModel()

    def set_decisions(
        self, decisions: Mapping[str, PrivacyDecision], reused: Set[str] = frozenset()
    ) -> None:
        """The agent decided: refresh the Décision column."""
        self._decisions = dict(decisions)
        self._reused = frozenset(reused)
        if self._findings:
            top = self.index(0, DECISION)
            bottom = self.index(len(self._findings) - 1, DECISION)
            self.dataChanged.emit(top, bottom)

    def finding(self, row: int) -> PrivacyFinding:
        """The finding shown on a row."""
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per finding."""
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Column, kind, confidence, masked examples, decision."""
        return 0 if parent.isValid() else len(HEADINGS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell: words for display, the evidence as a tooltip, undecided rows in red."""
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        decision = self._decisions.get(finding.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, decision, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._texts(item.code, item.params) for item in finding.evidence)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == DECISION:
            return None if decision is not None else QBrush(QColor(self._tones.blocking_text))
        if role == Qt.ItemDataRole.FontRole and index.column() == DECISION and decision is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(
        self, finding: PrivacyFinding, decision: PrivacyDecision | None, column: int
    ) -> str:
        t = self._texts
        if column == COLUMN:
            return (
                finding.label
                if finding.label == finding.column
                else (f"{finding.label} ({finding.column})")
            )
        if column == CATEGORY:
            kind = t(f"privacy-category-{finding.category.value}")
            return t.of(f"privacy-scope-{finding.scope}", kind=kind, count=len(finding.rows))
        if column == CONFIDENCE:
            share = round(finding.confidence * 100)
            return f"{share}\u202f%" if t.lang == "fr" else f"{share}%"
        if column == EXAMPLES:
            return " · ".join(finding.examples)
        if decision is None:
            return t("privacy-undecided-short")
        chosen = t(f"privacy-remedy-{decision.remedy.value}")
        if finding.key in self._reused:
            return t.of("privacy-decision-reused", choice=chosen)
        return chosen

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the agent's language."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADINGS)
        ):
            return self._texts(HEADINGS[section])
        return None
