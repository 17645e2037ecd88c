"""Renewing the catalogue snapshot bundled with DataMairie (a maintainer's task, online).

The snapshot holds schemas.json and the latest version of every Table Schema it lists, so
that a fresh installation works offline. Everything is downloaded and checked before the
first file is written: a failed run leaves the snapshot as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

import requests

from desktop_app.core import clock
from desktop_app.core.schemas.download import DownloadFailedError, fetch
from desktop_app.core.schemas.listing import is_catalogue_document, read_entries
from desktop_app.core.schemas.parse import is_table_schema_document
from desktop_app.core.schemas.store import (
    CATALOGUE_FILE,
    SCHEMAS_DIR,
    parse_json,
    read_bytes,
    write_atomically,
    write_snapshot_manifest,
)

log = logging.getLogger(__name__)

SOURCE_NOTE = "SOURCE.md"
# The line of SOURCE.md that carries the publication date, kept in step with the manifest.
DATE_LINE = re.compile(r"(?m)^(- Date de publication du catalogue : )\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class SnapshotChanges:
    """What a renewal changed, as paths under schemas/ ("scdl/budget/0.8.3/schema.json")."""

    published: dt.date
    catalogue_changed: bool
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


def refresh_snapshot(
    destination: Path,
    *,
    base_url: str,
    session: requests.Session | None = None,
    timeout: float = 30.0,
) -> SnapshotChanges:
    """Download the catalogue and its latest Table Schemas into ``destination``.

    Raises:
        DownloadFailedError: a file could not be downloaded whole and valid; nothing was
            written.
        OSError: the destination could not be written to.
    """
    http = session or requests.Session()
    base = base_url.rstrip("/")
    try:
        catalogue = fetch(http, f"{base}/{SCHEMAS_DIR}/{CATALOGUE_FILE}", timeout=timeout)
        document = parse_json(catalogue.content)
        if not isinstance(document, dict) or not is_catalogue_document(document):
            raise DownloadFailedError("catalogue-corrupt-download")
        wanted: dict[str, bytes] = {}
        for entry in read_entries(document):
            relative = entry.schema_files.get(entry.latest)
            if not entry.is_table_schema or not relative:
                continue
            schema = fetch(http, f"{base}/{SCHEMAS_DIR}/{relative}", timeout=timeout)
            if not is_table_schema_document(parse_json(schema.content)):
                log.error("%s is not a Table Schema", relative)
                raise DownloadFailedError("catalogue-corrupt-download")
            wanted[relative] = schema.content or b""
    finally:
        if session is None:
            http.close()
    published = _published(catalogue.last_modified)
    changes = _compare(destination, wanted, catalogue.content or b"", published)
    _write(destination, wanted, changes, catalogue.content or b"")
    write_snapshot_manifest(destination, published, f"{base}/{SCHEMAS_DIR}/{CATALOGUE_FILE}")
    _update_source_note(destination / SOURCE_NOTE, published)
    return changes


def _compare(
    destination: Path, wanted: dict[str, bytes], catalogue: bytes, published: dt.date
) -> SnapshotChanges:
    folder = destination / SCHEMAS_DIR
    present = {
        path.relative_to(folder).as_posix(): path for path in folder.rglob("*") if path.is_file()
    }
    added = sorted(set(wanted) - set(present))
    removed = sorted(set(present) - set(wanted))
    kept = sorted(set(wanted) & set(present))
    updated = [relative for relative in kept if present[relative].read_bytes() != wanted[relative]]
    unchanged = [relative for relative in kept if relative not in updated]
    return SnapshotChanges(
        published=published,
        catalogue_changed=read_bytes(destination / CATALOGUE_FILE) != catalogue,
        added=tuple(added),
        updated=tuple(updated),
        removed=tuple(removed),
        unchanged=tuple(unchanged),
    )


def _write(
    destination: Path, wanted: dict[str, bytes], changes: SnapshotChanges, catalogue: bytes
) -> None:
    folder = destination / SCHEMAS_DIR
    for relative in (*changes.added, *changes.updated):
        write_atomically(folder / relative, wanted[relative])
    for relative in changes.removed:
        (folder / relative).unlink()
    # Old versions leave empty folders behind; deepest first so parents empty in turn.
    for directory in sorted(folder.rglob("*"), key=lambda path: -len(path.parts)):
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    # The catalogue comes last: until it is written, the old one still matches old files.
    if changes.catalogue_changed:
        write_atomically(destination / CATALOGUE_FILE, catalogue)


def _update_source_note(path: Path, published: dt.date) -> None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return
    renewed = DATE_LINE.sub(lambda match: match.group(1) + published.isoformat(), text)
    if renewed != text:
        write_atomically(path, renewed.encode("utf-8"))


def _published(last_modified: str | None) -> dt.date:
    if last_modified:
        try:
            return parsedate_to_datetime(last_modified).date()
        except (TypeError, ValueError):
            log.warning("unreadable Last-Modified %r; using today's date", last_modified)
    return clock.now().date()
