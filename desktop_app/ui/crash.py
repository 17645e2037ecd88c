"""The last resort for a bug: log it in full, tell the agent in plain words where the log is.

The agent never sees the error's text or a traceback (they could hold a file's content or
an API key, and mean nothing to them); the log file keeps the details for support.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from desktop_app.ui.desktop import DesktopService
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.crash_dialog import CrashDialog

log = logging.getLogger(__name__)


class CrashHandler:
    """Replaces ``sys.excepthook`` (GUI thread) and ``threading.excepthook`` (other threads).

    ``modal`` False shows the dialog without waiting (tests); a second bug while the dialog
    is open is logged without opening another one.
    """

    def __init__(
        self, texts: Texts, desktop: DesktopService, log_file: Path, *, modal: bool = True
    ) -> None:
        self._texts = texts
        self._desktop = desktop
        self._log_file = log_file
        self._modal = modal
        self.dialog: CrashDialog | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """Log an unhandled error and show the crash dialog."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("unhandled error", exc_info=(kind, error, trace))
        if (
            QApplication.instance() is None
            or threading.current_thread() is not threading.main_thread()
        ):
            return
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = CrashDialog(self._texts, self._desktop, self._log_file)
        if self._modal:
            self.dialog.exec()
        else:
            self.dialog.show()

    def on_thread(self, arguments: threading.ExceptHookArgs) -> None:
        """Log an error that escaped a background thread (workers report theirs themselves)."""
        log.critical(
            "unhandled error in thread %s",
            getattr(arguments.thread, "name", "?"),
            exc_info=arguments.exc_value or True,
        )

    def install(self) -> None:
        """Become the handler of every unhandled error of the process."""
        sys.excepthook = self
        threading.excepthook = self.on_thread
