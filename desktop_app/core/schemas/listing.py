"""Reading schema.data.gouv.fr's catalogue (schemas.json) into catalogue entries.

The catalogue is read tolerantly: an entry that lacks what DataMairie needs (a name, a
version) is left out and logged, rather than making the whole list unusable.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from desktop_app.core.schemas.model import CatalogueEntry

log = logging.getLogger(__name__)

SCHEMAS_PATH_MARK = "/schemas/"


def is_catalogue_document(document: Any) -> bool:
    """Whether a downloaded JSON document looks like the catalogue and lists usable entries."""
    if not isinstance(document, Mapping):
        return False
    schemas = document.get("schemas")
    # One usable entry is enough to tell: the others are read when listed.
    return isinstance(schemas, list) and any(_entry(raw) is not None for raw in schemas)


def read_entries(document: Mapping[str, Any]) -> tuple[CatalogueEntry, ...]:
    """The catalogue's entries, in the catalogue's order, leaving out malformed ones."""
    raw_entries = document.get("schemas")
    if not isinstance(raw_entries, list):
        return ()
    entries: list[CatalogueEntry] = []
    seen: set[str] = set()
    for raw in raw_entries:
        entry = _entry(raw)
        if entry is None or entry.name in seen:
            continue
        seen.add(entry.name)
        entries.append(entry)
    return tuple(entries)


def find_entry(document: Mapping[str, Any], name: str) -> CatalogueEntry | None:
    """The entry called ``name``, as ``read_entries`` gives it, reading that entry only.

    A command asks for one schema: the catalogue's other entries (hundreds) need not be read.
    """
    raw_entries = document.get("schemas")
    for raw in raw_entries if isinstance(raw_entries, list) else ():
        if isinstance(raw, Mapping) and raw.get("name") == name:
            entry = _entry(raw)
            if entry is not None:
                return entry
    return None


def _entry(raw: Any) -> CatalogueEntry | None:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
        log.warning("catalogue entry without a name left out")
        return None
    name: str = raw["name"]
    versions: dict[str, str] = {}
    for version in raw.get("versions") or ():
        if not isinstance(version, Mapping) or not isinstance(version.get("version_name"), str):
            continue
        versions[version["version_name"]] = schema_file_path(version.get("schema_url"))
    if not versions:
        log.warning("catalogue entry %s has no version; left out", name)
        return None
    ordered = sorted(versions, key=version_key)
    labels = raw.get("labels")
    homepage = raw.get("homepage")
    return CatalogueEntry(
        name=name,
        title=_text(raw.get("title")) or name,
        description=_text(raw.get("description")),
        schema_type=_text(raw.get("schema_type")) or "other",
        versions=tuple(ordered),
        labels=tuple(str(label) for label in labels) if isinstance(labels, list) else (),
        homepage=homepage if isinstance(homepage, str) else None,
        schema_files=MappingProxyType({v: versions[v] for v in ordered if versions[v]}),
    )


def schema_file_path(url: object) -> str:
    """The file's path under the site's schemas/ folder, e.g. "scdl/budget/0.8.3/schema.json".

    The same relative path names the file in the snapshot, in the cache and on any mirror of
    the site, so a refresh can be pointed at another server. "" when the URL has no such part.
    """
    if not isinstance(url, str):
        return ""
    path = urlsplit(url).path
    if SCHEMAS_PATH_MARK not in path:
        return ""
    relative = path.split(SCHEMAS_PATH_MARK, 1)[1].strip("/")
    parts = relative.split("/")
    # Refuse anything that could climb out of the folder it will be written to.
    if not relative or any(part in ("", ".", "..") or "\\" in part for part in parts):
        return ""
    return relative


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting versions in release order: 0.9 < 0.10 < 1.0, "v1.2" like "1.2"."""
    parts = re.split(r"[.\-+]", version.strip().lstrip("vV"))
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts)


def same_version(first: str, second: str) -> bool:
    """Whether two version labels name the same release ("v1.1.6" and "1.1.6" do)."""
    return first.strip().lstrip("vV") == second.strip().lstrip("vV")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
