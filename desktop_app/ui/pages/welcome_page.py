"""Step 0, "Accueil": start a publication, try the example, resume a project, see what waits."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings, save_commune
from desktop_app.core.desk.datasets import PublishedDataset
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.paths import AgentFolders, resources_dir
from desktop_app.ui.desk_home import DeskHome
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.services import SAMPLE_COMMUNE, HomeItem, Services
from desktop_app.ui.settings_dialog import AppSettings
from desktop_app.ui.state import WANTED_SCHEMA, WizardState
from desktop_app.ui.widgets.desk_panel import DeskPanel
from desktop_app.workers.description import load_communes


class _HomeLayout(QVBoxLayout):
    """The page's content in its scroll area: as tall as the window allows, lists shrinking.

    A scroll area gives a layout whose height follows its width (wrapped texts) its
    preferred height, which made the page scroll even on a 1366×768 screen at 100 %; without
    it, the content only scrolls when its lists would fall below their minimum height.
    """

    def hasHeightForWidth(self) -> bool:
        """Never: the scroll area then sizes the content to its room (see the class)."""
        return False


def _save_profile(
    profile: AgentFolders, commune: CommuneSettings, *, progress: ProgressFn, cancel: CancelToken
) -> CommuneSettings:
    del cancel
    save_commune(profile, commune)
    progress(1.0, "done")
    return commune


class WelcomePage(StepPage):
    """The first page: new publication, example, recent projects, outbox, settings.

    Signals:
        project_chosen(object): the agent asked to resume this project (a Path).
        next_update_chosen(object, object): the project and next month's file (Paths).
    """

    step_key = "welcome"
    project_chosen = Signal(object)
    next_update_chosen = Signal(object, object)

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        t = self.texts
        self.new_button = self._button("home-new", big=True)
        self.example_button = self._button("home-example", big=True)
        self.open_button = self._button("home-open")
        self.next_update_button = self._button("home-next-update")
        self.settings_button = self._button("home-settings")
        example_note = QLabel(t("home-example-note"))
        example_note.setWordWrap(True)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(t("home-recent"))
        self.outbox_list = QListWidget()
        self.outbox_list.setAccessibleName(t("home-outbox"))
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.desk_panel = DeskPanel(t)
        self.desk = DeskHome(services, self.desk_panel, self)
        self.desk.update_wanted.connect(self._on_desk_update_wanted)
        self.desk.publish_wanted.connect(self._on_desk_publish_wanted)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.example_button.clicked.connect(self._on_example_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.next_update_button.clicked.connect(self._on_next_update_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)
        self.recent_list.itemActivated.connect(self._on_list_item_activated)
        self.outbox_list.itemActivated.connect(self._on_list_item_activated)
        self.recent_list.currentItemChanged.connect(self._on_recent_list_current_item_changed)
        # The settings' work has a runner of its own: on the page's, which opens projects,
        # saving the settings while a project opened dropped the opening without a word.
        self.settings_runner = services.new_runner()
        self.settings_runner.succeeded.connect(self._on_runner_succeeded)
        self.settings_runner.failed.connect(self.tasks.show_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_list, 1)
        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(self.open_button)
        recent_buttons.addWidget(self.next_update_button)
        recent_buttons.addStretch(1)
        recent.addLayout(recent_buttons)
        lists = QHBoxLayout()
        lists.addWidget(self._box(t("home-recent"), recent), 3)
        outbox = QVBoxLayout()
        outbox.addWidget(self.outbox_list)
        lists.addWidget(self._box(t("home-outbox"), outbox), 2)
        account = QVBoxLayout()
        account.addWidget(self.account_label)
        # The desk's lists keep their height and the page scrolls, rather than be crushed
        # to a line on a small screen (1366×768 at 125 %: the lists were 2 pixels high).
        content = QWidget()
        home = _HomeLayout(content)
        home.setContentsMargins(0, 0, 0, 0)
        home.addLayout(buttons)
        home.addWidget(example_note)
        home.addSpacing(12)
        desk = QVBoxLayout()
        desk.addWidget(self.desk_panel)
        home.addWidget(self._box(t("desk-title"), desk), 3)
        home.addLayout(lists, 2)
        home.addWidget(self._box(t("home-account"), account))
        self.home_area = QScrollArea()
        self.home_area.setWidget(content)
        self.home_area.setWidgetResizable(True)
        self.home_area.setFrameShape(QFrame.Shape.NoFrame)
        self.home_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(self.home_area, 1)
        order = (
            self.new_button,
            self.example_button,
            self.settings_button,
            self.recent_list,
            self.open_button,
            self.next_update_button,
            self.outbox_list,
        )
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _button(self, code: str, *, big: bool = False) -> QPushButton:
        button = QPushButton(self.texts(code))
        button.setAccessibleName(self.texts(code).replace("&", ""))
        if big:
            button.setMinimumHeight(44)
            button.setStyleSheet("font-size:14px;padding:6px 18px;")
        return button

    @staticmethod
    def _box(title: str, content: QVBoxLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(content)
        return box

    def initializePage(self) -> None:
        """Fill the lists from the home sources."""
        home = self.services.home
        self._fill(self.recent_list, home.recent_projects(), "home-recent-empty")
        self._fill(self.outbox_list, home.outbox(), "home-outbox-empty")
        status = home.account_status()
        self.account_label.setText(self.texts(status) if status else "")
        self.next_update_button.setEnabled(self.chosen_project() is not None)
        self.desk.start()

    def shutdown(self) -> None:
        """Stop the desk's reading and the settings' work too."""
        self.desk.shutdown()
        self.settings_runner.shutdown()
        super().shutdown()

    def _fill(self, target: QListWidget, items: list[HomeItem], empty_code: str) -> None:
        target.clear()
        if not items:
            target.addItem(self.texts(empty_code))
            target.setEnabled(False)
            return
        target.setEnabled(True)
        for item in items:
            line = QListWidgetItem(f"{item.title} — {item.detail}" if item.detail else item.title)
            line.setData(Qt.ItemDataRole.UserRole, item.path)
            target.addItem(line)
        target.setCurrentRow(0)

    def chosen_project(self) -> Path | None:
        """The recent project selected in the list, if any."""
        row = self.recent_list.currentRow()
        if row < 0:
            return None
        path = self.recent_list.item(row).data(Qt.ItemDataRole.UserRole)
        return path if isinstance(path, Path) else None

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.state.forget_table()
        self.state.source_path = None
        self.state.project_path = None
        self.state.commune = self.services.commune
        self.state.extras.pop(WANTED_SCHEMA, None)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    @Slot()
    def _on_example_button_clicked(self) -> None:
        self.start_example()

    def start_example(self) -> None:
        """Open the bundled délibérations workbook, with the sample commune's profile."""
        self.state.forget_table()
        self.state.source_path = self.services.sample_file
        self.state.project_path = None
        self.state.sheet = None
        self.state.header_row = None
        self.state.include = ()
        if not self.services.commune.name:
            self.state.commune = SAMPLE_COMMUNE
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(path, Path):
            self.project_chosen.emit(path)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_recent_list_current_item_changed(
        self, current: QListWidgetItem | None, _: QListWidgetItem | None
    ) -> None:
        del current
        self.next_update_button.setEnabled(self.chosen_project() is not None)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        path = self.services.dialogs.ask_project_to_open(self)
        if path is not None:
            self.project_chosen.emit(path)

    @Slot()
    def _on_next_update_button_clicked(self) -> None:
        project = self.chosen_project()
        if project is None:
            return
        new_source = self.services.dialogs.ask_source_file(self)
        if new_source is not None:
            self.next_update_chosen.emit(project, new_source)

    def _start_fresh(self) -> None:
        """A new publication from nothing: no file, no project yet."""
        self.state.forget_table()
        self.state.source_path = None
        self.state.project_path = None
        self.state.commune = self.services.commune
        self.state.extras.pop(WANTED_SCHEMA, None)
        self.state.publication = None

    @Slot(str)
    def _on_desk_publish_wanted(self, schema: str) -> None:
        self._start_fresh()
        self.state.extras[WANTED_SCHEMA] = schema
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    @Slot(object, object)
    def _on_desk_update_wanted(self, dataset: object, project: object) -> None:
        if isinstance(project, Path):
            new_source = self.services.dialogs.ask_source_file(self)
            if new_source is not None:
                self.next_update_chosen.emit(project, new_source)
            return
        if not isinstance(dataset, PublishedDataset):
            return
        # No saved project: the wizard starts over, in update mode on this very dataset.
        self._start_fresh()
        if dataset.schema:
            self.state.extras[WANTED_SCHEMA] = dataset.schema
        self.state.publication = PublicationState(
            platform=self.desk.platform, mode="update", dataset_id=dataset.id
        )
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    @Slot()
    def _on_settings_button_clicked(self) -> None:
        if self.services.communes is None:
            self.settings_runner.start(load_communes, resources_dir())
        else:
            self.edit_settings()

    def edit_settings(self) -> AppSettings | None:
        """Show the settings; keep what the agent saved (the profile in the background)."""
        services = self.services
        preferences = services.preferences
        commune = services.commune
        if not isinstance(commune, CommuneSettings):
            commune = CommuneSettings(name=commune.name, siret=commune.siret, insee=commune.insee)
        current = AppSettings(
            commune,
            (preferences.language if preferences else None) or self.texts.lang,
            preferences.platform if preferences else "demo",
            services.communes,
        )
        chosen = services.dialogs.edit_settings(self, current)
        if chosen is None:
            return None
        services.commune = chosen.commune
        self.state.commune = chosen.commune
        if preferences is not None:
            preferences.language = chosen.language
            preferences.platform = chosen.platform
        if services.profile is not None:
            self.settings_runner.start(_save_profile, services.profile, chosen.commune)
        return chosen

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, CommuneDirectory):
            self.services.communes = result
            self.edit_settings()
