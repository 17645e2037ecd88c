"""How the catalogue's files sit on disk: the bundled snapshot and the agent's download cache.

Both folders share one layout, the one of schema.data.gouv.fr itself::

    schemas.json                               the catalogue
    schemas/<producer>/<name>/<version>/<file>  one Table Schema per version
    snapshot.json                              (snapshot only) when the catalogue was published
    <file>.http.json                           (cache only) what the server said about <file>
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.files import replaced_atomically

log = logging.getLogger(__name__)

CATALOGUE_FILE = "schemas.json"
SCHEMAS_DIR = "schemas"
SNAPSHOT_MANIFEST = "snapshot.json"
VALIDATORS_SUFFIX = ".http.json"


@dataclass(frozen=True)
class HttpValidators:
    """What the server said about a downloaded file, so the next refresh can ask "changed since?".

    ``downloaded`` is when its content last arrived; ``checked`` when the server last confirmed
    it was still current (a 304 answer). Both come from core's clock (local time, with
    its offset).
    """

    url: str
    etag: str | None
    last_modified: str | None
    downloaded: dt.datetime
    checked: dt.datetime

    @property
    def published(self) -> dt.datetime | None:
        """When the server says the file last changed (its Last-Modified header), if it said."""
        if not self.last_modified:
            return None
        # Imported here: the e-mail package costs every command's start-up, for one date.
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(self.last_modified)
        except (TypeError, ValueError):
            return None


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that readers see either the old content or the new one, never half.

    Raises:
        OSError: the folder cannot be created or written to.
    """
    with replaced_atomically(path, "wb") as stream:
        stream.write(data)


def validators_path(path: Path) -> Path:
    """Where the server's validators of a cached file are kept, beside it."""
    return path.with_name(path.name + VALIDATORS_SUFFIX)


def read_validators(path: Path) -> HttpValidators | None:
    """The validators stored beside a cached file, or None if absent or unreadable."""
    try:
        raw = json.loads(validators_path(path).read_text(encoding="utf-8"))
        return HttpValidators(
            url=str(raw["url"]),
            etag=raw.get("etag"),
            last_modified=raw.get("last_modified"),
            downloaded=dt.datetime.fromisoformat(raw["downloaded"]),
            checked=dt.datetime.fromisoformat(raw.get("checked") or raw["downloaded"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_validators(path: Path, validators: HttpValidators) -> None:
    """Keep the server's validators of a cached file beside it.

    Raises:
        OSError: the cache cannot be written to.
    """
    document = {
        "url": validators.url,
        "etag": validators.etag,
        "last_modified": validators.last_modified,
        "downloaded": validators.downloaded.isoformat(),
        "checked": validators.checked.isoformat(),
    }
    write_atomically(validators_path(path), json.dumps(document, indent=2).encode("utf-8"))


def forget_validators(path: Path) -> None:
    """Drop a file's validators, before its content changes, so they never outlive it."""
    with contextlib.suppress(FileNotFoundError):
        validators_path(path).unlink()


def read_json(path: Path) -> Any:
    """A JSON file's content, or None if it is absent, unreadable or not JSON."""
    try:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def parse_json(content: bytes | None) -> Any:
    """A downloaded JSON document, or None when it is not JSON (a cut or HTML answer)."""
    try:
        return json.loads((content or b"").decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None


def read_bytes(path: Path) -> bytes | None:
    """A file's content, or None when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def read_snapshot_date(directory: Path) -> dt.date | None:
    """The day schema.data.gouv.fr published the catalogue bundled in ``directory``."""
    manifest = read_json(directory / SNAPSHOT_MANIFEST)
    if not isinstance(manifest, dict):
        return None
    try:
        return dt.date.fromisoformat(str(manifest["published"]))
    except (KeyError, ValueError):
        log.warning("snapshot manifest without a valid publication date in %s", directory)
        return None


def write_snapshot_manifest(directory: Path, published: dt.date, source: str) -> None:
    """Record when and where the bundled catalogue was taken from.

    Raises:
        OSError: the folder cannot be written to.
    """
    document = {"published": published.isoformat(), "source": source}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    write_atomically(directory / SNAPSHOT_MANIFEST, text.encode("utf-8"))
