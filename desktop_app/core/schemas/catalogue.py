"""The catalogue of national schemas the agent chooses from, available offline.

DataMairie ships a snapshot of schema.data.gouv.fr's catalogue; a refresh downloads newer
files into the agent's cache folder. The catalogue reads the newer of the two, and each
schema from the cache when it was downloaded, else from the snapshot.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from desktop_app.core.errors import SchemaError
from desktop_app.core.schemas.listing import (
    find_entry,
    is_catalogue_document,
    read_entries,
    same_version,
)
from desktop_app.core.schemas.model import CatalogueEntry, TableSchema
from desktop_app.core.schemas.parse import is_table_schema_document, parse_table_schema
from desktop_app.core.schemas.search import fold, rank
from desktop_app.core.schemas.store import (
    CATALOGUE_FILE,
    SCHEMAS_DIR,
    read_json,
    read_snapshot_date,
    read_validators,
)

log = logging.getLogger(__name__)

SUGGESTIONS = 5


@dataclass(frozen=True)
class CatalogueFreshness:
    """How recent the list of schemas is, to tell the agent ("liste du 22 août 2026").

    ``origin`` says whether the list is the one shipped with DataMairie ("snapshot") or a
    download ("cache"); ``published`` is the day schema.data.gouv.fr published it;
    ``downloaded`` and ``checked`` (core's clock: local time with its offset) are when a
    refresh fetched it and last confirmed it.
    """

    origin: Literal["snapshot", "cache"]
    published: dt.date | None
    downloaded: dt.datetime | None = None
    checked: dt.datetime | None = None

    def as_dict(self) -> dict[str, str | None]:
        """The freshness as JSON-ready values (ISO 8601 dates)."""
        return {
            "origin": self.origin,
            "published": self.published.isoformat() if self.published else None,
            "downloaded": self.downloaded.isoformat() if self.downloaded else None,
            "checked": self.checked.isoformat() if self.checked else None,
        }


class _Listing:
    """The list chosen (the agent's download or the bundled one), its entries read when needed."""

    def __init__(self, document: Mapping[str, Any], freshness: CatalogueFreshness) -> None:
        self.document = document
        self.freshness = freshness

    @cached_property
    def entries(self) -> tuple[CatalogueEntry, ...]:
        return _ordered(read_entries(self.document))


class SchemaCatalogue:
    """The national schemas: list them, search them, and read one as a TableSchema.

    Built by the caller from two folders: the snapshot bundled in the resources, and
    optionally the agent's cache of downloads (see ``refresh_catalogue``). Nothing is read
    until first asked; each schema is parsed once per catalogue. The folders are read once:
    after a refresh, build a new catalogue to see what it brought.
    """

    def __init__(self, snapshot_dir: Path, cache_dir: Path | None = None) -> None:
        self._snapshot_dir = snapshot_dir
        self._cache_dir = cache_dir
        self._schemas: dict[tuple[str, str], TableSchema] = {}

    def entries(self) -> list[CatalogueEntry]:
        """Every schema of the catalogue: SCDL first, the others by producer, then title.

        Raises:
            SchemaError: ``schema-catalogue-unreadable`` if no catalogue can be read.
        """
        return list(self._listing.entries)

    def table_schema_entries(self) -> list[CatalogueEntry]:
        """The schemas DataMairie can map a table to (Table Schemas), in the same order."""
        return [entry for entry in self._listing.entries if entry.is_table_schema]

    def search(self, text: str, *, table_schemas_only: bool = False) -> list[CatalogueEntry]:
        """The schemas matching every word of ``text`` in their name, title or description.

        Accents and case are ignored and a word matches its beginning; best matches first.
        """
        candidates = self.table_schema_entries() if table_schemas_only else self.entries()
        return rank(candidates, text)

    def entry(self, name: str) -> CatalogueEntry:
        """The catalogue's entry called ``name`` ("scdl/deliberations").

        Raises:
            SchemaError: ``schema-not-found``, with close names to suggest.
        """
        found = find_entry(self._listing.document, name)
        if found is not None:
            return found
        raise SchemaError("schema-not-found", name=name, names=self._close_names(name))

    def get(self, reference: str) -> TableSchema:
        """The schema for "scdl/deliberations" (latest version) or "scdl/deliberations@2.1.5".

        Raises:
            SchemaError: ``schema-not-found``, ``schema-version-not-found``,
                ``schema-not-tabular``, ``schema-version-not-downloaded`` or
                ``schema-damaged``.
        """
        entry, version = self._resolve(reference)
        cached = self._schemas.get((entry.name, version))
        if cached is not None:
            return cached
        damaged = False
        for path in self._candidate_files(entry, version):
            descriptor = read_json(path)
            if is_table_schema_document(descriptor):
                schema = parse_table_schema(descriptor, name=entry.name, version=version)
                self._schemas[(entry.name, version)] = schema
                return schema
            log.warning("schema file %s is not a readable Table Schema", path)
            damaged = True
        if damaged:
            raise SchemaError("schema-damaged", name=entry.name, version=version)
        log.info("%s@%s has no file on this computer", entry.name, version)
        raise SchemaError("schema-version-not-downloaded", name=entry.name, version=version)

    def schema_file(self, reference: str) -> Path | None:
        """The file a schema is read from, for tools that want the published file itself."""
        entry, version = self._resolve(reference)
        return next(iter(self._candidate_files(entry, version)), None)

    def freshness(self) -> CatalogueFreshness:
        """When the list was published and downloaded, and whether it is the bundled one."""
        return self._listing.freshness

    def _resolve(self, reference: str) -> tuple[CatalogueEntry, str]:
        name, _, wanted = reference.strip().partition("@")
        entry = self.entry(name.strip())
        if not entry.is_table_schema:
            raise SchemaError("schema-not-tabular", name=entry.name, type=entry.schema_type)
        if not wanted.strip():
            return entry, entry.latest
        for version in entry.versions:
            if same_version(version, wanted):
                return entry, version
        raise SchemaError(
            "schema-version-not-found",
            name=entry.name,
            version=wanted.strip(),
            versions=list(entry.versions),
        )

    def _candidate_files(self, entry: CatalogueEntry, version: str) -> list[Path]:
        relative = entry.schema_files.get(version)
        if not relative:
            return []
        folders = [self._cache_dir, self._snapshot_dir]
        paths = [folder / SCHEMAS_DIR / relative for folder in folders if folder is not None]
        return [path for path in paths if path.is_file()]

    def _close_names(self, name: str) -> list[str]:
        # Imported only to suggest names after a mistake: not on every command's start-up.
        import difflib

        entries = self._listing.entries
        by_fold = {fold(entry.name): entry.name for entry in entries}
        by_short = {fold(entry.name.split("/", 1)[-1]): entry.name for entry in entries}
        wanted = fold(name)
        close = [by_fold[hit] for hit in difflib.get_close_matches(wanted, by_fold, cutoff=0.8)]
        close += [by_short[hit] for hit in difflib.get_close_matches(wanted, by_short, cutoff=0.7)]
        close += [entry.name for entry in rank(entries, name.replace("/", " "))[:SUGGESTIONS]]
        if not close:
            # Nothing resembles the name: suggest the schemas communes use most.
            close = [entry.name for entry in entries if entry.scdl and entry.is_table_schema]
        return list(dict.fromkeys(close))[:SUGGESTIONS]

    @cached_property
    def _listing(self) -> _Listing:
        snapshot_path = self._snapshot_dir / CATALOGUE_FILE
        snapshot = read_json(snapshot_path)
        snapshot_date = read_snapshot_date(self._snapshot_dir)
        cached = self._cached_listing(snapshot_date if is_catalogue_document(snapshot) else None)
        if cached is not None:
            return cached
        if not is_catalogue_document(snapshot):
            log.error("no readable schema catalogue in %s", self._snapshot_dir)
            raise SchemaError("schema-catalogue-unreadable", file=str(snapshot_path))
        freshness = CatalogueFreshness(origin="snapshot", published=snapshot_date)
        return _Listing(snapshot, freshness)

    def _cached_listing(self, snapshot_date: dt.date | None) -> _Listing | None:
        if self._cache_dir is None:
            return None
        path = self._cache_dir / CATALOGUE_FILE
        document = read_json(path)
        validators = read_validators(path)
        if not is_catalogue_document(document) or validators is None:
            return None
        published = validators.published
        day = (published or validators.downloaded).date()
        if snapshot_date is not None and day < snapshot_date:
            log.info("cached catalogue of %s is older than the bundled one; ignored", day)
            return None
        freshness = CatalogueFreshness(
            origin="cache",
            published=published.date() if published else None,
            downloaded=validators.downloaded,
            checked=validators.checked,
        )
        return _Listing(_as_mapping(document), freshness)


def _ordered(entries: tuple[CatalogueEntry, ...]) -> tuple[CatalogueEntry, ...]:
    def key(entry: CatalogueEntry) -> tuple[int, str, str]:
        group = 0 if entry.producer == "scdl" else 1 if entry.scdl else 2
        return group, fold(entry.producer), fold(entry.title)

    return tuple(sorted(entries, key=key))


def _as_mapping(document: Any) -> Mapping[str, Any]:
    return document if isinstance(document, Mapping) else {}
