"""Step 6, "Description et licence": what data.gouv.fr will show about the dataset.

Everything is written in advance from the schema, the commune's profile and the dates of the
table; the agent corrects it. The checks data.gouv.fr would make run offline on each change,
and Next waits while one of them would make it refuse the dataset.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from desktop_app.core.clock import now
from desktop_app.core.desk.quality import quality_of_metadata
from desktop_app.core.metadata.checks import MetadataProblem, blocking, check_metadata
from desktop_app.core.metadata.coverage import date_fields
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.sources import Table
from desktop_app.paths import resources_dir
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.pages.description_form import DescriptionForm
from desktop_app.ui.services import Services
from desktop_app.ui.state import WizardState
from desktop_app.ui.widgets.quality_score import QualityScoreView
from desktop_app.workers.description import DescriptionStart, describe_dataset


class DescriptionPage(StepPage):
    """Title, description, keywords, frequency, coverage and licence, checked as typed."""

    step_key = "description"

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        self.form = DescriptionForm(self.texts)
        self.score = QualityScoreView(self.texts)
        self.problems: tuple[MetadataProblem, ...] = ()
        self._shown = False
        self._shown_for: weakref.ref[Table] | None = None  # not kept alive by the page
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sheet = QWidget()  # the form keeps its height; the space left goes below it
        column = QVBoxLayout(sheet)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll.setWidget(sheet)
        self.sheet_area = scroll
        self.body.addWidget(self.score)
        self.body.addWidget(scroll, 1)
        self.form.edited.connect(self._on_form_edited)
        self.score.field_wanted.connect(self.focus_field)
        self.runner.succeeded.connect(self._on_runner_succeeded)

    def initializePage(self) -> None:
        """Show the state's description, or write one in advance in the background."""
        state = self.state
        if state.metadata is not None:
            self._show(state.metadata)
            return
        self._shown = False
        source = state.source_path
        self.tasks.run(
            "step-describing",
            describe_dataset,
            state.commune,
            state.schema,
            state.prepared,
            state.edits,
            source.stem if source is not None else "",
            self.services.communes,
            resources_dir(),
        )

    def isComplete(self) -> bool:
        """Next once the description is shown and data.gouv.fr would accept it."""
        return not self.runner.busy and self._shown and not blocking(self.problems)

    def keep_pending(self) -> bool:
        """Keep the description as typed since « Suivant », complete or not yet."""
        shown_for = None if self._shown_for is None else self._shown_for()
        if not self._shown or shown_for is None or shown_for is not self.state.table:
            return False  # the form shows no description of this data
        metadata = self.form.metadata()
        if metadata == self.state.metadata:
            return False
        self.state.metadata = metadata
        return True

    def validatePage(self) -> bool:
        """Keep the description as the agent left it."""
        if not self.isComplete():
            return False
        self.state.metadata = self.form.metadata()
        return True

    @property
    def metadata(self) -> DatasetMetadata:
        """The description as the page shows it now."""
        return self.form.metadata()

    def _show(self, metadata: DatasetMetadata) -> None:
        t = self.texts
        commune = self.state.commune
        if commune.insee:
            zone = t.of("describe-zone-commune", name=commune.name, insee=commune.insee)
        else:
            zone = t("describe-zone-none")
        names = self._date_columns()
        if metadata.temporal_coverage is None:  # said, never a made-up 01/01/2000
            dates_from = t("describe-coverage-none")
        else:
            dates_from = t.of("describe-coverage-from", names=names) if names else ""
        self.form.show_metadata(metadata, zone, dates_from)
        self._shown = True
        table = self.state.table  # the data this description was shown for
        self._shown_for = None if table is None else weakref.ref(table)
        self.check()

    def _date_columns(self) -> list[str]:
        """The agent's columns the period was read from, by their titles (not field codes)."""
        prepared = self.state.prepared
        if prepared is None:
            return []
        found = (prepared.mapping.for_field(field.name) for field in date_fields(prepared.schema))
        return [item.column for item in found if item.column]

    def check(self) -> tuple[MetadataProblem, ...]:
        """Check the description as data.gouv.fr would, and show each field's problem."""
        metadata = self.form.metadata()
        self.problems = check_metadata(metadata, self.services.communes)
        self.form.show_problems(self.problems)
        self.score.show_score(quality_of_metadata(metadata, now()))
        self.completeChanged.emit()
        return self.problems

    @Slot(str)
    def focus_field(self, name: str) -> None:
        """Bring a field into view with the cursor in it (a missing quality point's link)."""
        widget = self.form.focus_field(name)
        if widget is not None:
            self.sheet_area.ensureWidgetVisible(widget)

    @Slot()
    def _on_form_edited(self) -> None:
        if self._shown:
            self.check()

    @Slot(object)
    def _on_runner_succeeded(self, result: object) -> None:
        if isinstance(result, DescriptionStart):
            if result.communes is not None:
                self.services.communes = result.communes
            self._show(result.metadata)
