"""Publishing a prepared CSV, or updating a published one, step by step and resumable.

Each step's result is recorded (through ``record``, which writes the project) before the
next step starts. Run again after any interruption, the flow starts from the last recorded
step and looks on the server for what an interrupted call may have done — the dataset by
the marker in its extras, the file by its SHA-1 — so it never creates a second dataset or a
second resource. A first publication stays private until its last step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.core.clock import timestamp
from desktop_app.core.errors import AppError
from desktop_app.core.publication.checks import (
    check_plan_against_platform,
    check_published,
    choose_organization,
    main_resource,
)
from desktop_app.core.publication.client import DataGouvClient
from desktop_app.core.publication.errors import PublicationError
from desktop_app.core.publication.plan import DATASET_MARKER, PublicationPlan
from desktop_app.core.publication.state import PublicationState, PublicationStep
from desktop_app.core.publication.upload import CHUNK_SIZE, file_sha1, upload_file
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

Record = Callable[[PublicationState], None]
"""Writes a publication's state into the project, before the next step starts."""

ORDER = tuple(PublicationStep)
UPLOAD_SHARE = (0.1, 0.85)


@dataclass(frozen=True)
class PublicationResult:
    """Where the publication stands after a run, and what this run did."""

    state: PublicationState
    steps: tuple[PublicationStep, ...]

    @property
    def published(self) -> bool:
        """Whether the dataset is public and was read back as planned."""
        return self.state.step is PublicationStep.CHECKED and not self.state.draft


def publish(
    plan: PublicationPlan,
    client: DataGouvClient,
    state: PublicationState,
    *,
    record: Record,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> PublicationResult:
    """Run (or resume) a publication up to its end, or up to the draft stop.

    ``chunk_size`` is the size above which the file is sent in parts, and of each part
    (data.gouv.fr's own site uses 20 MB; the tests cut small files in several parts).

    Raises:
        PublicationError: the platform refused or could not be reached (recorded first).
        CancelledError: the agent cancelled (recorded first; a new dataset stays private).
    """
    run = _Run(plan, client, state, record, progress, cancel or CancelToken())
    run.chunk_size = chunk_size
    try:
        run.all_steps()
    except AppError as error:
        run.state = replace(run.state, last_error=error.code, updated_at=timestamp())
        record(run.state)
        raise
    return PublicationResult(run.state, tuple(run.done))


def withdraw_first_publication(
    client: DataGouvClient, state: PublicationState, *, record: Record
) -> PublicationState:
    """Delete a new dataset that was never made public, and forget it in the project.

    Raises:
        PublicationError: ``publication-already-public`` for a published or updated dataset;
            or the platform refused.
    """
    published = ORDER.index(state.step) >= ORDER.index(PublicationStep.DATASET_PUBLISHED)
    if state.mode != "new" or (published and not state.draft):
        raise PublicationError("publication-already-public")
    if state.dataset_id is not None:
        try:
            client.delete_dataset(state.dataset_id)
        except PublicationError as error:
            if error.status != 410:
                raise
    fresh = PublicationState(
        platform=state.platform, organization=state.organization, updated_at=timestamp()
    )
    record(fresh)
    return fresh


class _Run:
    def __init__(
        self,
        plan: PublicationPlan,
        client: DataGouvClient,
        state: PublicationState,
        record: Record,
        progress: ProgressFn,
        cancel: CancelToken,
    ) -> None:
        self.plan = plan
        self.client = client
        self.state = replace(state, platform=plan.platform, draft=plan.draft, mode=plan.mode)
        self.record = record
        self.progress = progress
        self.cancel = cancel
        self.done: list[PublicationStep] = []
        self.chunk_size = CHUNK_SIZE

    @property
    def dataset_id(self) -> str:
        return _recorded(self.state.dataset_id)

    @property
    def resource_id(self) -> str:
        return _recorded(self.state.resource_id)

    def reached(self, step: PublicationStep) -> bool:
        return ORDER.index(self.state.step) >= ORDER.index(step)

    def advance(self, step: PublicationStep, **changes: Any) -> None:
        self.state = self.state.advanced(step, updated_at=timestamp(), **changes)
        self.record(self.state)
        self.done.append(step)

    def all_steps(self) -> None:
        if self.state.step is not PublicationStep.NOT_STARTED and self.state.dataset_id is None:
            # Past the start without the dataset's id: going on would create a second one.
            raise PublicationError("publication-state-damaged")
        self.cancel.raise_if_cancelled()
        self.progress(0.0, "publication-step-checking-plan")
        self.client.account()  # a revoked key stops everything here, before any change
        if not self.reached(PublicationStep.RESOURCE_DESCRIBED):
            check_plan_against_platform(self.client, self.plan)
        if self.plan.mode == "new":
            self.create_dataset()
        else:
            self.choose_dataset()
        self.upload()
        self.describe_resource()
        if self.plan.draft and self.plan.mode == "new":
            self.progress(1.0, "publication-step-draft-kept")
            return
        self.make_public()
        self.read_back()

    def create_dataset(self) -> None:
        if self.state.dataset_id is not None:
            return
        self.cancel.raise_if_cancelled()
        self.progress(0.05, "publication-step-creating")
        account = self.client.account()
        organization = choose_organization(
            account, self.plan.organization or self.state.organization
        )
        if self.state.marker is not None:
            found = self._marked_dataset(organization.id, self.state.marker)
            if found is not None:
                self.advance(PublicationStep.DATASET_CREATED, **_dataset_ids(found))
                return
        marker = self.state.marker or uuid.uuid4().hex
        self.state = replace(self.state, marker=marker, organization=organization.id)
        self.record(self.state)
        created = self.client.create_dataset(self.plan.creation_payload(organization.id, marker))
        self.advance(PublicationStep.DATASET_CREATED, **_dataset_ids(created))

    def _marked_dataset(self, organization_id: str, marker: str) -> dict[str, Any] | None:
        for dataset in self.client.organization_datasets(organization_id, None):
            if (dataset.get("extras") or {}).get(DATASET_MARKER) == marker:
                return dataset
        return None

    def choose_dataset(self) -> None:
        if self.reached(PublicationStep.DATASET_CHOSEN) and self.state.resource_id is not None:
            return
        self.progress(0.05, "publication-step-choosing")
        dataset = self.client.dataset(self.plan.dataset_id or self.dataset_id)
        resource = main_resource(dataset, self.plan.schema_name)
        if resource is None:
            raise PublicationError("publication-resource-missing", name=dataset.get("title"))
        self.advance(
            PublicationStep.DATASET_CHOSEN, **_dataset_ids(dataset), **_resource_ids(resource)
        )

    def upload(self) -> None:
        if self.reached(PublicationStep.FILE_UPLOADED):
            return
        self.cancel.raise_if_cancelled()
        self.progress(UPLOAD_SHARE[0], "publication-step-uploading")
        dataset_id = self.dataset_id
        dataset = self.client.dataset(dataset_id)
        checksum = file_sha1(self.plan.csv_path)
        target = self._resource_to_fill(dataset)
        if target is not None and (target.get("checksum") or {}).get("value") == checksum:
            self.advance(PublicationStep.FILE_UPLOADED, **_resource_ids(target))
            return
        start, end = UPLOAD_SHARE
        resource = upload_file(
            self.client,
            dataset_id,
            self.plan.csv_path,
            resource_id=None if target is None else str(target["id"]),
            progress=lambda sent, size: self.progress(
                start + (end - start) * sent / max(size, 1), "publication-step-uploading"
            ),
            cancel=self.cancel,
            chunk_size=self.chunk_size,
        )
        self.advance(PublicationStep.FILE_UPLOADED, **_resource_ids(resource))

    def _resource_to_fill(self, dataset: dict[str, Any]) -> dict[str, Any] | None:
        """The resource the file goes into; None to add one (only to an empty new dataset)."""
        files = [r for r in dataset.get("resources") or () if r.get("filetype") == "file"]
        if self.state.resource_id is not None:
            chosen = [r for r in files if r.get("id") == self.state.resource_id]
            if chosen:
                found: dict[str, Any] = chosen[0]
                return found
            raise PublicationError("publication-resource-missing", name=dataset.get("title"))
        # A new dataset holds only what this publication sent: an interrupted upload's resource.
        first: dict[str, Any] | None = files[0] if files else None
        return first

    def describe_resource(self) -> None:
        if self.reached(PublicationStep.RESOURCE_DESCRIBED):
            return
        self.cancel.raise_if_cancelled()
        self.progress(0.9, "publication-step-describing")
        dataset_id, resource_id = self.dataset_id, self.resource_id
        self.client.describe_resource(dataset_id, resource_id, self.plan.resource_metadata())
        self.advance(PublicationStep.RESOURCE_DESCRIBED)

    def make_public(self) -> None:
        if self.reached(PublicationStep.DATASET_PUBLISHED):
            return
        self.cancel.raise_if_cancelled()
        self.progress(0.95, "publication-step-publishing")
        dataset_id = self.dataset_id
        dataset = self.client.dataset(dataset_id)
        metadata = self.plan.dataset_metadata()
        if self.plan.mode == "update":
            metadata.pop("title")  # a new title would change the dataset's address
        dataset.update(metadata)
        if not self.plan.draft:
            dataset["private"] = False
        updated = self.client.replace_dataset(dataset)
        self.advance(PublicationStep.DATASET_PUBLISHED, **_dataset_ids(updated))

    def read_back(self) -> None:
        if self.reached(PublicationStep.CHECKED):
            return
        self.progress(0.98, "publication-step-checking")
        dataset_id, resource_id = self.dataset_id, self.resource_id
        dataset = self.client.dataset(dataset_id)
        check_published(dataset, self.plan, resource_id)
        self.advance(PublicationStep.CHECKED)
        self.progress(1.0, "publication-step-done")


def _dataset_ids(dataset: dict[str, Any]) -> dict[str, Any]:
    return {"dataset_id": str(dataset["id"]), "dataset_page": dataset.get("page")}


def _resource_ids(resource: dict[str, Any]) -> dict[str, Any]:
    return {"resource_id": str(resource["id"]), "resource_latest": resource.get("latest")}


def _recorded(value: str | None) -> str:
    """An id an earlier step recorded; its absence means the project's state was damaged."""
    if value is None:
        raise PublicationError("publication-state-damaged")
    return value
