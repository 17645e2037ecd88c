"""data.gouv.fr in memory, for the Publication page's tests: an account, datasets, uploads.

It keeps what a publication sends, so tests can assert on it; ``refuse_key`` and ``offline``
provoke the refusals a page must put into words. The real server is used by the end-to-end
test (tests/gui/test_publication_journey.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.core.credentials import CredentialStore
from desktop_app.core.publication import ApiTransport, DataGouvClient, PublicationError
from desktop_app.core.publication.client import Account, Organization
from desktop_app.core.tasks import CancelToken
from desktop_app.ui.publishing import PublishingServices
from tests.unit.publication.memory_keyring import MemoryKeyring

GOOD_KEY = "cle-de-test-acceptee"
FREQUENCIES = ("unknown", "punctual", "daily", "weekly", "monthly", "quarterly", "annual")


class FakeDataGouv:
    """One platform's state: the account, the datasets, and switches for failures."""

    def __init__(self) -> None:
        self.organizations = (
            Organization("org-1", "commune-a", "Commune A", can_publish=True),
            Organization("org-2", "commune-b", "Commune B", can_publish=True),
        )
        self.datasets: dict[str, dict[str, Any]] = {}
        self.uploads: list[tuple[str, bytes]] = []
        self.refuse_key = False
        self.offline = False
        self.calls: list[str] = []

    def client(self, platform: str, key: str | None) -> FakeClient:
        """A client for this platform with ``key`` (what ``connect`` returns)."""
        return FakeClient(self, key)

    def add_dataset(self, title: str, organization: str, schema: str) -> str:
        """A dataset published earlier, with one main file for ``schema``."""
        number = f"ds-{len(self.datasets) + 1}"
        self.datasets[number] = {
            "id": number,
            "title": title,
            "page": f"https://demo.example/datasets/{number}/",
            "organization": {"id": organization},
            "private": False,
            "license": "lov2",
            "tags": [],
            "extras": {},
            "resources": [
                {
                    "id": f"{number}-r",
                    "filetype": "file",
                    "type": "main",
                    "schema": {"name": schema},
                    "checksum": {"value": "old"},
                }
            ],
        }
        return number


class FakeClient(DataGouvClient):
    """Answers as udata would, from a FakeDataGouv."""

    def __init__(self, server: FakeDataGouv, key: str | None) -> None:
        super().__init__(ApiTransport("https://fake.invalid/api/1", key))
        self.server = server
        self.key = key

    def _enter(self, name: str) -> None:
        self.server.calls.append(name)
        if self.server.offline:
            raise PublicationError("publication-unreachable")
        if self.server.refuse_key or self.key != GOOD_KEY:
            raise PublicationError("publication-key-invalid", status=401)

    def account(self) -> Account:
        self._enter("account")
        return Account("agent", "Agent Test", self.server.organizations)

    def licences(self) -> list[dict[str, Any]]:
        return [{"id": "lov2"}, {"id": "odc-odbl"}]

    def frequencies(self) -> list[dict[str, Any]]:
        return [{"id": frequency} for frequency in FREQUENCIES]

    def schemas(self) -> list[dict[str, Any]]:
        return [
            {"name": "scdl/deliberations", "versions": [{"version_name": "2.1.5"}]},
        ]

    def zones(self, zone_ids: tuple[str, ...]) -> dict[str, Any]:
        return {"features": [{"id": zone} for zone in zone_ids]}

    def organization_datasets(
        self, organization_id: str, schema: str | None
    ) -> list[dict[str, Any]]:
        self._enter("organization_datasets")
        return [
            dataset
            for dataset in self.server.datasets.values()
            if dataset["organization"]["id"] == organization_id
            and (
                schema is None
                or any((r.get("schema") or {}).get("name") == schema for r in dataset["resources"])
            )
        ]

    def create_dataset(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        self._enter("create_dataset")
        number = f"ds-{len(self.server.datasets) + 1}"
        created = {
            **payload,
            "id": number,
            "page": f"https://demo.example/datasets/{number}/",
            "organization": {"id": payload["organization"]},
            "resources": [],
        }
        self.server.datasets[number] = created
        return dict(created)

    def dataset(self, dataset_id: str) -> dict[str, Any]:
        self._enter("dataset")
        return dict(self.server.datasets[dataset_id])

    def replace_dataset(self, dataset: Mapping[str, Any]) -> dict[str, Any]:
        self._enter("replace_dataset")
        self.server.datasets[str(dataset["id"])] = dict(dataset)
        return dict(dataset)

    def describe_resource(
        self, dataset_id: str, resource_id: str, metadata: Mapping[str, Any]
    ) -> dict[str, Any]:
        self._enter("describe_resource")
        for resource in self.server.datasets[dataset_id]["resources"]:
            if resource["id"] == resource_id:
                resource.update(metadata)
                return dict(resource)
        raise PublicationError("publication-not-found", status=404)

    def upload_call(
        self,
        dataset_id: str,
        resource_id: str | None,
        *,
        files: Mapping[str, Any] | None,
        form: Mapping[str, str | int] | None,
        retry: bool,
        cancel: CancelToken | None,
    ) -> dict[str, Any]:
        self._enter("upload")
        assert files is not None
        name, handle, _ = files["file"]
        content = handle.read()
        self.server.uploads.append((name, content))
        dataset = self.server.datasets[dataset_id]
        checksum = {"value": hashlib.sha1(content).hexdigest()}  # noqa: S324 - as udata does
        if resource_id is None:
            resource: dict[str, Any] = {"id": f"{dataset_id}-r", "filetype": "file", "type": "main"}
            dataset["resources"].append(resource)
        else:
            resource = next(r for r in dataset["resources"] if r["id"] == resource_id)
        resource.update(checksum=checksum, title=name, latest=f"https://demo.example/r/{name}")
        return dict(resource)


def fake_publishing(
    server: FakeDataGouv, work_folder: Path, key: str | None = GOOD_KEY
) -> PublishingServices:
    """Publication services talking to ``server``, with ``key`` already in a memory keyring."""
    store = CredentialStore(backend=MemoryKeyring(), environ={})
    if key is not None:
        store.check_and_keep(
            "demo", key, lambda platform, secret: FakeClient(FakeDataGouv(), GOOD_KEY)
        )
    return PublishingServices(connect=server.client, work_folder=work_folder, credentials=store)


class RecordingDesktop:
    """Records the links and folders a window asked the system to open."""

    def __init__(self) -> None:
        self.links: list[str] = []
        self.folders: list[Path] = []
        self.browser = True  # False: as on a machine where no browser starts

    def open_link(self, url: str) -> bool:
        self.links.append(url)
        return self.browser

    def open_folder(self, folder: Path) -> bool:
        self.folders.append(folder)
        return True
