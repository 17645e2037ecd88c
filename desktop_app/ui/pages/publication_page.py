"""Step 7, "Publication": account, organisation, platform, new or update, preview, upload.

The page gathers the agent's choices, shows exactly what will be sent (the PublicationPlan),
then runs the publication in the background with a tick per step. A key that data.gouv.fr
refuses reopens the account dialog; without network the project can wait in the outbox.
The preview's row count and conformity are those of the file sent: its bytes are written,
read back and checked in the background (``core/preparation/published.py``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.clock import now
from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.desk.quality import quality_of_plan
from desktop_app.core.errors import AppError
from desktop_app.core.preparation.published import PublishedFile, read_back
from desktop_app.core.publication.client import Organization
from desktop_app.core.sources.extent import rows_in_source
from desktop_app.texts.render import WORDINGS
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.publication_layout import PublicationForm
from desktop_app.ui.publication_plan import (
    PlanChoices,
    build_plan,
    conformity_rows,
    finished,
    platform_label,
    preview_rows,
)
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from desktop_app.ui.widgets.account_dialog import AccountDialog
from desktop_app.workers.description import keep_commune
from desktop_app.workers.publication import (
    PUBLISHED,
    AccountCheck,
    DatasetChoice,
    PublicationJob,
    PublicationOutcome,
    StateMailbox,
    check_account,
    organization_datasets,
    publish_prepared,
)

T = TypeVar("T")
KEY_REFUSED = frozenset({"publication-key-invalid", "publication-key-missing"})


class PublicationPage(StepPage):
    """Send the prepared data to data.gouv.fr, or keep it for later."""

    step_key = "publication"
    description_field_wanted = Signal(str)

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.form = PublicationForm(self.texts)
        self.body.addWidget(self.form, 1)
        self.organizations: tuple[Organization, ...] = ()
        self.datasets: tuple[DatasetChoice, ...] = ()
        self.account_dialog: AccountDialog | None = None
        self.account_offered = False  # the dialog opened by itself once already
        self.profile_saver = services.new_runner()  # the commune's organisation, kept
        self.reader = services.new_runner()  # reads back the file to send, for the preview
        self.published: PublishedFile | None = None
        self.reader_problem = ""  # why the file cannot be written yet, in the agent's words
        self._read_for: tuple[object, ...] | None = None
        self.mailbox = StateMailbox(services.publishing.record)
        f = self.form
        f.later_button.setVisible(services.publishing.publish_later is not None)
        f.account_button.clicked.connect(self._on_account_button_clicked)
        f.platform_combo.currentIndexChanged.connect(self._on_platform_changed)
        f.organization_combo.currentIndexChanged.connect(self._on_choice_changed)
        f.update_radio.toggled.connect(self._on_update_radio_toggled)
        f.dataset_combo.currentIndexChanged.connect(self._on_choice_changed)
        f.draft_check.toggled.connect(self._on_choice_changed)
        f.publish_button.clicked.connect(self._on_publish_button_clicked)
        f.later_button.clicked.connect(self._on_later_button_clicked)
        f.score.field_wanted.connect(self.description_field_wanted)
        self.runner.succeeded.connect(self._on_runner_succeeded)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.reader.succeeded.connect(self._on_reader_succeeded)
        self.reader.failed.connect(self._on_reader_failed)

    # --- the wizard's contract -------------------------------------------------------------

    def initializePage(self) -> None:
        """Offer the platforms, check the saved account, show the preview."""
        f = self.form
        recorded = self.state.publication
        f.platform_combo.blockSignals(True)
        f.platform_combo.clear()
        for platform in self.services.publishing.platforms:
            f.platform_combo.addItem(platform_label(self.texts, platform), platform)
        if recorded is not None:
            found = f.platform_combo.findData(recorded.platform)
            f.platform_combo.setCurrentIndex(max(found, 0))
            f.draft_check.setChecked(recorded.draft)
            if recorded.mode == "update" and recorded.dataset_id is not None:
                f.update_radio.setChecked(True)  # the desk's "Mettre à jour": that dataset
        f.platform_combo.blockSignals(False)
        f.show_steps(recorded, draft=f.draft_check.isChecked())
        self.read_back()
        self.refresh_account()

    def isComplete(self) -> bool:
        """Next waits until the publication went through (or the draft was sent)."""
        return not self.runner.busy and finished(self.state.publication)

    def validatePage(self) -> bool:
        """The publication's state is already in the WizardState; go on once it is done."""
        return finished(self.state.publication)

    def drop_work(self) -> None:
        """Drop the reading back of the file to send; a publication in flight goes on.

        A publication is never dropped halfway: it records each step it went through.
        """
        self.reader.abandon()

    def shutdown(self) -> None:
        """Stop the page's background work, the profile's save included."""
        self.profile_saver.shutdown()
        self.reader.shutdown()
        super().shutdown()

    # --- what the agent chose ---------------------------------------------------------------

    @property
    def platform(self) -> str:
        """The platform chosen ("demo", "www" or a server's address)."""
        data = self.form.platform_combo.currentData()
        return str(data) if data is not None else self.services.publishing.platforms[0]

    def choices(self) -> PlanChoices:
        """The agent's choices as they stand."""
        f = self.form
        organization = _item_at(self.organizations, f.organization_combo.currentIndex())
        dataset = _item_at(self.datasets, f.dataset_combo.currentIndex())
        update = f.update_radio.isChecked()
        return PlanChoices(
            platform=self.platform,
            organization=None if organization is None else organization.id,
            organization_name="" if organization is None else organization.name,
            mode="update" if update else "new",
            dataset_id=dataset.id if update and dataset is not None else None,
            dataset_title=dataset.title if update and dataset is not None else "",
            draft=f.draft_check.isChecked(),
        )

    def ready_to_publish(self) -> bool:
        """Whether everything needed is chosen: data prepared, account, organisation, dataset."""
        choices = self.choices()
        return (
            self.data_ready()
            and choices.organization is not None
            and (choices.mode == "new" or choices.dataset_id is not None)
            and not self.runner.busy
        )

    def data_ready(self) -> bool:
        """Whether the data to send is prepared: shaped to its schema, or read « sans schéma »."""
        state = self.state
        return state.prepared is not None or (state.without_schema and state.table is not None)

    # --- background work --------------------------------------------------------------------

    def refresh_account(self) -> None:
        """Ask data.gouv.fr whose key is saved for the chosen platform."""
        publishing = self.services.publishing
        self.form.account_label.setText(self.texts("pub-account-checking"))
        self.tasks.run(
            "pub-account-checking",
            check_account,
            publishing.store(),
            publishing.connect,
            self.platform,
        )
        self._refresh_preview()

    def read_back(self) -> None:
        """Write the file to send and read it back, to count and check what it holds.

        Done again only when the data changed (another table, correction or decision).
        """
        state = self.state
        data = (state.table, state.prepared, state.edits, tuple(state.privacy))
        if data == self._read_for:
            return
        self._read_for = data
        self.published, self.reader_problem = None, ""
        if self.data_ready():
            self.reader.start(read_back, state.preparation())

    def load_datasets(self) -> None:
        """List the organisation's datasets with the same schema, for an update."""
        choices = self.choices()
        if choices.organization is None:
            return
        publishing = self.services.publishing
        schema = None if self.state.schema is None else self.state.schema.name
        self.tasks.run(
            "pub-loading-datasets",
            organization_datasets,
            publishing.store(),
            publishing.connect,
            self.platform,
            choices.organization,
            schema,
        )

    def publish(self) -> None:
        """Prepare the file and publish it (or resume the recorded publication)."""
        if not self.ready_to_publish():
            return
        plan, start = build_plan(self.state, self.choices(), self.services.publishing.work_folder)
        self.state.publication = start
        self.form.show_steps(start, draft=plan.draft)
        job = PublicationJob(
            preparation=self.state.preparation(),
            plan=plan,
            state=start,
            store=self.services.publishing.store(),
            connect=self.services.publishing.connect,
        )
        self.mailbox = StateMailbox(self.services.publishing.record, start)
        self.tasks.run("pub-preparing", publish_prepared, job, self.mailbox)
        self._refresh_buttons()
        self.completeChanged.emit()

    def publish_later(self) -> None:
        """Keep the choices in the project and put it in the outbox."""
        later = self.services.publishing.publish_later
        if later is None:
            return
        _, start = build_plan(self.state, self.choices(), self.services.publishing.work_folder)
        self.state.publication = start
        self.state_written.emit()  # saved first: the project holds these choices
        try:
            later(self.state)
        except AppError as error:
            self.tasks.show_error(error)
            return
        self.tasks.banner.show_message(
            "pub-later-done", self.texts("pub-later-done"), level="info", retry=False
        )

    def open_account_dialog(self, *, expired: bool = False) -> AccountDialog:
        """Open the account dialog (window-modal, so the wizard keeps running)."""
        dialog = AccountDialog(self.services, self.platform, expired=expired, parent=self)
        dialog.accepted.connect(self._on_account_dialog_accepted)
        self.account_dialog = dialog
        dialog.open()
        return dialog

    # --- showing ------------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        ready = self.data_ready()
        if not ready:
            self.form.show_preview(
                [(self.texts("pub-preview-box"), self.texts("pub-preview-missing"))]
            )
        else:
            choices = self.choices()
            plan, _ = build_plan(self.state, choices, self.services.publishing.work_folder)
            published = self.published
            rows = None if published is None else published.rows
            lines = preview_rows(self.texts, plan, choices, rows, self.state.commune)
            schema = f"{plan.schema_name or ''} {plan.schema_version or ''}".strip()
            origin = _rows_of_origin(self.state)
            check = None if published is None else published.check
            lines += conformity_rows(self.texts, check, schema, rows, origin, self.reader_problem)
            self.form.show_preview(lines)
            self.form.score.show_score(quality_of_plan(plan, now()))
        self.form.score.setVisible(ready)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        ready = self.ready_to_publish()
        self.form.publish_button.setEnabled(ready)
        self.form.later_button.setEnabled(self.data_ready() and not self.runner.busy)

    def _show_account(self, check: AccountCheck) -> None:
        account = check.account
        self.organizations = (
            ()
            if account is None
            else tuple(org for org in account.organizations if org.can_publish)
        )
        recorded = self.state.publication
        usual = self.services.commune
        # The organisation of this publication, else the one the commune published for before.
        wanted = recorded.organization if recorded is not None else None
        if wanted is None and isinstance(usual, CommuneSettings) and usual.organization:
            wanted = usual.organization
        self.form.show_account(
            None if account is None else (account.name or account.id),
            [(org.name, org.id) for org in self.organizations],
            wanted,
        )
        if account is None and not self.account_offered:
            # Once per session: after that the « Compte… » button is there, and the dialog
            # no longer pops up on each arrival on the page.
            self.account_offered = True
            self.open_account_dialog()
        elif self.form.update_radio.isChecked():
            self.load_datasets()

    def _show_datasets(self, datasets: tuple[DatasetChoice, ...]) -> None:
        self.datasets = datasets
        recorded = self.state.publication
        self.form.show_datasets(
            [(dataset.title, dataset.id) for dataset in datasets],
            None if recorded is None else recorded.dataset_id,
        )

    # --- slots --------------------------------------------------------------------------------

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, AccountCheck):
            self._show_account(result)
        elif isinstance(result, tuple):
            self._show_datasets(result)
        elif isinstance(result, PublicationOutcome):
            self.state.publication = result.result.state
            self.state.extras[PUBLISHED] = result
            self.form.show_steps(result.result.state, draft=result.result.state.draft)
            code = "pub-draft-done" if result.result.state.draft else "pub-done"
            self.tasks.banner.show_message(code, self.texts(code), level="info", retry=False)
            # The runner's own completeChanged came before the state knew: without this one,
            # Suivant stayed greyed out after a publication.
            self.completeChanged.emit()
        self._refresh_preview()

    @Slot(object)
    def _on_reader_succeeded(self, result: object) -> None:
        if isinstance(result, PublishedFile):
            self.published = result
            self._refresh_preview()

    @Slot(object)
    def _on_reader_failed(self, error: AppError) -> None:
        self.reader_problem = self.texts(error.code, error.params)
        self._refresh_preview()

    @Slot(object)
    def _on_runner_failed(self, error: AppError) -> None:
        self._take_recorded()
        if error.code in KEY_REFUSED:
            self.form.account_label.setText(self.texts("pub-account-none"))
            self.open_account_dialog(expired=error.code == "publication-key-invalid")
        self._refresh_buttons()

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._take_recorded()
        self._refresh_buttons()

    def _take_recorded(self) -> None:
        """After a stop, the state holds how far the publication went (to resume from)."""
        recorded = self.mailbox.latest
        if recorded is not None:
            self.state.publication = recorded
            self.form.show_steps(recorded, draft=recorded.draft)

    @Slot(float, str)
    def _on_runner_progressed(self, fraction: float, step: str) -> None:
        if step in WORDINGS:
            self.tasks.status.setText(self.texts(step))
        recorded = self.mailbox.latest
        if recorded is not None:
            self.form.show_steps(recorded, draft=recorded.draft)

    @Slot()
    def _on_account_button_clicked(self) -> None:
        self.open_account_dialog()

    @Slot()
    def _on_account_dialog_accepted(self) -> None:
        self.refresh_account()

    @Slot(int)
    def _on_platform_changed(self, index: int) -> None:
        self.organizations, self.datasets = (), ()
        self.refresh_account()

    @Slot(bool)
    def _on_update_radio_toggled(self, update: bool) -> None:
        self.form.dataset_combo.setEnabled(update and bool(self.datasets))
        if update and not self.datasets:
            self.load_datasets()
        self._refresh_preview()

    @Slot()
    def _on_choice_changed(self) -> None:
        self._refresh_preview()

    @Slot()
    def _on_publish_button_clicked(self) -> None:
        self._remember_organization()
        self.publish()

    def _remember_organization(self) -> None:
        """The organisation published for becomes the commune's: chosen once, at this step."""
        choices = self.choices()
        commune = self.services.commune
        profile = self.services.profile
        if choices.organization is None or profile is None:
            return
        if not isinstance(commune, CommuneSettings):
            commune = CommuneSettings(name=commune.name, siret=commune.siret, insee=commune.insee)
        if commune.organization == choices.organization:
            return
        commune = replace(
            commune,
            organization=choices.organization,
            organization_name=choices.organization_name,
        )
        self.services.commune = commune
        self.profile_saver.start(keep_commune, profile, commune)

    @Slot()
    def _on_later_button_clicked(self) -> None:
        self.publish_later()


def _rows_of_origin(state: WizardState) -> int:
    """The data rows of the agent's table (the file's rows read, else the prepared copy's)."""
    if state.table is not None:
        return rows_in_source(state.table)
    return 0 if state.prepared is None else len(state.prepared.frame)


def _item_at(items: tuple[T, ...], index: int) -> T | None:
    return items[index] if 0 <= index < len(items) else None
