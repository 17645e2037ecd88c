"""The honest gate: data that breaks its schema is published only when the agent said so.

With problems left, the agent either goes back to fix them or goes on knowing the file is
not conforming (data.gouv.fr will not show the schema's badge). That decision is kept with
the number of problems and the fingerprint of the data it was taken on (the SHA-256 of the
checked table, corrections included, in its publishable form): it holds for that data only,
so next month's file, another correction or new problems ask again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.project.model import ConformityDecision, ProjectError
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.engine import TableCheck, validate_csv
from desktop_app.core.validation.groups import problem_rows

_PIECE = 1 << 20


@dataclass(frozen=True, eq=False)
class Conformity:
    """What the check of the data to publish says, and the decision that lets it go."""

    check: TableCheck
    fingerprint: str
    decision: ConformityDecision | None = None

    @property
    def conforming(self) -> bool:
        """Whether the data has no problem at all."""
        return self.check.valid

    @property
    def problem_rows(self) -> int:
        """How many data rows have at least one problem."""
        return len(problem_rows(self.check))


def data_fingerprint(path: Path) -> str:
    """The SHA-256 of a file's bytes, read by pieces."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while piece := stream.read(_PIECE):
            digest.update(piece)
    return digest.hexdigest()


def decision_for(check: TableCheck, fingerprint: str, *, now: str) -> ConformityDecision:
    """The decision to publish this data with the problems its check found."""
    return ConformityDecision(check.error_count, len(problem_rows(check)), fingerprint, now)


def gate(
    published: Path,
    checked: Path,
    schema: TableSchema,
    decision: ConformityDecision | None,
    *,
    accept_problems: bool,
    now: str,
) -> Conformity:
    """Check the file to publish; let it through only if it conforms or the agent accepted.

    Args:
        published: the CSV that will be sent.
        checked: the corrected table before personal data is removed, whose fingerprint
            the decision names (what the agent saw on the Qualité page).
        schema: the schema the data claims.
        decision: the decision kept in the project, if any.
        accept_problems: the agent accepts the problems now (``--accept-problems``).
        now: the moment, for a new decision.

    Raises:
        ProjectError: ``project-not-conforming`` (with ``count`` and ``rows``) when the data
            has problems no decision covers.
    """
    check = validate_csv(published, schema)
    fingerprint = data_fingerprint(checked)
    if check.valid:
        return Conformity(check, fingerprint)
    if decision is not None and decision.holds_for(fingerprint, check.error_count):
        return Conformity(check, fingerprint, decision)
    if accept_problems:
        return Conformity(check, fingerprint, decision_for(check, fingerprint, now=now))
    raise ProjectError(
        "project-not-conforming",
        count=check.error_count,
        rows=len(problem_rows(check)),
        total=check.rows,
    )
