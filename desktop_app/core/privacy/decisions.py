"""What the agent decided about each personal-data finding, kept in the project.

A decision says what is done with a finding (the remedy), why, who decided and when, so that
the project can show it later and the next month's file can get the same treatment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Remedy(StrEnum):
    """What is done with a finding in the prepared copy (the source file is never touched)."""

    REMOVE_COLUMN = "remove-column"
    EMPTY_COLUMN = "empty-column"
    KEEP_YEAR = "keep-year"
    REDACT_TEXT = "redact-text"
    REMOVE_ROWS = "remove-rows"
    ANONYMISE_ROWS = "anonymise-rows"
    GROUP_RARE = "group-rare"
    KEEP = "keep"


@dataclass(frozen=True)
class PrivacyDecision:
    """The agent's choice for one finding: a column, or the flagged cells of a column.

    ``finding`` is the finding's stable key (column name and category, see core/privacy);
    ``justification`` is required when the remedy is KEEP; ``options`` holds a remedy's
    settings (e.g. ``{"threshold": 3}`` for GROUP_RARE).
    """

    finding: str
    column: str
    category: str
    remedy: Remedy
    justification: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The decision as stored in the project file."""
        return {
            "finding": self.finding,
            "column": self.column,
            "category": self.category,
            "remedy": self.remedy.value,
            "justification": self.justification,
            "decided_by": self.decided_by,
            "decided_at": None if self.decided_at is None else self.decided_at.isoformat(),
            "options": dict(self.options),
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> PrivacyDecision:
        """Read a decision stored by ``to_json``.

        Raises:
            KeyError, ValueError, TypeError: the document is damaged (the caller says so).
        """
        moment = document.get("decided_at")
        return cls(
            finding=str(document["finding"]),
            column=str(document["column"]),
            category=str(document["category"]),
            remedy=Remedy(document["remedy"]),
            justification=str(document.get("justification", "")),
            decided_by=str(document.get("decided_by", "")),
            decided_at=None if moment is None else datetime.fromisoformat(moment),
            options=dict(document.get("options", {})),
        )
