"""The desk's pictures for the guide: late datasets, offline with an old state, no key yet.

A made-up commune's datasets, dated from today, drawn by the real DeskPanel; used by
``datamairie screenshots`` beside the wizard's pages.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from desktop_app.core import clock
from desktop_app.core.desk.datasets import dataset_from_api
from desktop_app.core.desk.obligations import load_obligations
from desktop_app.core.desk.quality import CRITERIA
from desktop_app.core.desk.snapshot import DeskSnapshot
from desktop_app.core.desk.view import build_desk
from desktop_app.paths import resources_dir
from desktop_app.ui.texts import Texts
from desktop_app.ui.widgets.desk_panel import DeskPanel

SIZE = (1100, 560)
SITE = "https://demo.data.gouv.fr/datasets"


def _dataset(
    key: str, title: str, schema: str, frequency: str, age_days: int, points: int, views: int
) -> dict[str, Any]:
    moment = (clock.now() - timedelta(days=age_days)).isoformat(timespec="seconds")
    return {
        "id": key,
        "title": title,
        "page": f"{SITE}/{key}/",
        "frequency": frequency,
        "last_update": moment,
        "resources": [
            {
                "id": f"{key}-csv",
                "type": "main",
                "filetype": "file",
                "format": "csv",
                "last_modified": moment,
                "schema": {"name": schema},
            }
        ],
        "quality": {name: index < points for index, name in enumerate(CRITERIA)},
        "metrics": {"views": views, "resources_downloads": views // 4, "reuses": views // 200},
    }


def sample_snapshot(refreshed_days_ago: int = 0) -> DeskSnapshot:
    """Four datasets of a small commune: two of them late."""
    refreshed = clock.now() - timedelta(days=refreshed_days_ago)
    items = (
        _dataset(
            "deliberations",
            "Délibérations du conseil municipal",
            "scdl/deliberations",
            "monthly",
            95,
            7,
            412,
        ),
        _dataset(
            "subventions", "Subventions aux associations", "scdl/subventions", "annual", 60, 9, 230
        ),
        _dataset("budget", "Budget primitif", "scdl/budget", "annual", 420, 6, 88),
        _dataset("equipements", "Équipements publics", "scdl/equipements", "punctual", 700, 8, 51),
    )
    return DeskSnapshot(
        "demo",
        ("commune",),
        refreshed.isoformat(timespec="seconds"),
        tuple(dataset_from_api(item) for item in items),
    )


def save_desk_pictures(directory: Path, texts: Texts) -> list[Path]:
    """Draw the desk in its three telling states; returns the files written."""
    obligations = load_obligations(resources_dir())
    now = clock.now()
    states = (
        ("desk-late", sample_snapshot(), None, 4200),
        ("desk-offline", sample_snapshot(refreshed_days_ago=23), "desk-offline", 4200),
        ("desk-no-key", None, "desk-key-missing", None),
    )
    written = []
    for name, snapshot, problem, population in states:
        panel = DeskPanel(texts)
        panel.resize(*SIZE)
        panel.show_desk(build_desk(snapshot, obligations, population, now), problem)
        panel.show_population(population)
        path = directory / f"{name}.png"
        panel.grab().save(str(path))
        panel.deleteLater()
        written.append(path)
    return written
