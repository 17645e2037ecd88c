"""The few data.gouv.fr API calls a publication needs, as plain methods.

Every path ends with a slash (udata declares its routes so) and is listed in ``ENDPOINTS``,
which the tests check against the OpenAPI description of a real udata server. Reading
calls are retried when the network hiccups; creating calls never are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from desktop_app.core.publication.http import ApiTransport
from desktop_app.core.publication.origin import require_safe_for_key
from desktop_app.core.publication.state import PublicationState
from desktop_app.core.tasks import CancelToken

PLATFORMS: Mapping[str, str] = {
    "www": "https://www.data.gouv.fr/api/1",
    "demo": "https://demo.data.gouv.fr/api/1",
}

ENDPOINTS: tuple[tuple[str, str], ...] = (
    ("GET", "/me/"),
    ("GET", "/datasets/licenses/"),
    ("GET", "/datasets/frequencies/"),
    ("GET", "/datasets/schemas/"),
    ("GET", "/spatial/zones/{ids}/"),
    ("GET", "/datasets/"),
    ("POST", "/datasets/"),
    ("GET", "/datasets/{dataset}/"),
    ("PUT", "/datasets/{dataset}/"),
    ("DELETE", "/datasets/{dataset}/"),
    ("POST", "/datasets/{dataset}/upload/"),
    ("POST", "/datasets/{dataset}/resources/{rid}/upload/"),
    ("PUT", "/datasets/{dataset}/resources/{rid}/"),
)
"""Every (method, path template) this client calls, relative to the API root."""


def api_root(platform: str) -> str:
    """The API root for ``www``, ``demo`` or a server's own https:// URL (tests, other udata).

    Raises:
        PublicationError: ``platform-not-https`` for an address the API key must not be sent
            to (plain http:// to another computer, or not a web address at all).
    """
    known = PLATFORMS.get(platform)
    if known is not None:
        return known
    root = platform.strip().rstrip("/")
    require_safe_for_key(root, platform)
    return root if root.endswith("/api/1") else f"{root}/api/1"


def dataset_link(publication: PublicationState) -> str | None:
    """The dataset's page for the agent: as the platform gave it, else built from its id.

    udata serves a dataset's page at ``/datasets/<id>/`` as well as at its slug, so the id
    alone gives a true address when the server's answer had no ``page``.
    """
    if publication.dataset_page:
        return publication.dataset_page
    if publication.dataset_id is None:
        return None
    known = PLATFORMS.get(publication.platform)
    root = (known or publication.platform).strip().rstrip("/")
    site = root.removesuffix("/api/1")
    return f"{site}/datasets/{publication.dataset_id}/"


@dataclass(frozen=True)
class Organization:
    """An organisation the account belongs to, and may publish for."""

    id: str
    slug: str
    name: str
    can_publish: bool


@dataclass(frozen=True)
class Account:
    """Who the API key belongs to."""

    id: str
    name: str
    organizations: tuple[Organization, ...]


def _segment(value: str) -> str:
    return quote(value, safe=":,")


class DataGouvClient:
    """Calls to one udata API root (www, demo or a test server) with one account's key."""

    def __init__(self, transport: ApiTransport) -> None:
        self.transport = transport

    @property
    def base_url(self) -> str:
        """The API root this client talks to."""
        return self.transport.base_url

    def account(self) -> Account:
        """The key's owner and organisations (``GET /me/``): also how a key is checked."""
        me = self.transport.call("GET", "/me/", retry=True)
        organizations = tuple(
            Organization(
                id=str(org["id"]),
                slug=str(org.get("slug") or ""),
                name=str(org.get("name") or ""),
                can_publish=bool((org.get("permissions") or {}).get("private")),
            )
            for org in me.get("organizations") or ()
        )
        name = " ".join(part for part in (me.get("first_name"), me.get("last_name")) if part)
        return Account(id=str(me["id"]), name=name, organizations=organizations)

    def licences(self) -> list[dict[str, Any]]:
        """The licences the platform knows (``GET /datasets/licenses/``)."""
        answer: list[dict[str, Any]] = self.transport.call(
            "GET", "/datasets/licenses/", authenticated=False, retry=True
        )
        return answer

    def frequencies(self) -> list[dict[str, Any]]:
        """The update frequencies the platform knows."""
        answer: list[dict[str, Any]] = self.transport.call(
            "GET", "/datasets/frequencies/", authenticated=False, retry=True
        )
        return answer

    def schemas(self) -> list[dict[str, Any]]:
        """The schema catalogue the platform checks resources against."""
        answer: list[dict[str, Any]] = self.transport.call(
            "GET", "/datasets/schemas/", authenticated=False, retry=True
        )
        return answer

    def zones(self, zone_ids: tuple[str, ...]) -> dict[str, Any]:
        """The spatial zones (a 404 when one is unknown to the platform)."""
        path = f"/spatial/zones/{_segment(','.join(zone_ids))}/"
        answer: dict[str, Any] = self.transport.call("GET", path, authenticated=False, retry=True)
        return answer

    def datasets(self, **filters: str | int) -> list[dict[str, Any]]:
        """Datasets matching the filters, private ones of the account included (one page)."""
        params: dict[str, str | int] = {"page_size": 100, **filters}
        page = self.transport.call("GET", "/datasets/", params=params, retry=True)
        data: list[dict[str, Any]] = page.get("data") or []
        return data

    def organization_datasets(
        self, organization_id: str, schema: str | None
    ) -> list[dict[str, Any]]:
        """The organisation's datasets not deleted, those for a schema only when given."""
        filters: dict[str, str | int] = {"organization": organization_id, "deleted": "false"}
        if schema:
            filters["schema"] = schema
        return self.datasets(**filters)

    def create_dataset(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Create a dataset (``POST``): sent once, never repeated automatically."""
        answer: dict[str, Any] = self.transport.call("POST", "/datasets/", json_body=payload)
        return answer

    def dataset(self, dataset_id: str) -> dict[str, Any]:
        """A dataset with its resources (410 once deleted)."""
        answer: dict[str, Any] = self.transport.call(
            "GET", f"/datasets/{_segment(dataset_id)}/", retry=True
        )
        return answer

    def replace_dataset(self, dataset: Mapping[str, Any]) -> dict[str, Any]:
        """Send a whole dataset back (``PUT``); a partial object would wipe tags and coverage."""
        answer: dict[str, Any] = self.transport.call(
            "PUT", f"/datasets/{_segment(str(dataset['id']))}/", json_body=dataset, retry=True
        )
        return answer

    def delete_dataset(self, dataset_id: str) -> None:
        """Delete a dataset (to clean up a first publication the agent gave up)."""
        self.transport.call("DELETE", f"/datasets/{_segment(dataset_id)}/", retry=True)

    def describe_resource(
        self, dataset_id: str, resource_id: str, metadata: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Set a resource's title, description, type and schema (partial-safe ``PUT``)."""
        path = f"/datasets/{_segment(dataset_id)}/resources/{_segment(resource_id)}/"
        answer: dict[str, Any] = self.transport.call("PUT", path, json_body=metadata, retry=True)
        return answer

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
        """One multipart POST to a dataset's upload endpoint (new file, or replacement)."""
        if resource_id is None:
            path = f"/datasets/{_segment(dataset_id)}/upload/"
        else:
            path = f"/datasets/{_segment(dataset_id)}/resources/{_segment(resource_id)}/upload/"
        answer: dict[str, Any] = self.transport.call(
            "POST", path, files=files, form=form, retry=retry, cancel=cancel
        )
        return answer
