"""Suggest, map and convert a 100,000-row table: how long it takes. Target: under 2 s in all.

Writes (once) a subsidies table shaped like a commune's export (French labels and dates,
amounts as "1 234,50 €", SIRET with spaces, Oui/Non), reads it (not timed), then times the
three steps the wizard runs after reading: which schema (suggest), which column for which
field (map), and every value put in the schema's form (convert). Each step is run five
times; the best and median times are printed.

Run: .venv/bin/python benchmarks/mapping.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.schema_ranking import rank_schemas
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from desktop_app.paths import resources_dir

HEADER = [
    "Bénéficiaire", "SIRET", "Objet de la subvention", "Montant voté", "Date de la décision",
    "Nature de l'aide", "Versement", "Aide notifiée UE", "Observations",
]  # fmt: skip


def write_table(path: Path, rows: int) -> None:
    rng = random.Random(2024)
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write(";".join(HEADER) + "\r\n")
        for number in range(rows):
            siret = f"{rng.randint(0, 10**14 - 1):014d}"
            amount = f"{rng.randint(100, 99_999):,}".replace(",", " ")
            line = [
                f"Association n°{rng.randint(1, 2_000)}",
                f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}",
                f"Subvention de fonctionnement {number}",
                f"{amount},{rng.randint(0, 99):02d} €",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024",
                rng.choice(["Aide en numéraire", "aide en nature"]),
                rng.choice(["unique", "échelonné"]),
                rng.choice(["Oui", "Non"]),
                "",
            ]
            handle.write(";".join(line) + "\r\n")


def timed(step: Callable[[], object], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    path = Path(tempfile.gettempdir()) / "datamairie-bench" / f"subventions-{arguments.rows}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        write_table(path, arguments.rows)
    table = read_table(path)
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    schema = catalogue.get("scdl/subventions")
    mapping = suggest_mapping(table, schema)

    steps = {
        "suggest (60 schémas)": lambda: rank_schemas(table, catalogue),
        "map": lambda: suggest_mapping(table, schema),
        "convert": lambda: prepare_table(table, schema, mapping),
    }
    print(
        f"{table.row_count:,} lignes × {len(table.columns)} colonnes, "
        f"{arguments.repeat} lancements par étape"
    )
    total_best = total_median = 0.0
    for name, step in steps.items():
        best, median = timed(step, arguments.repeat)
        total_best += best
        total_median += median
        print(f"  {name:<22}{best:>7.2f} s (médiane {median:.2f} s)")
    verdict = "atteint" if total_best < 2 else "NON atteint"
    print(
        f"  {'total':<22}{total_best:>7.2f} s (médiane {total_median:.2f} s) — "
        f"objectif < 2 s {verdict}"
    )
    prepared = prepare_table(table, schema, mapping)
    print(
        f"  valeurs mises en forme : {prepared.changed:,} ; non convertibles : "
        f"{prepared.unconverted:,}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
