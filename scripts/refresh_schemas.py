"""Renew the schema catalogue bundled in resources/schemas from schema.data.gouv.fr.

For maintainers, online, before a release:

    .venv/bin/python scripts/refresh_schemas.py            # from schema.data.gouv.fr
    .venv/bin/python scripts/refresh_schemas.py --base-url http://127.0.0.1:8000

Everything is downloaded and checked before anything is written; then the script says what
changed, so the change can be reviewed (git diff resources/schemas) and committed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.schemas.download import DownloadFailedError
from desktop_app.core.schemas.refresh import DEFAULT_BASE_URL
from desktop_app.core.schemas.snapshot import SnapshotChanges, refresh_snapshot

DESTINATION = Path(__file__).resolve().parent.parent / "resources" / "schemas"


def main(argv: Sequence[str] | None = None) -> int:
    """Renew the snapshot; 0 when done, 1 when a download failed (nothing was written)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--base-url", default=DEFAULT_BASE_URL, help="site à interroger")
    parser.add_argument("--dest", type=Path, default=DESTINATION, help="dossier du catalogue")
    parser.add_argument("--timeout", type=float, default=30.0, help="attente maximale (s)")
    arguments = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        changes = refresh_snapshot(
            arguments.dest, base_url=arguments.base_url, timeout=arguments.timeout
        )
    except DownloadFailedError as failure:
        status = f" (HTTP {failure.status})" if failure.status else ""
        sys.stderr.write(f"Échec : {failure.code}{status}. Rien n'a été modifié.\n")
        return 1
    sys.stdout.write(report(changes))
    return 0


def report(changes: SnapshotChanges) -> str:
    """What changed in the snapshot, one line per file, for the maintainer to review."""
    lines = [
        f"Catalogue publié le {changes.published.isoformat()} : "
        + ("modifié" if changes.catalogue_changed else "inchangé")
    ]
    lines += [f"+ ajouté   {relative}" for relative in changes.added]
    lines += [f"~ modifié  {relative}" for relative in changes.updated]
    lines += [f"- retiré   {relative}" for relative in changes.removed]
    lines.append(f"= {len(changes.unchanged)} schéma(s) inchangé(s)")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
