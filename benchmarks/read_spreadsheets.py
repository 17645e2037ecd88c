"""Reading speed and memory: DataMairie against openpyxl and pandas, side by side.

Writes (once, then reuses) a 100,000-row × 17-column XLSX and a 1,000,000-row × 17-column CSV
shaped like a commune's export (French dates and amounts, Windows-1252, ";"), then reads each
with every tool in a fresh process, five times, and prints the best time, the peak memory
of the process and the ratios against the targets:

- XLSX: DataMairie at least 5 times faster than openpyxl in read-only mode;
- CSV: DataMairie (detection of encoding, separator, header and table end included) within
  1.5 times the time of ``pandas.read_csv`` told the encoding and separator. DataMairie keeps
  every cell's text as written ("007", "1 234,50"), so the figure is also given against
  ``pandas.read_csv(dtype=str, keep_default_na=False)``, which keeps the text too
  ("pandas-text").

Run: .venv/bin/python benchmarks/read_spreadsheets.py [--repeat N] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

XLSX_ROWS = 100_000
CSV_ROWS = 1_000_000
HEADER = [
    "Numéro", "Date", "Objet", "Montant", "Bénéficiaire", "SIRET", "Commune", "Code postal",
    "Catégorie", "Statut", "Référence", "Service", "Début", "Fin", "Quantité", "Observations",
    "Validé",
]  # fmt: skip
CATEGORIES = ["Sport", "Culture", "École", "Social", "Environnement"]

# Each measurement runs in its own interpreter so that peak memory is its own.
PROBE = """
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if kind == "datamairie":
    from pathlib import Path
    from desktop_app.core.sources import read_table
    table = read_table(Path(path))
    rows, columns = table.row_count, len(table.columns)
elif kind == "openpyxl":
    import openpyxl
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    data = [row for row in workbook.worksheets[0].iter_rows(values_only=True)]
    rows, columns = len(data) - 1, len(data[0])
    workbook.close()
elif kind == "pandas":
    import pandas
    frame = pandas.read_csv(path, sep=";", encoding="cp1252")
    rows, columns = frame.shape
elif kind == "pandas-text":
    import pandas
    frame = pandas.read_csv(path, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
    rows, columns = frame.shape
seconds = time.perf_counter() - start
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mib": peak_kib / 1024, "rows": int(rows),
                  "columns": int(columns)}))
"""


@dataclass(frozen=True)
class Measure:
    tool: str
    best_s: float
    median_s: float
    peak_mib: float
    rows: int
    columns: int


def _row(number: int, rng: random.Random) -> list[object]:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return [
        number,
        f"{day:02d}/{month:02d}/2024",
        f"Subvention à l'association n°{number} pour ses activités",
        f"{rng.randint(0, 99_999)},{rng.randint(0, 99):02d}",
        f"Association {rng.randint(1, 500)}",
        f"{rng.randint(0, 10**14 - 1):014d}",
        "Saint-Étienne",
        "42000",
        rng.choice(CATEGORIES),
        "Payé",
        f"REF-{number:06d}",
        "Finances",
        "01/01/2024",
        "31/12/2024",
        rng.randint(1, 100),
        "",
        rng.choice(["Oui", "Non"]),
    ]


def write_csv(path: Path) -> None:
    rng = random.Random(2024)
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write(";".join(HEADER) + "\r\n")
        for number in range(CSV_ROWS):
            handle.write(";".join(str(cell) for cell in _row(number, rng)) + "\r\n")


def write_xlsx(path: Path) -> None:
    import openpyxl

    rng = random.Random(2024)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Subventions")
    sheet.append(HEADER)
    for number in range(XLSX_ROWS):
        row = _row(number, rng)
        row[3] = rng.randint(0, 9_999_999) / 100  # amounts are numbers in a workbook
        sheet.append(row)
    workbook.save(path)


def measure(tools: tuple[str, ...], path: Path, repeat: int) -> list[Measure]:
    """Time each tool ``repeat`` times, taking turns so that a busy moment hits them alike."""
    runs: dict[str, list[dict[str, float]]] = {tool: [] for tool in tools}
    for _ in range(repeat):
        for tool in tools:
            output = subprocess.run(
                [sys.executable, "-c", PROBE, tool, str(path)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            runs[tool].append(json.loads(output))
    measures = []
    for tool, results in runs.items():
        times = [run["seconds"] for run in results]
        measures.append(
            Measure(
                tool,
                min(times),
                statistics.median(times),
                max(run["peak_mib"] for run in results),
                int(results[0]["rows"]),
                int(results[0]["columns"]),
            )
        )
    return measures


def report(title: str, measures: list[Measure]) -> None:
    print(f"\n{title}")
    print(f"  {'outil':<13}{'meilleur':>10}{'médiane':>10}{'mémoire max':>14}{'lignes':>10}")
    for m in measures:
        print(
            f"  {m.tool:<13}{m.best_s:>9.2f}s{m.median_s:>9.2f}s{m.peak_mib:>11.0f} Mio{m.rows:>10}"
        )


def ratio_line(ours: Measure, reference: Measure) -> str:
    best = ours.best_s / reference.best_s
    median = ours.median_s / reference.median_s
    return f"DataMairie / {reference.tool} : {best:.2f} (meilleurs temps), {median:.2f} (médianes)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "datamairie-bench"
    )
    arguments = parser.parse_args()
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    xlsx = arguments.data_dir / f"subventions-{XLSX_ROWS}.xlsx"
    csv = arguments.data_dir / f"subventions-{CSV_ROWS}.csv"
    if not xlsx.exists():
        print(f"écriture de {xlsx.name}…")
        write_xlsx(xlsx)
    if not csv.exists():
        print(f"écriture de {csv.name}…")
        write_csv(csv)
    print(f"Python {sys.version.split()[0]}, {arguments.repeat} lancements par mesure")

    ours, openpyxl = measure(("datamairie", "openpyxl"), xlsx, arguments.repeat)
    report(f"XLSX {XLSX_ROWS:,} × 17 ({xlsx.stat().st_size / 2**20:.1f} Mio)", [ours, openpyxl])
    speedup = openpyxl.best_s / ours.best_s
    print(
        f"  DataMairie est {speedup:.1f}× plus rapide qu'openpyxl en lecture seule "
        f"(médianes : {openpyxl.median_s / ours.median_s:.1f}×) — objectif ≥ 5×"
    )

    csv_measures = measure(("datamairie", "pandas", "pandas-text"), csv, arguments.repeat)
    report(f"CSV {CSV_ROWS:,} × 17 ({csv.stat().st_size / 2**20:.0f} Mio)", csv_measures)
    ours_csv, pandas_default, pandas_text = csv_measures
    print(f"  {ratio_line(ours_csv, pandas_default)} — objectif ≤ 1,5")
    print(f"  {ratio_line(ours_csv, pandas_text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
