"""The window on the agent's screen: opened within it, and every page checked to fit.

Town-hall laptops have 1366×768 screens, often at 125 %: a window of fixed size would put the
Suivant button under the taskbar. ``fit_to_screen`` sizes the window to the screen's free
area; ``layout_faults`` lists what a person could not use or read on a page at that size
(a button outside the window, a label whose text is cut), for the screenshots and tests.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QListView,
    QWidget,
)

from desktop_app.ui.widgets.full_text_tips import FullTextTips, shown_cut

PREFERRED = QSize(1280, 800)
# The title bar and borders the system adds around the window, where the platform does not say
# (before the window is shown, or off screen): Windows 11's at 100 %, in logical pixels.
FRAME = QSize(16, 39)
# Windows' taskbar at 100 % (48 pixels on Windows 11), taken from a screen given by its size.
TASKBAR = 48
# A view whose cells are the agent's data (a spreadsheet's preview): a long value may be shown
# cut there, as in Excel; every other list or table must give its texts whole.
HOLDS_DATA = "holdsData"
CELLS_LOOKED_AT = 60


def screen_area(screen: QSize, scale: float) -> QRect:
    """The free area of a screen given by its size in pixels and scaling, in Qt's units.

    The taskbar is taken off, as Windows does for a maximised window.
    """
    width = round(screen.width() / scale)
    height = round(screen.height() / scale) - TASKBAR
    return QRect(0, 0, width, height)


def fit_to_screen(window: QWidget, available: QRect) -> QSize:
    """Resize ``window`` to fit the screen's free area (the preferred size if it fits), centred."""
    frame = window.frameGeometry().size() - window.geometry().size()
    if frame.width() <= 0 and frame.height() <= 0:
        frame = FRAME
    room = available.size() - frame
    size = QSize(min(PREFERRED.width(), room.width()), min(PREFERRED.height(), room.height()))
    window.setMinimumSize(QSize(0, 0))
    window.resize(size)
    left = available.left() + (available.width() - size.width() - frame.width()) // 2
    top = available.top() + (available.height() - size.height() - frame.height()) // 2
    window.move(QPoint(max(left, available.left()), max(top, available.top())))
    return size


def layout_faults(window: QWidget) -> list[str]:
    """What a person could not reach or read in ``window`` as it is laid out now."""
    faults: list[str] = []
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _scrolled(button, window):
            continue
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not inside.contains(where):
            faults.append(f"button outside the window: {_name(button)}")
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and _cut(label):
            faults.append(f"text cut: {_name(label)}")
    for view in window.findChildren(QAbstractItemView):
        if view.isVisibleTo(window) and not view.property(HOLDS_DATA):
            faults += [f"cell cut without tooltip: « {text[:60]} »" for text in _cut_cells(view)]
    return faults


def _cut_cells(view: QAbstractItemView) -> list[str]:
    """Texts of the visible cells shown cut, that pointing at them does not give whole."""
    model = view.model()
    root = view.rootIndex()
    delegate = view.itemDelegate()
    cut: list[str] = []
    for row in range(min(model.rowCount(root), CELLS_LOOKED_AT)):
        # a list's model may hide its column count (QListWidget's): a list has one column
        columns = 1 if isinstance(view, QListView) else model.columnCount(root)
        for column in range(columns):
            index = model.index(row, column, root)
            if not shown_cut(view, index):
                continue
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            tip = delegate.tooltip(view, index) if isinstance(delegate, FullTextTips) else ""
            if text not in tip:
                cut.append(text)
    return cut


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` lies in a scrolling area (reachable by scrolling, not by moving)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut(label: QLabel) -> bool:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        return needed > label.height() + 1
    return label.sizeHint().width() > label.width() + 1


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    words = " ".join(text.replace("&", "").split())
    return f"{type(widget).__name__} « {words[:60]} »" if words else type(widget).__name__
