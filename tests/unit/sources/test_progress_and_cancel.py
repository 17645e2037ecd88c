"""Large files report their progress and stop at once when the agent cancels."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import CancelledError
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import CancelToken


@pytest.fixture(scope="module")
def large_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "grand.csv"
    line = "2024-{0};15/03/2024;Subvention n°{0} à l'association;1 234,50;Oui\r\n"
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("Numéro;Date;Objet;Montant;Payé\r\n")
        handle.writelines(line.format(i) for i in range(200_000))
    return path


def test_progress_rises_to_the_end(large_csv: Path) -> None:
    seen: list[float] = []

    table = read_table(large_csv, progress=lambda fraction, _step: seen.append(fraction))

    assert table.row_count == 200_000
    assert len(seen) > 10
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


def test_cancel_stops_the_reading_midway(large_csv: Path) -> None:
    token = CancelToken()
    seen: list[float] = []

    def cancel_at_a_third(fraction: float, _step: str) -> None:
        seen.append(fraction)
        if fraction > 0.3:
            token.cancel()

    with pytest.raises(CancelledError):
        read_table(large_csv, progress=cancel_at_a_third, cancel=token)
    assert max(seen) < 0.6
