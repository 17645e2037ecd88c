"""The Données personnelles step's long work: scan the table as it will be published.

Runs on a TaskRunner's thread. The scan reads the prepared copy with the agent's corrections
(core/preparation), never the agent's file; the decisions are applied by the Preparation
when the file to publish is written.
"""

from __future__ import annotations

from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.preparation.preparation import edited_table
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.privacy.scan import scan_prepared, scan_table
from desktop_app.core.sources import Table
from desktop_app.core.tasks import CancelToken, ProgressFn


def scan_for_privacy(
    prepared: PreparedTable | None,
    edits: EditHistory,
    table: Table | None,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> PrivacyScan:
    """Scan what will be published: the corrected prepared table, or the table without schema."""
    progress(0.0, "privacy-scanning")
    if prepared is not None:
        edited = edited_table(prepared, edits)
        return scan_prepared(edited, progress=progress, cancel=cancel)
    if table is None:
        return PrivacyScan((), (), 0, ())
    return scan_table(table, progress=progress, cancel=cancel)
