"""Autosave speed: how long ``ProjectFile.save`` takes with a 10 MB and a 100 MB source.

The wizard saves the project after each change the agent makes, so a save must stay well under
a second however large the agent's file. Writes (once per run, in a temporary folder) a CSV of
the size asked for, creates a project embedding it, then times a few saves and prints the
median, with the project's size beside the source's.

Run: .venv/bin/python benchmarks/project_save.py [--sizes 10 100] [--saves 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import tempfile
import time
from pathlib import Path

from desktop_app.core.project.model import Project
from desktop_app.core.project.storage import ProjectFile, source_record

MEGABYTE = 1_000_000


def write_csv(path: Path, megabytes: int) -> None:
    """A semicolon CSV of about ``megabytes`` MB, varied enough not to compress to nothing."""
    rng = random.Random(megabytes)
    target = megabytes * MEGABYTE
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("numero;date;montant;objet\n")
        row = 0
        while written < target:
            lines = [
                f"{row + n};2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d};"
                f"{rng.random() * 10_000:.2f};Objet de la délibération {rng.randrange(10**6)}\n"
                for n in range(10_000)
            ]
            chunk = "".join(lines)
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            row += 10_000


def time_saves(folder: Path, megabytes: int, saves: int) -> tuple[float, int, int]:
    """The median save time in seconds, the source's size and the project's size."""
    source = folder / f"source-{megabytes}mo.csv"
    write_csv(source, megabytes)
    file = ProjectFile(folder / f"projet-{megabytes}mo.datamairie")
    project = Project(source=source_record(source, file.path), updated_at="0")
    file.create(project, source)
    timings = []
    for count in range(saves):
        started = time.perf_counter()
        file.save(dataclasses.replace(project, updated_at=str(count + 1)))
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), source.stat().st_size, file.path.stat().st_size


def main() -> None:
    """Print one line per source size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100], metavar="MO")
    parser.add_argument("--saves", type=int, default=5)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="datamairie-bench-") as folder:
        for megabytes in arguments.sizes:
            seconds, source_size, project_size = time_saves(
                Path(folder), megabytes, arguments.saves
            )
            print(
                f"source {source_size / MEGABYTE:6.1f} MB  projet {project_size / MEGABYTE:6.1f} MB"
                f"  enregistrement médian {seconds * 1000:8.1f} ms ({arguments.saves} fois)"
            )


if __name__ == "__main__":
    main()
