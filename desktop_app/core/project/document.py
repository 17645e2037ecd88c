"""The project as a versioned JSON document (``project.json`` inside the project file).

The document names its format and version. An older version is upgraded step by step when
read (``MIGRATIONS``: version N → N+1); a newer one is refused with a clear code, never
misread. Its shape is described once, in format.py, and checked at every reading: a wrong
type anywhere is a damaged project, never a silently filled-in default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.errors import MappingError
from desktop_app.core.mapping.document import mapping_from_json, mapping_to_json
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.project.format import check_project_document
from desktop_app.core.project.model import (
    ConformityDecision,
    Project,
    ProjectError,
    SourceRecord,
    ValidationSummary,
    WizardPage,
)
from desktop_app.core.publication.state import PublicationState

FORMAT = "datamairie-project"
VERSION = 5

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_1(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 keeps the agent's decision to publish non-conforming data (none before)."""
    return {**document, "conformity": None}


def _from_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 3 may decide to anonymise persons' rows (``anonymise-rows``): nothing to change.

    The version goes up all the same, so that an older DataMairie refuses such a project as
    too new instead of calling it damaged.
    """
    return dict(document)


def _from_3(document: dict[str, Any]) -> dict[str, Any]:
    """Version 4 keeps the parts set aside that the agent took back in (none before)."""
    return {**document, "source": {**document["source"], "include": []}}


def _edits_in_one_shape(document: dict[str, Any]) -> dict[str, Any]:
    """Version 4 → 5: the edits became core/preparation's one shape.

    A version 5 edit may also be a rule filling a whole column (``fix`` with ``fill``) or a
    privacy remedy on some cells (``cells``). Every earlier edit (``cell``, ``fix``) reads
    the same in version 5: nothing to rewrite.
    """
    return document


# From version N (the key) to N + 1. Add one here each time VERSION goes up.
MIGRATIONS: Mapping[int, Migration] = {1: _from_1, 2: _from_2, 3: _from_3, 4: _edits_in_one_shape}


def project_to_json(project: Project) -> dict[str, Any]:
    """The JSON document of a project."""
    source = project.source
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": project.created_at,
        "updated_at": project.updated_at,
        "page": project.page.value,
        "to_publish": project.to_publish,
        "source": {
            "name": source.name,
            "size": source.size,
            "sha256": source.sha256,
            "original_path": source.original_path,
            "relative_path": source.relative_path,
            "sheet": source.sheet,
            "header_row": source.header_row,
            "encoding": source.encoding,
            "separator": source.separator,
            "include": [[first, last] for first, last in source.include],
        },
        "schema": None
        if project.schema_name is None
        else {"name": project.schema_name, "version": project.schema_version},
        "mapping": None if project.mapping is None else mapping_to_json(project.mapping),
        "edits": project.edits.to_json(),
        "validation": None if project.validation is None else project.validation.to_json(),
        "conformity": None if project.conformity is None else project.conformity.to_json(),
        "privacy": {
            "findings": [dict(finding) for finding in project.privacy_findings],
            "decisions": [decision.to_json() for decision in project.privacy_decisions],
        },
        "commune": project.commune.to_json(),
        "metadata": project.metadata.to_json(),
        "publication": project.publication.to_json(),
    }


def upgraded(document: Any, migrations: Mapping[int, Migration] = MIGRATIONS) -> dict[str, Any]:
    """The document brought up to the current version.

    Raises:
        ProjectError: not a DataMairie project (``project-not-recognised``), or written by a
            newer DataMairie (``project-too-new``).
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ProjectError("project-not-recognised")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise ProjectError("project-not-recognised")
    if version > VERSION:
        raise ProjectError("project-too-new", version=version)
    current: dict[str, Any] = document
    while version < VERSION:
        current = migrations[version](current)
        version += 1
        current["version"] = version
    return current


def project_from_json(document: Any) -> Project:
    """Read a project document, upgrading older versions.

    Raises:
        ProjectError: the document is not a project, is too new, or is damaged
            (``project-damaged``, with ``part`` naming where).
    """
    current = upgraded(document)
    check_project_document(current)
    try:
        return _read(current)
    except (KeyError, ValueError, TypeError, AttributeError, MappingError):
        # What the shape cannot say: a date that is no date, an undo position past the end.
        raise ProjectError("project-damaged", part="project.json") from None


def _read(document: dict[str, Any]) -> Project:
    """The project from a document whose shape was checked: every key is there, well typed."""
    source = document["source"]
    schema = document["schema"]
    mapping = document["mapping"]
    validation = document["validation"]
    conformity = document["conformity"]
    privacy = document["privacy"]
    return Project(
        source=SourceRecord(
            name=source["name"],
            size=int(source["size"]),  # JSON Schema counts 12.0 as an integer
            sha256=source["sha256"],
            original_path=source["original_path"],
            relative_path=source["relative_path"],
            sheet=source["sheet"],
            header_row=None if source["header_row"] is None else int(source["header_row"]),
            encoding=source["encoding"],
            separator=source["separator"],
            include=tuple((int(first), int(last)) for first, last in source["include"]),
        ),
        schema_name=None if schema is None else schema["name"],
        schema_version=None if schema is None else schema["version"],
        mapping=None if mapping is None else mapping_from_json(mapping),
        edits=EditHistory.from_json(document["edits"]),
        validation=None if validation is None else ValidationSummary.from_json(validation),
        conformity=None if conformity is None else ConformityDecision.from_json(conformity),
        privacy_findings=tuple(dict(item) for item in privacy["findings"]),
        privacy_decisions=tuple(PrivacyDecision.from_json(item) for item in privacy["decisions"]),
        commune=CommuneSettings.from_json(document["commune"]),
        metadata=DatasetMetadata.from_json(document["metadata"]),
        publication=PublicationState.from_json(document["publication"]),
        page=WizardPage(document["page"]),
        to_publish=document["to_publish"],
        created_at=document["created_at"],
        updated_at=document["updated_at"],
    )
