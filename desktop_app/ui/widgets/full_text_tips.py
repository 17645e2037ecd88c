"""Lists and tables whose cut texts are given whole in their tooltip.

A list cell narrower than its text shows it cut ("Code de matière issu de la nom…"); the
agent then reads the whole text by pointing at it. The tooltip the model gives (a field's
code name, a schema's description) follows the full text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
CELL_MARGIN = 8  # the item's padding, as Fusion and Windows draw it


class FullTextTips(QStyledItemDelegate):
    """Draws cells as usual; their tooltip starts with the cell's text when it is cut."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        """Show the full text (then the model's tooltip) when the cell shows it cut."""
        if event.type() != event.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        tip = self.tooltip(view, index)
        if not tip:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), tip, view)
        return True

    def tooltip(self, view: QAbstractItemView, index: Index) -> str:
        """What pointing at the cell shows: its text if cut, then the model's tooltip."""
        model_tip = index.data(Qt.ItemDataRole.ToolTipRole)
        tip = model_tip if isinstance(model_tip, str) else ""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str) and text and text not in tip and shown_cut(view, index):
            return f"{text}\n\n{tip}" if tip else text
        return tip


def shown_cut(view: QAbstractItemView, index: Index) -> bool:
    """Whether the cell's text is wider (or, wrapped, taller) than the cell."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    room = view.visualRect(index)
    if not isinstance(text, str) or not text or room.isEmpty():
        return False
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if font is not None else view.font())
    width = room.width() - CELL_MARGIN
    if getattr(view, "wordWrap", lambda: False)():
        flags = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
        return needed.height() > room.height() or needed.width() > width
    return any(metrics.horizontalAdvance(line) > width for line in text.splitlines())


def give_full_texts(root: QWidget, *, skip: str) -> None:
    """Every list and table under ``root`` gives its cut texts whole, except data grids.

    ``skip`` names the property that marks a grid of the agent's own cells (cut as in Excel).
    """
    for view in root.findChildren(QAbstractItemView):
        if not view.property(skip) and not isinstance(view.itemDelegate(), FullTextTips):
            view.setItemDelegate(FullTextTips(view))
