"""A model answering None for the roles it does not fill must never bring the window down."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# A table model painted many times: each cell is asked for roles it leaves empty (None).
# Run apart, since without the guard the interpreter aborts and would take pytest with it.
_PAINTING = textwrap.dedent(
    """
    import desktop_app.ui  # noqa: F401  (what every window of the application imports)
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    class Empty(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 10

        def columnCount(self, parent=QModelIndex()):
            return 10

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return None

    model = Empty()
    cell = model.index(0, 0)
    asked = 0
    while asked < 300_000:  # far more than None's count in a fresh interpreter
        cell.data(Qt.ItemDataRole.ToolTipRole)
        asked += 1
    print("painted", asked)
    """
)


def test_answering_none_many_times_does_not_abort_the_application() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PAINTING],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ".", **_inherited()},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("painted")


def _inherited() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH")}
