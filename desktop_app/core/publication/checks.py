"""Checks around a publication: before sending anything, and reading the result back.

Before: the platform would silently turn an unknown licence into "not specified", so the
licence, frequency, zones, schema version and organisation are checked against the platform
first. After: the published dataset is read back and compared with the plan.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NoReturn

from desktop_app.core.publication.client import Account, DataGouvClient, Organization
from desktop_app.core.publication.errors import PublicationError
from desktop_app.core.publication.plan import PublicationPlan


def choose_organization(account: Account, wanted: str | None) -> Organization:
    """The organisation to publish for: the one asked (id or slug), else the only one.

    Raises:
        PublicationError: the account is not a member of it, or has none, or several.
    """
    members = [org for org in account.organizations if org.can_publish]
    if wanted is not None:
        for org in members:
            if wanted in (org.id, org.slug):
                return org
        raise PublicationError("publication-organization-not-member", name=wanted)
    if len(members) == 1:
        return members[0]
    if not members:
        raise PublicationError("publication-no-organization")
    raise PublicationError("publication-organization-choice", names=[org.name for org in members])


def check_plan_against_platform(client: DataGouvClient, plan: PublicationPlan) -> None:
    """Refuse a plan the platform would accept but quietly change, before sending anything.

    Raises:
        PublicationError: an unknown licence, frequency, zone, schema or schema version,
            or the prepared file is missing.
    """
    if not plan.csv_path.is_file():
        raise PublicationError("publication-file-missing", file=plan.csv_path.name)
    licences = {str(item["id"]) for item in client.licences()}
    if plan.licence not in licences:
        raise PublicationError("publication-licence-unknown", value=plan.licence)
    frequencies = {str(item["id"]) for item in client.frequencies()}
    if plan.frequency not in frequencies:
        raise PublicationError("publication-frequency-unknown", value=plan.frequency)
    if plan.spatial_zones:
        try:
            client.zones(plan.spatial_zones)
        except PublicationError as error:
            if error.status != 404:
                raise
            raise PublicationError(
                "publication-zone-unknown", status=404, value=", ".join(plan.spatial_zones)
            ) from None
    if plan.schema_name:
        _check_schema(client.schemas(), plan.schema_name, plan.schema_version)


def _check_schema(catalogue: list[dict[str, Any]], name: str, version: str | None) -> None:
    entry = next((item for item in catalogue if item.get("name") == name), None)
    if entry is None:
        raise PublicationError("publication-schema-unknown", name=name)
    versions = [str(v.get("version_name")) for v in entry.get("versions") or ()]
    if version not in (None, "latest", *versions):
        raise PublicationError(
            "publication-schema-version-unknown", name=name, version=version, versions=versions
        )


def tag_slug(tag: str) -> str:
    """A keyword as the platform stores it: lower case, no accents, dashes between words."""
    plain = unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def main_resource(dataset: dict[str, Any], schema: str | None) -> dict[str, Any] | None:
    """The resource an update replaces: the file for the schema, else the only main file."""
    files: list[dict[str, Any]] = [
        r for r in dataset.get("resources") or () if r.get("filetype") == "file"
    ]
    if schema:
        for resource in files:
            if (resource.get("schema") or {}).get("name") == schema:
                return resource
    mains = [r for r in files if r.get("type") == "main"]
    return mains[0] if len(mains) == 1 else None


def check_published(dataset: dict[str, Any], plan: PublicationPlan, resource_id: str) -> None:
    """Compare the dataset read back with the plan.

    Raises:
        PublicationError: ``publication-check-failed`` naming the first field that differs.
    """
    resource = next((r for r in dataset.get("resources") or () if r.get("id") == resource_id), None)
    if resource is None:
        _differs("resource", resource_id, None)
    if dataset.get("license") != plan.licence:
        _differs("license", plan.licence, dataset.get("license"))
    found_tags = set(dataset.get("tags") or ())
    missing = sorted({tag_slug(tag) for tag in plan.tags} - found_tags)
    if missing:
        _differs("tags", ", ".join(missing), ", ".join(sorted(found_tags)))
    if plan.temporal_coverage is not None:
        coverage = dataset.get("temporal_coverage") or {}
        expected = plan.temporal_coverage
        if coverage.get("start") != expected.start or coverage.get("end") != expected.end:
            _differs("temporal_coverage", expected.start, coverage.get("start"))
    if plan.schema_name:
        schema = resource.get("schema") or {}
        if schema.get("name") != plan.schema_name:
            _differs("schema", plan.schema_name, schema.get("name"))
        if plan.schema_version not in (None, "latest", schema.get("version")):
            _differs("schema.version", plan.schema_version, schema.get("version"))
    if not plan.draft and dataset.get("private"):
        _differs("private", False, True)


def _differs(field: str, expected: object, found: object) -> NoReturn:
    raise PublicationError(
        "publication-check-failed", field=field, value=str(expected), text=str(found)
    )
