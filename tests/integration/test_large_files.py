"""A 200 MB export is read to the end, in bounded memory, with progress and no hang."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

LINE = (
    "{n};15/03/2024;Subvention de fonctionnement à l'association sportive et culturelle;"
    "1 234,50;Association des amis du patrimoine;12345678901234;Saint-Étienne;42000;Culture;"
    "Payé;REF-{n};Finances;01/01/2024;31/12/2024;12;;Oui\r\n"
)
PROBE = """
import json, resource, sys
from pathlib import Path
from desktop_app.core.sources import read_table
steps = []
table = read_table(Path(sys.argv[1]), progress=lambda fraction, step: steps.append(fraction))
print(json.dumps({
    "rows": table.row_count, "columns": len(table.columns), "reports": len(steps),
    "last": steps[-1], "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "encoding": table.source.encoding, "last_cell": table.cell_text(table.row_count - 1, 0),
}))
"""


HEADER = (
    "Numéro;Date;Objet;Montant;Bénéficiaire;SIRET;Commune;Code postal;Thème;Statut;"
    "Référence;Service;Début;Fin;Quantité;Observations;Validé\r\n"
).encode("cp1252")
BLOCK = "".join(LINE.format(n=n) for n in range(10_000)).encode("cp1252")


@pytest.fixture(scope="module")
def export_200_mb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "grand-livre.csv"
    with path.open("wb") as handle:
        handle.write(HEADER)
        while handle.tell() < 200 * 1024**2:
            handle.write(BLOCK)
    return path


def test_200_mb_csv_is_read_whole_in_bounded_memory(export_200_mb: Path) -> None:
    size_mib = export_200_mb.stat().st_size / 1024**2
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(export_200_mb)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    report = json.loads(result.stdout)

    blocks = (export_200_mb.stat().st_size - len(HEADER)) // len(BLOCK)
    assert report["rows"] == blocks * 10_000
    assert report["columns"] == 17
    assert report["encoding"] == "cp1252"
    assert report["last_cell"] == "9999"
    assert report["reports"] > 100
    assert report["last"] == 1.0
    # The table itself holds every cell as text; reading must not add more than that again.
    assert report["peak_mib"] < 5 * size_mib
