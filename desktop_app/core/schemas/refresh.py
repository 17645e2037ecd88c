"""Bringing the agent's copy of the catalogue up to date from schema.data.gouv.fr, when online.

Every download asks the server "changed since?" (ETag, Last-Modified), so a refresh with
nothing new costs a few small answers. A download that is cut short, corrupt or not what it
should be never replaces a good file: it is checked whole, then written atomically. Network
trouble comes back as codes in the result, never as an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from desktop_app.core import clock
from desktop_app.core.schemas.download import (
    NETWORK_CODES,
    Downloaded,
    DownloadFailedError,
    fetch,
)
from desktop_app.core.schemas.listing import is_catalogue_document, read_entries, same_version
from desktop_app.core.schemas.model import CatalogueEntry
from desktop_app.core.schemas.parse import is_table_schema_document
from desktop_app.core.schemas.store import (
    CATALOGUE_FILE,
    SCHEMAS_DIR,
    HttpValidators,
    forget_validators,
    parse_json,
    read_bytes,
    read_json,
    read_validators,
    write_atomically,
    write_validators,
)
from desktop_app.core.tasks import NO_PROGRESS, CancelToken, ProgressFn

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://schema.data.gouv.fr"
DEFAULT_TIMEOUT = 15.0
CATALOGUE_TARGET = "catalogue"
# After these, trying the next file would only fail the same way (and wait as long).
STOPPING_CODES = NETWORK_CODES | {"catalogue-write-failed"}


@dataclass(frozen=True)
class RefreshFailure:
    """A file the refresh could not bring up to date, and why, as a code (see FAILURE_CODES)."""

    target: str
    code: str
    status: int | None = None

    @property
    def params(self) -> dict[str, object]:
        """The parameters of the code's wording."""
        return {"name": self.target, "status": self.status or 0}


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh did: targets are "catalogue" or "name@version".

    ``updated`` received new content; ``not_modified`` were confirmed current; ``failed``
    kept their previous copy; ``skipped`` were not tried because the network was lost (or
    the cache could not be written) on the way.
    """

    updated: tuple[str, ...] = ()
    not_modified: tuple[str, ...] = ()
    failed: tuple[RefreshFailure, ...] = ()
    skipped: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every file was checked with the server."""
        return not self.failed and not self.skipped


@dataclass
class _Outcome:
    updated: list[str]
    not_modified: list[str]
    failed: list[RefreshFailure]

    def result(self, skipped: Iterable[str] = ()) -> RefreshResult:
        return RefreshResult(
            tuple(self.updated), tuple(self.not_modified), tuple(self.failed), tuple(skipped)
        )


def refresh_catalogue(
    cache_dir: Path,
    *,
    base_url: str = DEFAULT_BASE_URL,
    session: requests.Session | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    names: Iterable[str] | None = None,
    snapshot_dir: Path | None = None,
    progress: ProgressFn = NO_PROGRESS,
    cancel: CancelToken | None = None,
) -> RefreshResult:
    """Download the catalogue and its schemas into the agent's cache, where they changed.

    Args:
        cache_dir: the agent's catalogue cache (read by ``SchemaCatalogue``).
        base_url: the site to ask; tests and mirrors point it elsewhere.
        session: a requests session (proxy, certificates); one is made if not given.
        timeout: seconds to wait for the server to connect or to send each piece.
        names: the schemas to refresh ("scdl/deliberations" for the latest version, or
            "scdl/deliberations@2.1.5"); by default, the latest version of every Table Schema.
        snapshot_dir: the bundled snapshot, used when the cache has no catalogue yet.
        progress: receives the share of files done.
        cancel: stops between two files; files already written stay consistent.

    Raises:
        CancelledError: the agent cancelled.
    """
    token = cancel or CancelToken()
    if isinstance(names, str):
        names = [names]
    own_session = session is None
    http = session or requests.Session()
    base = base_url.rstrip("/")
    outcome = _Outcome([], [], [])
    try:
        progress(0.0, "catalogue")
        catalogue_path = cache_dir / CATALOGUE_FILE
        fallback = snapshot_dir / CATALOGUE_FILE if snapshot_dir else None
        failure = _refresh_file(
            http,
            f"{base}/{SCHEMAS_DIR}/{CATALOGUE_FILE}",
            catalogue_path,
            fallback,
            is_catalogue_document,
            timeout,
            CATALOGUE_TARGET,
            outcome,
        )
        if failure in STOPPING_CODES:
            return outcome.result()
        document = _first_catalogue(catalogue_path, fallback)
        targets = _targets(read_entries(document) if document else (), names, outcome)
        for position, (target, relative) in enumerate(targets):
            token.raise_if_cancelled()
            progress((position + 1) / (len(targets) + 1), "schemas")
            failure = _refresh_file(
                http,
                f"{base}/{SCHEMAS_DIR}/{relative}",
                cache_dir / SCHEMAS_DIR / relative,
                snapshot_dir / SCHEMAS_DIR / relative if snapshot_dir else None,
                is_table_schema_document,
                timeout,
                target,
                outcome,
            )
            if failure in STOPPING_CODES:
                return outcome.result(skipped=[name for name, _ in targets[position + 1 :]])
        progress(1.0, "done")
        return outcome.result()
    finally:
        if own_session:
            http.close()


def _refresh_file(
    http: requests.Session,
    url: str,
    path: Path,
    fallback: Path | None,
    acceptable: Callable[[Any], bool],
    timeout: float,
    target: str,
    outcome: _Outcome,
) -> str | None:
    """Refresh one file; record what happened; return the failure code, if any."""
    previous = read_validators(path) if acceptable(read_json(path)) else None
    try:
        downloaded = fetch(http, url, previous=previous, timeout=timeout)
        if downloaded.content is not None and not acceptable(parse_json(downloaded.content)):
            raise DownloadFailedError("catalogue-corrupt-download")
        changed = _store(path, fallback, downloaded, previous)
    except DownloadFailedError as failure:
        log.warning("refresh of %s failed: %s (%s)", target, failure.code, failure.status)
        outcome.failed.append(RefreshFailure(target, failure.code, failure.status))
        return failure.code
    (outcome.updated if changed else outcome.not_modified).append(target)
    return None


def _store(
    path: Path, fallback: Path | None, downloaded: Downloaded, previous: HttpValidators | None
) -> bool:
    """Keep a download (or the server's confirmation) in the cache; whether content changed."""
    now = clock.now()
    validators = HttpValidators(
        url=downloaded.url,
        etag=downloaded.etag or (previous.etag if previous else None),
        last_modified=downloaded.last_modified or (previous.last_modified if previous else None),
        downloaded=previous.downloaded if previous and downloaded.content is None else now,
        checked=now,
    )
    try:
        if downloaded.content is None:
            write_validators(path, validators)
            return False
        before = read_bytes(path) or (read_bytes(fallback) if fallback else None)
        # The validators go first and come back last: a crash in between leaves a file
        # without validators (downloaded again next time), never validators of another file.
        forget_validators(path)
        write_atomically(path, downloaded.content)
        write_validators(path, validators)
    except OSError as error:
        log.warning("cannot write %s: %s", path, error)
        raise DownloadFailedError("catalogue-write-failed") from error
    return before != downloaded.content


def _targets(
    entries: Iterable[CatalogueEntry], names: Iterable[str] | None, outcome: _Outcome
) -> list[tuple[str, str]]:
    """The (name@version, relative path) of each schema file to refresh."""
    by_name = {entry.name: entry for entry in entries}
    if names is None:
        wanted = [(entry, entry.latest) for entry in by_name.values() if entry.is_table_schema]
    else:
        wanted = []
        for reference in names:
            name, _, version = reference.partition("@")
            entry = by_name.get(name)
            match = None if entry is None else _version(entry, version)
            if entry is None or match is None or not entry.is_table_schema:
                outcome.failed.append(RefreshFailure(reference, "catalogue-schema-unknown"))
                continue
            wanted.append((entry, match))
    targets = []
    for entry, version in wanted:
        relative = entry.schema_files.get(version)
        if relative:
            targets.append((f"{entry.name}@{version}", relative))
    return list(dict.fromkeys(targets))


def _version(entry: CatalogueEntry, wanted: str) -> str | None:
    if not wanted:
        return entry.latest
    return next((version for version in entry.versions if same_version(version, wanted)), None)


def _first_catalogue(*paths: Path | None) -> Mapping[str, Any] | None:
    for path in paths:
        document = read_json(path) if path else None
        if isinstance(document, Mapping) and is_catalogue_document(document):
            return document
    return None
