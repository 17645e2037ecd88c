"""Plans, files and read-backs shared by the publication tests."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from desktop_app.core.publication import (
    DataGouvClient,
    PublicationPlan,
    PublicationState,
    TemporalCoverage,
)

HEADER = "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_CODE;DELIB_OBJET\n"


def write_csv(
    folder: Path, name: str = "deliberations.csv", rows: int = 3, extra: str = ""
) -> Path:
    path = folder / name
    lines = [
        f"Grenoble;21380185500015;2024-{n:03d};2024-03-{n % 28 + 1:02d};5.1;Objet {n}{extra}\n"
        for n in range(rows)
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def new_plan(csv_path: Path, platform: str, organization: str, **changes: Any) -> PublicationPlan:
    title = f"Délibérations du conseil municipal {uuid.uuid4().hex[:8]}"
    plan = PublicationPlan(
        csv_path=csv_path,
        title=title,
        description="Les délibérations adoptées par le conseil municipal de Grenoble, "
        "publiées au format du schéma national SCDL des délibérations.",
        licence="lov2",
        frequency="monthly",
        tags=("délibérations", "Conseil Municipal", "scdl"),
        temporal_coverage=TemporalCoverage("2024-01-01", "2024-12-31"),
        spatial_zones=("fr:commune:38185",),
        spatial_granularity="fr:commune",
        schema_name="scdl/deliberations",
        schema_version="2.1.5",
        resource_title="Délibérations 2024",
        resource_description="Fichier conforme au schéma SCDL Délibérations.",
        organization=organization,
        platform=platform,
    )
    return PublicationPlan(**{**plan.__dict__, **changes})


class Recorder:
    """Keeps every state recorded, as the project file would."""

    def __init__(self, state: PublicationState | None = None) -> None:
        self.states: list[PublicationState] = [state or PublicationState()]

    def __call__(self, state: PublicationState) -> None:
        self.states.append(state)

    @property
    def last(self) -> PublicationState:
        return self.states[-1]


def datasets_titled(client: DataGouvClient, organization: str, title: str) -> list[dict[str, Any]]:
    """Every dataset of the organisation with this title, private and deleted ones included."""
    return [d for d in client.datasets(organization=organization) if d.get("title") == title]
