"""The desk as the agent reads it: datasets late first, obligations with their status.

Built from the last snapshot (fresh or cached), the bundled obligations and the commune's
population; computed again at each display, since lateness depends on today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.core.desk.datasets import PublishedDataset, parse_moment
from desktop_app.core.desk.obligations import Obligation, ObligationStatus, obligation_status
from desktop_app.core.desk.snapshot import DeskSnapshot


@dataclass(frozen=True)
class ObligationLine:
    """One obligation with where the commune stands, and the dataset that meets it if any."""

    obligation: Obligation
    status: ObligationStatus
    dataset: PublishedDataset | None
    due: date | None
    applies: bool | None


@dataclass(frozen=True)
class Desk:
    """Everything the desk shows, for one platform at one moment."""

    now: datetime
    snapshot: DeskSnapshot | None
    datasets: tuple[PublishedDataset, ...]
    obligations: tuple[ObligationLine, ...]

    def late_datasets(self) -> tuple[PublishedDataset, ...]:
        """The datasets late for their frequency: one reminder each."""
        return tuple(dataset for dataset in self.datasets if dataset.late(self.now))

    def to_json(self, lang: str) -> dict[str, Any]:
        """The JSON contract of ``datamairie desk --json`` (docs/cli.md)."""
        return {
            "platform": None if self.snapshot is None else self.snapshot.platform,
            "refreshed_at": None if self.snapshot is None else self.snapshot.refreshed_at,
            "datasets": [dataset.to_json(self.now) for dataset in self.datasets],
            "obligations": [
                {
                    "id": line.obligation.id,
                    "title": line.obligation.title.get(lang) or line.obligation.title["fr"],
                    "schema": line.obligation.schema,
                    "status": line.status.value,
                    "due": None if line.due is None else line.due.isoformat(),
                    "required": line.obligation.required,
                    "applies": line.applies,
                    "reference": line.obligation.reference,
                    "dataset": None if line.dataset is None else line.dataset.id,
                }
                for line in self.obligations
            ],
        }


def build_desk(
    snapshot: DeskSnapshot | None,
    obligations: tuple[Obligation, ...],
    population: int | None,
    now: datetime,
) -> Desk:
    """The desk for a snapshot (None: never refreshed), late datasets first."""
    datasets = () if snapshot is None else snapshot.datasets
    ordered = tuple(sorted(datasets, key=lambda d: (not d.late(now), d.title.casefold())))
    today = now.date()
    lines = []
    for obligation in obligations:
        matching = [d for d in ordered if obligation.schema and d.schema == obligation.schema]
        status = obligation_status(
            obligation,
            ((d.late(now), parse_moment(d.dataset_update)) for d in matching),
            population,
            today,
        )
        lines.append(
            ObligationLine(
                obligation,
                status,
                matching[0] if matching else None,
                obligation.next_due(today),
                obligation.applies_to(population),
            )
        )
    order = {
        ObligationStatus.LATE: 0,
        ObligationStatus.NEVER: 1,
        ObligationStatus.PUBLISHED: 2,
        ObligationStatus.NOT_APPLICABLE: 3,
    }
    lines.sort(key=lambda line: (order[line.status], not line.obligation.required))
    return Desk(now, snapshot, ordered, tuple(lines))
