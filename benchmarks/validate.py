"""Validation speed, memory and findings: DataMairie against frictionless on the same CSV.

Writes (once) délibérations, subventions and équipements tables of 200,000 and 1,000,000 rows,
valid and with 1 % of mixed errors, then validates each with DataMairie and with frictionless
5 (columns matched by name, no error limit), each in its own process to measure its peak
memory, and prints rows/s for both, the ratio, peak memory against the CSV's size, and
whether the (row, field, code) sets are identical (the schema's custom checks are left out
of the comparison: frictionless does not run them).

Targets: at least 10x frictionless's rows/s, identical findings, peak memory under 4x the
CSV's size, 1,000,000 rows in under 10 s.

Run: .venv/bin/python benchmarks/validate.py [--sizes 200000 1000000] [--schemas …]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.validation_tables import MAKERS, write_table

PROBE = """
import json, resource, sys, time
from pathlib import Path
tool, path, name, out = sys.argv[1:5]
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.paths import resources_dir
schema = SchemaCatalogue(resources_dir() / "schemas").get(name)
start = time.perf_counter()
if tool == "datamairie":
    from desktop_app.core.validation.engine import validate_csv
    check = validate_csv(Path(path), schema)
    found = sorted(check.findings.as_set(), key=str)
    rows, extra = check.rows, sum(len(b) for b in check.extra_findings)
else:
    from frictionless import Resource, Schema
    from desktop_app.core.validation.cells import field_descriptor
    descriptor = {"fieldsMatch": "equal", "missingValues": list(schema.missing_values),
                  "fields": [field_descriptor(field) for field in schema.fields]}
    if schema.primary_key:
        descriptor["primaryKey"] = list(schema.primary_key)
    with open(path, "rb") as handle:
        report = Resource(handle, format="csv", encoding="utf-8",
                          schema=Schema.from_descriptor(descriptor)).validate(limit_errors=10**8)
    task = report.tasks[0]
    found = sorted({(getattr(e, "row_number", None), getattr(e, "field_name", None) or None,
                     e.type) for e in task.errors}, key=str)
    rows, extra = task.stats["rows"], 0
seconds = time.perf_counter() - start
Path(out).write_text(json.dumps([list(item) for item in found]))
print(json.dumps({"seconds": seconds, "rows": rows, "findings": len(found), "extra": extra,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(tool: str, path: Path, schema: str, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, tool, str(path), schema, str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    measured: dict[str, float] = json.loads(result.stdout)
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--schemas", nargs="+", default=list(MAKERS))
    parser.add_argument(
        "--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "datamairie-bench"
    )
    arguments = parser.parse_args()
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    print(
        f"{'tableau':<44}{'DataMairie':>14}{'frictionless':>15}{'rapport':>9}"
        f"{'mémoire/CSV':>13}{'constats':>10}  identiques"
    )
    for size in arguments.sizes:
        for schema in arguments.schemas:
            for rate in (0.0, 0.01):
                name = f"{schema.split('/')[1]}-{size}-{'erreurs' if rate else 'propre'}"
                path = arguments.data_dir / f"{name}.csv"
                if not path.exists():
                    write_table(path, schema, size, error_rate=rate)
                ours_file = arguments.data_dir / f"{name}.datamairie.json"
                theirs_file = arguments.data_dir / f"{name}.frictionless.json"
                ours = measure("datamairie", path, schema, ours_file)
                theirs = measure("frictionless", path, schema, theirs_file)
                same = ours_file.read_text() == theirs_file.read_text()
                size_mib = path.stat().st_size / 2**20
                print(
                    f"{name:<44}{size / ours['seconds']:>10,.0f} l/s"
                    f"{size / theirs['seconds']:>11,.0f} l/s"
                    f"{theirs['seconds'] / ours['seconds']:>8.1f}x"
                    f"{ours['peak_mib'] / size_mib:>12.1f}x"
                    f"{int(ours['findings']):>10}  {'oui' if same else 'NON'}"
                    f"   ({ours['seconds']:.1f} s ; +{int(ours['extra'])} contrôles du schéma)"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
