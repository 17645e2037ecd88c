"""Step 1, "Fichier": the agent's file, read off the GUI thread, its table shown."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.sources import Table
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.source_panel import SourcePanel
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState


class FilePage(StepPage):
    """Hosts the SourcePanel (open, drop, sheet, header row, left-out rows) as a wizard step."""

    step_key = "file"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.panel = SourcePanel(services, heading=False)
        self.panel.table_loaded.connect(self._on_panel_table_loaded)
        self.panel.busy_changed.connect(self.completeChanged)
        self.body.addWidget(self.panel, 1)
        self.tasks.hide()  # the panel has its own progress strip and banner

    def initializePage(self) -> None:
        """Show the state's table, or read the file the state names (the example, a project)."""
        state = self.state
        if state.table is not None:
            if self.panel.table is not state.table:
                self.panel.show_table(state.table)
        elif state.source_path is not None and not self.panel.reading(state.source_path):
            self.panel.open_file(
                state.source_path,
                sheet=state.sheet,
                header_row=state.header_row,
                include=state.include,
            )

    def drop_work(self) -> None:
        """Drop the reading in flight too: its table is not the opened project's."""
        super().drop_work()
        self.panel.abandon()

    def isComplete(self) -> bool:
        """Next once a table was read and no reading is running."""
        return self.panel.table is not None and not self.panel.busy

    def validatePage(self) -> bool:
        """Keep the table; a different one makes the later steps start again."""
        table = self.panel.table
        if table is None:
            return False
        if table is not self.state.table:
            self.state.forget_table()
            self.state.table = table
            self.state.source_path = table.source.path
            self.state.sheet = table.source.sheet
            self.state.header_row = table.source.header_row
            self.state.include = table.source.include
        return True

    def shutdown(self) -> None:
        """Stop reading (the wizard is closing)."""
        self.panel.shutdown()
        super().shutdown()

    @Slot(object)
    def _on_panel_table_loaded(self, table: Table) -> None:
        del table
        self.completeChanged.emit()
