"""The wizard's task to open a project: its Preparation rebuilt, then checked and scanned.

``opening`` reads the project back and rebuilds its Preparation. The work of the steps the
project had gone past is then done here, in the same task (one progress bar, one
« Annuler »): the Qualité check of the corrected table and the personal-data scan of what
would be published. The wizard's state then holds everything its pages show, and the wizard
goes to the project's step without any page working again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.preparation.preparation import scan_published
from desktop_app.core.preparation.quality import QualityResult, check_quality
from desktop_app.core.privacy.model import PrivacyScan
from desktop_app.core.project.opening import OpenedProject, open_next_update, open_project
from desktop_app.core.project.saving import STEP_OF_PAGE
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.core.tasks import CancelToken, ProgressFn

STEPS = tuple(STEP_OF_PAGE.values())  # the wizard's steps past Accueil, in order
NEXT_UPDATE_STEP = "publication"  # next month's file goes as far as it can
OPENING_SHARE = 0.6  # reading the source takes most of an opening; the check and scan the rest
CHECK_SHARE = 0.25


@dataclass(frozen=True, eq=False)
class RestoredProject:
    """An opened project and the work of the steps it had gone past, to show as it was.

    ``target`` is the step the wizard goes to; ``quality`` the Qualité check of the
    corrected table (None when the project had not reached Qualité, or has no schema);
    ``scan`` the personal-data scan of what would be published (None before that step).
    """

    opened: OpenedProject
    target: str
    quality: QualityResult | None = None
    scan: PrivacyScan | None = None


def restore_project(
    path: Path,
    catalogue: SchemaCatalogue,
    copies: Path,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> RestoredProject:
    """Open a project and redo, once, the checks of the steps it reached.

    Raises:
        ProjectError: the project cannot be read.
        AppError: its source, schema or mapping cannot be used any more.
    """
    opened = open_project(
        path,
        catalogue,
        copies,
        progress=lambda fraction, step: progress(fraction * OPENING_SHARE, step),
        cancel=cancel,
    )
    return _restored(opened, opened.step, progress, cancel)


def restore_next_update(
    path: Path,
    new_source: Path,
    catalogue: SchemaCatalogue,
    *,
    now: str,
    progress: ProgressFn,
    cancel: CancelToken,
) -> RestoredProject:
    """« Préparer la prochaine mise à jour »: the project on next month's file, checked.

    Raises:
        ProjectError: the project cannot be read.
        AppError: the new file cannot be read, or the schema is no longer available.
    """
    opened = open_next_update(
        path,
        new_source,
        catalogue,
        now=now,
        progress=lambda fraction, step: progress(fraction * OPENING_SHARE, step),
        cancel=cancel,
    )
    # A part taken back last month that meets nothing this month: the sheet's layout changed,
    # so what is set aside now is shown on Fichier before anything goes further.
    target = "file" if opened.ignored_include else NEXT_UPDATE_STEP
    return _restored(opened, target, progress, cancel)


def _restored(
    opened: OpenedProject, target: str, progress: ProgressFn, cancel: CancelToken
) -> RestoredProject:
    """Check and scan the preparation when the wizard goes past those steps."""
    preparation = opened.preparation
    reach = STEPS.index(target)
    quality = None
    if preparation.prepared is not None and reach >= STEPS.index("quality"):
        quality = check_quality(
            preparation.prepared,
            preparation.edits,
            opened.project.commune,
            progress=lambda fraction, step: progress(OPENING_SHARE + fraction * CHECK_SHARE, step),
            cancel=cancel,
        )
    scan = None
    schema_chosen = opened.schema is not None or opened.project.schema_name is None
    if reach >= STEPS.index("privacy") and schema_chosen:
        start = OPENING_SHARE + CHECK_SHARE
        progress(start, "privacy-scanning")
        scan = scan_published(
            preparation.edited,
            preparation.table,
            progress=lambda fraction, step: progress(start + fraction * (1 - start), step),
            cancel=cancel,
        )
    progress(1.0, "done")
    return RestoredProject(opened, target, quality, scan)
