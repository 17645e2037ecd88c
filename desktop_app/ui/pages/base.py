"""What every page of the wizard is: a step reading and writing the shared WizardState.

The contract (see docs/wizard.md):

- ``step_key`` names the step; its words are ``wizard-<key>-title`` and ``wizard-<key>-intro``;
- ``initializePage()`` reads the state (and starts background work if needed);
- ``isComplete()`` says whether Next may be pressed; emit ``completeChanged`` when it may change;
- ``validatePage()`` writes the page's answer into the state (calling ``forget_*`` first when
  the answer changed) and returns True;
- ``applies()`` says whether the step makes sense for the state (else the wizard skips it);
- long work goes through ``self.tasks.run(...)``, never on the GUI thread;
- a page never touches another page, only the state.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from desktop_app.ui.widgets.task_panel import TaskPanel


class StepPage(QWizardPage):
    """A step of the wizard, with its runner and its progress/banner strip.

    Signals:
        state_written(): the page wrote into the WizardState outside ``validatePage`` (e.g.
            « Publier plus tard »); the wizard saves the project then, as after « Suivant ».
    """

    step_key: ClassVar[str] = ""
    state_written = Signal()

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.services = services
        self.texts = services.texts
        self.runner = services.new_runner()
        self.tasks = TaskPanel(self.texts, self.runner)
        self.runner.succeeded.connect(self.completeChanged)
        self.runner.failed.connect(self.completeChanged)
        self.runner.cancelled.connect(self.completeChanged)
        self.setTitle(self.texts(f"wizard-{self.step_key}-title"))
        self.setSubTitle(self.texts(f"wizard-{self.step_key}-intro"))
        self.setObjectName(f"{self.step_key}Page")
        self.setAccessibleName(self.texts(f"wizard-{self.step_key}-title"))
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.tasks)

    def applies(self) -> bool:
        """Whether this step makes sense for what the agent chose so far."""
        return True

    def isComplete(self) -> bool:
        """Next waits for the page's background work."""
        return not self.runner.busy

    def keep_pending(self) -> bool:
        """Write into the state what the agent did here since « Suivant », without moving on.

        Another project is about to replace the state: corrections or decisions made on
        the page and not yet validated would be lost. Returns whether anything was written.
        """
        return False

    def drop_work(self) -> None:
        """Drop the page's work in flight: another project is being opened.

        What that work would show belongs to the project open before; left to end, it would
        replace what the opened project shows, and keep its thread from the opening.
        """
        self.tasks.abandon()

    def shutdown(self) -> None:
        """Stop the page's background work (the wizard is closing)."""
        self.runner.shutdown()
