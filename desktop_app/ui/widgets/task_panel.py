"""The strip every page shows while long work runs: banner, progress bar, status line, Cancel."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.errors import AppError
from desktop_app.texts.render import WORDINGS
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.message_banner import MessageBanner
from desktop_app.workers.runner import TaskRunner


class TaskPanel(QWidget):
    """Follows one page's TaskRunner: shows its progress, and its failure as an inline banner.

    The page starts the work with ``run(status_code, fn, *args)`` and listens to the runner's
    ``succeeded`` itself; "Réessayer" runs the last work again.
    """

    def __init__(self, texts: Texts, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self.runner = runner
        self._last: tuple[str, object, tuple[object, ...], dict[str, object]] | None = None
        self.banner = MessageBanner(texts("retry"), texts("details"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(texts("progress-name"))
        self.status = QLabel()
        self.cancel_button = QPushButton(texts("cancel-work"))
        self.cancel_button.setAccessibleName(texts("cancel-work").replace("&", ""))
        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.status, 2)
        busy.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(busy)
        self.cancel_button.clicked.connect(runner.cancel)
        self.banner.retry_requested.connect(self._on_banner_retry_requested)
        runner.progressed.connect(self._on_runner_progressed)
        runner.succeeded.connect(self._on_runner_succeeded)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        """Whether work is running."""
        return self.runner.busy

    def run(self, status_code: str, fn: object, *args: object, **kwargs: object) -> None:
        """Start ``fn`` in the background (cancelling the page's previous work)."""
        self._last = (status_code, fn, args, kwargs)
        self.banner.clear()
        self.status.setText(self._texts(status_code))
        self._set_busy(True)
        self.runner.start(fn, *args, **kwargs)  # type: ignore[arg-type]

    def abandon(self) -> None:
        """Drop the page's work in flight without a word: what it would show is out of date."""
        self.runner.abandon()
        self._set_busy(False)

    def show_error(self, error: AppError) -> None:
        """Show a problem found by the page itself, as work failures are shown."""
        self.banner.show_message(
            error.code, self._texts(error.code, error.params), details=_details(error)
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.progress, self.status, self.cancel_button):
            widget.setVisible(busy)
        if busy:
            self.progress.setValue(0)

    @Slot()
    def _on_banner_retry_requested(self) -> None:
        if self._last is not None:
            status_code, fn, args, kwargs = self._last
            self.run(status_code, fn, *args, **kwargs)

    @Slot(float, str)
    def _on_runner_progressed(self, fraction: float, step: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        code = f"step-{step}"
        if code in WORDINGS:
            self.status.setText(self._texts(code))

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        self._set_busy(False)

    @Slot(object)
    def _on_runner_failed(self, error: AppError) -> None:
        self._set_busy(False)
        self.show_error(error)

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._set_busy(False)
        self.banner.show_message("cancelled", self._texts("work-cancelled"), level="info")


def _details(error: AppError) -> str:
    params = ", ".join(f"{key} = {value}" for key, value in error.params.items())
    return f"{error.code} ({params})" if params else error.code
