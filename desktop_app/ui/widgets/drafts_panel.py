"""Accueil's list of drafts: every session saved on its own, to resume or delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.project.drafts import Draft
from desktop_app.ui.texts import Texts


class DraftsPanel(QGroupBox):
    """The drafts of the profile, the latest first, with « Reprendre » and « Supprimer ».

    Signals:
        resume_requested(object): the agent wants to go on with this draft (its Path).
        delete_requested(object): the agent wants this draft (its Path) removed.
    """

    resume_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(texts("drafts-box"), parent)
        self._texts = texts
        self.setObjectName("draftsPanel")
        note = QLabel(texts("drafts-note"))
        note.setWordWrap(True)
        self.entries = QListWidget()
        self.entries.setAccessibleName(texts("drafts-list"))
        self.entries.setMaximumHeight(110)
        self.empty = QLabel(texts("drafts-empty"))
        self.resume_button = QPushButton(texts("drafts-resume"))
        self.resume_button.setAccessibleName(texts("drafts-resume").replace("&", ""))
        self.delete_button = QPushButton(texts("drafts-delete"))
        self.delete_button.setAccessibleName(texts("drafts-delete").replace("&", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.empty)
        layout.addWidget(self.entries)
        layout.addLayout(buttons)
        self.entries.currentRowChanged.connect(self._on_entries_current_row_changed)
        self.entries.itemActivated.connect(self._on_entries_item_activated)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.show_drafts([])

    def show_drafts(self, drafts: list[Draft]) -> None:
        """List ``drafts`` (the first one chosen)."""
        self.entries.clear()
        for draft in drafts:
            when = draft.modified.strftime("%d/%m/%Y %H:%M")
            item = QListWidgetItem(self._texts.of("drafts-item", name=draft.name, when=when))
            item.setData(Qt.ItemDataRole.UserRole, draft.path)
            self.entries.addItem(item)
        self.entries.setVisible(bool(drafts))
        self.empty.setVisible(not drafts)
        self.setVisible(bool(drafts))  # no room taken on small screens before the first draft
        self.entries.setCurrentRow(0 if drafts else -1)
        self._on_entries_current_row_changed(self.entries.currentRow())

    def chosen(self) -> Path | None:
        """The draft chosen in the list."""
        row = self.entries.currentRow()
        path = self.entries.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        return path if isinstance(path, Path) else None

    @Slot(int)
    def _on_entries_current_row_changed(self, row: int) -> None:
        for button in (self.resume_button, self.delete_button):
            button.setEnabled(row >= 0)

    @Slot(QListWidgetItem)
    def _on_entries_item_activated(self, item: QListWidgetItem) -> None:
        del item
        self._on_resume_button_clicked()

    @Slot()
    def _on_resume_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.resume_requested.emit(chosen)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.delete_requested.emit(chosen)
