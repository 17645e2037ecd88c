"""An inline message at the top of a page: what happened, and buttons to try again or see more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.palette import tones


class MessageBanner(QFrame):
    """Shows one error or warning in plain words, with "Réessayer" and "Détails techniques" buttons.

    The details are the message's code and parameters, for the person who helps the agent;
    they never hold a traceback.

    Signals:
        retry_requested(): the agent clicked the retry button.
    """

    retry_requested = Signal()

    def __init__(
        self, retry_label: str, details_label: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.current_code: str | None = None
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setStyleSheet("border:none;background:transparent;")
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setStyleSheet("border:none;background:transparent;font-size:11px;")
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details.hide()
        self._retry = QPushButton(retry_label)
        self._retry.setAccessibleName(retry_label.replace("&", ""))
        self._retry.clicked.connect(self.retry_requested)
        self._more = QPushButton(details_label)
        self._more.setAccessibleName(details_label.replace("&", ""))
        self._more.setCheckable(True)
        self._more.toggled.connect(self._on_more_toggled)
        self._more.setVisible(bool(details_label))
        top = QHBoxLayout()
        top.addWidget(self._label, 1)
        top.addWidget(self._more)
        top.addWidget(self._retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self._details)
        self.hide()

    def show_message(
        self,
        code: str,
        text: str,
        *,
        level: str = "error",
        retry: bool = True,
        details: str = "",
    ) -> None:
        """Show a message; ``code`` is kept so tests and logs can tell which one it is."""
        self.current_code = code
        self._label.setText(text)
        self._details.setText(details or code)
        self._more.setChecked(False)
        shades = tones(self.palette())
        banner = {"error": shades.error, "warning": shades.warning}.get(level, shades.info)
        # The labels inherit the colour: the message stays readable in dark mode too.
        self.setStyleSheet(f"MessageBanner{{{banner.style()}}} QLabel{{color:{banner.text};}}")
        self._retry.setVisible(retry)
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        """Hide the message."""
        self.current_code = None
        self._label.clear()
        self._details.clear()
        self.hide()

    @property
    def text(self) -> str:
        """The message shown."""
        return self._label.text()

    @property
    def details(self) -> str:
        """The technical details behind the message (shown on "Détails techniques")."""
        return self._details.text()

    @property
    def details_shown(self) -> bool:
        """Whether the agent opened the details."""
        return self._more.isChecked()

    def toggle_details(self) -> None:
        """Open or close the details, as the "Détails techniques" button does."""
        self._more.toggle()

    @Slot(bool)
    def _on_more_toggled(self, shown: bool) -> None:
        self._details.setVisible(shown)
