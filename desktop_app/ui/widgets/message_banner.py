"""An inline message at the top of a page: what happened, and a button to try again."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBanner(QFrame):
    """Shows one error or warning in plain words, with an optional "Réessayer" button.

    Signals:
        retry_requested(): the agent clicked the retry button.
    """

    retry_requested = Signal()

    _STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fdecea;border:1px solid #e0a39a;border-radius:6px;color:#5c1b12;",
        "warning": "background:#fff6e0;border:1px solid #e8c77a;border-radius:6px;color:#4d3a00;",
        "info": "background:#e8f1fb;border:1px solid #9bbde0;border-radius:6px;color:#12355b;",
    }

    def __init__(self, retry_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_code: str | None = None
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setStyleSheet("border:none;background:transparent;")
        self._retry = QPushButton(retry_label)
        self._retry.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._retry)
        self.hide()

    def show_message(
        self, code: str, text: str, *, level: str = "error", retry: bool = True
    ) -> None:
        """Show a message; ``code`` is kept so tests and logs can tell which one it is."""
        self.current_code = code
        self._label.setText(text)
        self.setStyleSheet(f"MessageBanner{{{self._STYLES.get(level, self._STYLES['info'])}}}")
        self._retry.setVisible(retry)
        self.show()

    def clear(self) -> None:
        """Hide the message."""
        self.current_code = None
        self._label.clear()
        self.hide()

    @property
    def text(self) -> str:
        """The message shown."""
        return self._label.text()
