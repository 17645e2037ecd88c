"""Step 8, "Terminé": the link to the dataset, what was published, and what comes next."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop_app.core.project.model import ConformityDecision
from desktop_app.core.publication import PublicationState
from desktop_app.core.publication.client import dataset_link
from desktop_app.ui.pages.base import StepPage
from desktop_app.ui.palette import tones
from desktop_app.ui.publication_plan import (
    dataset_metadata,
    finished,
    platform_label,
)
from desktop_app.ui.services import Services
from desktop_app.ui.state import CONFORMITY, WizardState
from desktop_app.ui.texts import Texts
from desktop_app.workers.publication import PUBLISHED, PublicationOutcome


class DonePage(StepPage):
    """The end of the journey: where the data is, what was sent, when the badge appears.

    Signals:
        next_update_requested(object): the agent wants to prepare the next update of the
            saved project (its Path); the wizard asks for the new file.
    """

    step_key = "done"
    next_update_requested = Signal(object)

    def __init__(self, state: WizardState, services: Services, parent: QWidget | None = None):
        super().__init__(state, services, parent)
        t = self.texts
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size:15px;")
        self.link_label = QLabel()
        self.link_label.setOpenExternalLinks(False)
        self.link_label.setAccessibleName(t("done-link"))
        self.link_label.setStyleSheet("font-size:15px;padding:6px 0;")
        self.link_label.linkActivated.connect(self._on_link_label_activated)
        self.summary = QFormLayout()
        self.summary_box = QGroupBox(t("done-summary-box"))
        self.summary_box.setLayout(self.summary)
        self.badge_label = QLabel()
        self.badge_label.setWordWrap(True)
        self.badge_label.setStyleSheet(f"{tones(self.palette()).info.style()}padding:10px;")
        self.next_button = QPushButton(t("done-next-update"))
        self.next_button.setAccessibleName(t("done-next-update").replace("&", ""))
        self.next_button.setMinimumHeight(40)
        self.next_note = QLabel(t("done-next-update-note"))
        self.next_note.setWordWrap(True)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        for widget in (self.headline, self.link_label, self.summary_box, self.badge_label):
            self.body.addWidget(widget)
        self.body.addSpacing(12)
        self.body.addWidget(self.next_note)
        self.body.addWidget(self.next_button)
        self.body.addStretch(1)

    @property
    def publication(self) -> PublicationState | None:
        """Where the publication stands."""
        return self.state.publication

    def initializePage(self) -> None:
        """Say what happened, from the publication recorded in the state."""
        t = self.texts
        publication = self.publication
        done = finished(publication)
        if publication is None or not done:
            self.headline.setText(t("done-nothing"))
        else:
            told = "done-draft" if publication.draft else "done-published"
            self.headline.setText(_on_platform(t, told, publication.platform))
        page = None if publication is None or not done else dataset_link(publication)
        self.link_label.setVisible(bool(page))
        if page and publication is not None:
            words = escape(_on_platform(t, "done-link", publication.platform))
            self.link_label.setText(f'<a href="{escape(page)}">{words}</a>')
            self.link_label.setToolTip(page)
        self._fill_summary(publication if done else None)
        # Only a saved project can be reopened with next month's file (not the example).
        available = done and self.state.project_path is not None
        self.next_button.setVisible(available)
        self.next_note.setVisible(available)
        self.badge_label.setVisible(done)
        self.badge_label.setText(self._badge_words())

    def _badge_words(self) -> str:
        """When the conformity badge appears: never without a schema, nor with problems left."""
        t = self.texts
        if self.state.schema is None:
            return t("done-badge-none")
        accepted = self.state.extras.get(CONFORMITY)
        if isinstance(accepted, ConformityDecision) and accepted.problems > 0:
            return t.of("done-badge-problems", count=accepted.problems)
        return t("done-badge")

    def _fill_summary(self, publication: PublicationState | None) -> None:
        while self.summary.rowCount():
            self.summary.removeRow(0)
        self.summary_box.setVisible(publication is not None)
        if publication is None:
            return
        t = self.texts
        outcome = self.state.extras.get(PUBLISHED)
        metadata = dataset_metadata(self.state)
        schema = self.state.schema
        rows: list[tuple[str, str]] = [
            (t("pub-row-platform"), platform_label(t, publication.platform)),
            (t("pub-row-title"), metadata.title),
        ]
        if isinstance(outcome, PublicationOutcome):
            rows.append(
                (
                    t("pub-row-file"),
                    f"{outcome.file_name} — {t.of('done-rows', count=outcome.rows)}",
                )
            )
        rows += [
            (t("pub-row-schema"), "—" if schema is None else f"{schema.title} ({schema.version})"),
            (t("pub-row-licence"), t(f"licence-{metadata.licence}")),
        ]
        link = dataset_link(publication)
        if link:
            rows.append((t("done-address"), link))
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            self.summary.addRow(QLabel(f"<b>{escape(label)}</b>"), text)

    @Slot(str)
    def _on_link_label_activated(self, url: str) -> None:
        self.services.desktop.open_link(url)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.state.project_path is not None:
            self.next_update_requested.emit(self.state.project_path)


def _on_platform(texts: Texts, code: str, platform: str) -> str:
    """The sentence naming where the data went: data.gouv.fr, the demonstration, or a server.

    Published on the demonstration platform, nothing shows on data.gouv.fr: the agent must
    not believe the commune's data is out.
    """
    if platform == "www":
        return texts(code)
    if platform == "demo":
        return texts(f"{code}-demo")
    host = urlsplit(platform).netloc or platform
    return texts.of(f"{code}-other", host=host)
