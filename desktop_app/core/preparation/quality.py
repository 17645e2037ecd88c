"""The Qualité step's work: check the prepared table as it will be published, corrections in.

The edited table is written to a temporary UTF-8 CSV and validated; the findings are then
indexed by cell (core/validation/problems) so the page can highlight them at once, and each
group's remedies are worked out here, off the window's thread.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.mapping.prepare import PreparedTable, write_publishable_csv
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.preparation.preparation import edited_table
from desktop_app.core.project.conformity import data_fingerprint
from desktop_app.core.tasks import CancelToken, ProgressFn, let_window_run
from desktop_app.core.validation.engine import validate_csv
from desktop_app.core.validation.fixes import FixProposal, propose_fixes
from desktop_app.core.validation.groups import ProblemGroup, conforming_share, group_problems
from desktop_app.core.validation.problems import ProblemIndex, index_problems
from desktop_app.core.validation.remedies import (
    Remedy,
    automatic_remedies,
    percent_fields,
    remedies_for,
)


@dataclass(frozen=True, eq=False)
class QualityResult:
    """A check of the prepared table: the problems, indexed and grouped, and the sure fixes.

    ``checked`` is the table checked (the prepared table with the corrections in force): the
    problems' rows are its rows, and the export and a late group's remedies read it rather
    than copy the table again on the window's thread. ``fingerprint`` is its SHA-256, which a
    decision to go on despite problems names; ``share`` the part of its rows that conform.
    """

    index: ProblemIndex
    fixes: tuple[FixProposal, ...]
    checked: PreparedTable
    groups: tuple[ProblemGroup, ...] = ()
    fingerprint: str = ""
    share: float = 1.0
    automatic: tuple[Remedy, ...] = ()
    fixable: int = 0
    remedies: tuple[tuple[RemedyOffer, ...], ...] = ()


@dataclass(frozen=True, eq=False)
class RemedyOffer:
    """A remedy for a group, with how many cells it changes and a few real changes."""

    remedy: Remedy
    cells: int
    examples: tuple[tuple[str, str], ...]


# Groups past this many get their remedies when the agent picks them.
OFFERED_GROUPS = 40


def check_quality(
    prepared: PreparedTable,
    edits: EditHistory,
    commune: CommuneIdentity | None = None,
    *,
    progress: ProgressFn,
    cancel: CancelToken,
) -> QualityResult:
    """Validate the prepared table as it will be published, corrections included."""
    progress(0.0, "validating")
    shaped = edited_table(prepared, edits)
    with tempfile.TemporaryDirectory(prefix="datamairie-") as folder:
        path = Path(folder) / "qualite.csv"
        write_publishable_csv(shaped, path)
        cancel.raise_if_cancelled()
        check = validate_csv(path, prepared.schema, progress=progress, cancel=cancel)
        fingerprint = data_fingerprint(path)
    index = index_problems(check, prepared.schema)
    cancel.raise_if_cancelled()
    groups = group_problems(check, prepared.schema)
    fixes = tuple(propose_fixes(check, prepared.schema))
    # Worked out here, off the window's thread: on a million rows it takes seconds.
    automatic = automatic_remedies(groups, prepared.schema, percent_fields(prepared.conversions))
    fixable = 0
    for remedy in automatic:
        let_window_run()
        fixable += int(shaped.frame[remedy.field].isin(list(remedy.replacements)).sum())
    share = conforming_share(check)
    offers = tuple(
        offers_for(group, shaped, commune) if number < OFFERED_GROUPS else ()
        for number, group in enumerate(groups)
    )
    return QualityResult(
        index, fixes, shaped, groups, fingerprint, share, tuple(automatic), fixable, offers
    )


def offers_for(
    group: ProblemGroup, shaped: PreparedTable, commune: CommuneIdentity | None
) -> tuple[RemedyOffer, ...]:
    """The remedies of a group, each with its count and examples (the column read once)."""
    if group.field is None or group.field not in shaped.frame.columns:
        return ()
    # The prepared table holds texts already: no conversion of a million cells here, each
    # would keep the interpreter (and the window) waiting.
    let_window_run()
    column = shaped.frame[group.field]
    texts = [str(text) for text in column.tolist()]
    percents = group.field in percent_fields(shaped.conversions)
    found = []
    for remedy in remedies_for(group, shaped.schema, texts, commune, percent_signs=percents):
        let_window_run()
        if remedy.fill is not None:
            cells = int((column != remedy.fill).sum())
        else:
            cells = int(column.isin(list(remedy.replacements)).sum())
        found.append(RemedyOffer(remedy, cells, tuple(remedy.examples(texts))))
    return tuple(found)
