"""The Données personnelles step's long work: scan the corrected table, apply the decisions.

Both run on a TaskRunner's thread. The scan reads the table as it will be published (the
prepared copy with the agent's corrections); applying the decisions gives a new copy and
never touches the agent's file nor the prepared table kept in the state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.privacy.decisions import PrivacyDecision
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.privacy.remedies import apply_decisions
from desktop_app.core.privacy.scan import scan_prepared, scan_table
from desktop_app.core.sources import Table
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.workers.quality import edited_copy

Edits = Mapping[tuple[int, str], str]


def scan_for_privacy(
    prepared: PreparedTable | None,
    edits: Edits,
    table: Table | None,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> PrivacyScan:
    """Scan what will be published: the corrected prepared table, or the table without schema."""
    progress(0.0, "privacy-scanning")
    if prepared is not None:
        return scan_prepared(edited_copy(prepared, edits), progress=progress, cancel=cancel)
    if table is None:
        return PrivacyScan((), (), 0, ())
    return scan_table(table, progress=progress, cancel=cancel)


def publishable_copy(
    prepared: PreparedTable,
    edits: Edits,
    scan: PrivacyScan,
    decisions: Sequence[PrivacyDecision],
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> PreparedTable:
    """The table to publish: corrections made, then every privacy decision applied.

    Raises:
        PrivacyError: a finding is undecided or a decision does not fit (see core/privacy).
    """
    progress(0.0, "privacy-applying")
    corrected = edited_copy(prepared, edits)
    cancel.raise_if_cancelled()
    result = apply_decisions(corrected, scan, decisions)
    progress(1.0, "done")
    return result
