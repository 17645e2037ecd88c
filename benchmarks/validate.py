"""Validation as the agent runs it: the whole `datamairie validate` command against the whole
`frictionless validate` command, on the same CSV, side by side in one run.

Writes (once) délibérations, subventions and équipements tables of 200,000 and 1,000,000 rows,
valid and with 1 % of mixed errors, then times, interleaved, each command from start to exit
(interpreter start-up and imports included): `datamairie validate FILE --schema NAME --json`
and `frictionless validate FILE --schema S.json --json --limit-errors 100000000 --trusted`
(uncapped, columns matched by name as the national validator does). With ``--before DIR``, the
same DataMairie command is also timed with the code found in DIR (an older checkout), in the
same run. For each command: the best wall-clock time of ``--runs`` runs, and its processor time
(user + system, which a busy machine disturbs less). Then the findings are compared: frictionless's
(row, field, code) set against DataMairie's, all of them (an untimed run with no listing limit;
the schema's own checks are left out: frictionless does not run them).

Targets: 200,000 rows in a tenth of frictionless's time; 1,000,000 rows in 5 s at most.

Run: .venv/bin/python -m benchmarks.validate [--sizes 200000 1000000] [--schemas …]
     [--runs 2] [--frictionless-runs 1] [--before DIR]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.validation_tables import MAKERS, write_table

REPOSITORY = Path(__file__).resolve().parents[1]
Finding = tuple[Any, Any, str]


def timed(command: list[str], code: Path | None = None) -> tuple[float, float, bytes]:
    """Wall-clock and processor seconds of a whole command, and what it printed."""
    environment = dict(os.environ)
    if code is not None:
        environment["PYTHONPATH"] = str(code)
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        # `python -m` puts the working folder first on the path: run in the code's own.
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.DEVNULL, env=environment, cwd=code
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, output.read()


def compiled(code: Path) -> None:
    """Compile DataMairie's modules once, as the agent's installation has them.

    The bundle carries compiled modules and pip compiles frictionless when installing it;
    a checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every module of
    DataMairie at each run (a tenth of a second) and time that.
    """
    compileall.compile_dir(code / "desktop_app", quiet=1)


def datamairie_command(path: Path, schema: str, limit: int | None = None) -> list[str]:
    """`datamairie validate` as the agent types it (the console script runs the same module)."""
    command = [sys.executable, "-m", "desktop_app", "validate", str(path), "--schema", schema]
    command.append("--json")
    return command if limit is None else [*command, "--limit", str(limit)]


def frictionless_command(path: Path, schema_file: Path) -> list[str]:
    """`frictionless validate`, uncapped, with the schema matched by name."""
    executable = Path(sys.executable).with_name("frictionless")
    return [str(executable), "validate", str(path), "--schema", str(schema_file), "--json",
            "--limit-errors", "100000000", "--trusted"]  # fmt: skip


def write_schema(schema_name: str, target: Path) -> None:
    """The schema as frictionless reads it, columns matched by name ("fieldsMatch": "equal")."""
    sys.path.insert(0, str(REPOSITORY))
    from desktop_app.core.schemas import SchemaCatalogue
    from desktop_app.core.validation.cells import field_descriptor
    from desktop_app.paths import resources_dir

    schema = SchemaCatalogue(resources_dir() / "schemas").get(schema_name)
    descriptor: dict[str, Any] = {
        "fieldsMatch": "equal",
        "missingValues": list(schema.missing_values),
        "fields": [field_descriptor(field) for field in schema.fields],
    }
    if schema.primary_key:
        descriptor["primaryKey"] = list(schema.primary_key)
    target.write_text(json.dumps(descriptor), encoding="utf-8")


def their_findings(printed: bytes) -> set[Finding]:
    report = json.loads(printed)
    return {
        (error.get("rowNumber"), error.get("fieldName") or None, error["type"])
        for task in report["tasks"]
        for error in task["errors"]
    }


def our_findings(printed: bytes) -> set[Finding]:
    report = json.loads(printed)
    return {
        (error["row"], error["field"], error["code"])
        for error in report["errors"]
        if not error["code"].startswith("check-")
    }


def best(runs: list[tuple[float, float, bytes]]) -> tuple[float, float, bytes]:
    return min(runs, key=lambda run: run[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--schemas", nargs="+", default=list(MAKERS))
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument(
        "--frictionless-runs",
        type=int,
        default=None,
        metavar="N",
        help="runs of frictionless (default: --runs; 1 spares minutes at 1,000,000 rows)",
    )
    parser.add_argument("--before", type=Path, default=None, metavar="DIR")
    parser.add_argument(
        "--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "datamairie-bench"
    )
    arguments = parser.parse_args()
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    for code in (REPOSITORY, arguments.before):
        if code is not None:
            compiled(code)
    print(f"{os.cpu_count()} cœurs ; charge moyenne {os.getloadavg()[0]:.1f} au départ")
    header = f"{'tableau':<30}{'DataMairie':>16}{'frictionless':>17}{'rapport':>15}"
    header += f"{'avant':>16}" if arguments.before else ""
    print(header + "  constats identiques")
    print(f"{'':<30}{'mur (cpu) s':>16}{'mur (cpu) s':>17}{'mur / cpu':>15}")
    for size in arguments.sizes:
        for schema in arguments.schemas:
            schema_file = arguments.data_dir / f"{schema.split('/')[1]}.frictionless-schema.json"
            write_schema(schema, schema_file)
            for rate in (0.0, 0.01):
                name = f"{schema.split('/')[1]}-{size}-{'erreurs' if rate else 'propre'}"
                path = arguments.data_dir / f"{name}.csv"
                if not path.exists():
                    write_table(path, schema, size, error_rate=rate)
                ours_runs, theirs_runs, before_runs = [], [], []
                theirs_count = arguments.frictionless_runs or arguments.runs
                for run in range(arguments.runs):
                    ours_runs.append(timed(datamairie_command(path, schema), REPOSITORY))
                    if run < theirs_count:
                        theirs_runs.append(timed(frictionless_command(path, schema_file)))
                    if arguments.before:
                        before_runs.append(
                            timed(datamairie_command(path, schema), arguments.before)
                        )
                ours, theirs = best(ours_runs), best(theirs_runs)
                everything = timed(datamairie_command(path, schema, limit=10**9), REPOSITORY)
                same = our_findings(everything[2]) == their_findings(theirs[2])
                line = (
                    f"{name:<30}{ours[0]:>8.2f} ({ours[1]:>5.2f})"
                    f"{theirs[0]:>9.2f} ({theirs[1]:>5.2f})"
                    f"{theirs[0] / ours[0]:>7.1f}× /{theirs[1] / ours[1]:>5.1f}×"
                )
                if before_runs:
                    previous = best(before_runs)
                    line += f"{previous[0]:>8.2f} ({previous[1]:>5.2f})"
                found = len(our_findings(everything[2]))
                print(f"{line}  {'oui' if same else 'NON'} ({found})", flush=True)
    print(f"charge moyenne {os.getloadavg()[0]:.1f} à la fin")
    return 0


if __name__ == "__main__":
    sys.exit(main())
