"""The checks alone, after the reading: what one process spends judging a half of a big file.

Reads the first ``--rows`` rows of the benchmark's tables (benchmarks/validate.py writes them;
written here if missing) into blocks, as the validation's reader hands them over (columns
already factorised), then times ``TableChecker.check`` on those blocks: the cells, blank rows,
unique values, the schema's own checks and the findings' store, not the reading. Processor
time, the best of ``--runs``; ``--profile`` prints where the last run spent it.

Run: .venv/bin/python -m benchmarks.validation_checks [--rows 100000] [--runs 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.validation_tables import MAKERS, write_table
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.checker import TableChecker
from desktop_app.core.validation.rows import CsvRows, RowBlock
from desktop_app.core.validation.structure import HeaderMatch, match_header
from desktop_app.paths import resources_dir


def first_blocks(path: Path, schema: TableSchema, rows: int) -> tuple[HeaderMatch, list[RowBlock]]:
    """The file's first ``rows`` rows as the reader's blocks (the last one cut short)."""
    with path.open("rb") as raw:
        reader = CsvRows(raw)
        header = match_header(reader.labels, schema, "name")
        blocks: list[RowBlock] = []
        count = 0
        for block in reader.blocks(header.width):
            keep = min(len(block), rows - count)
            blocks.append(_cut(block, keep))
            count += keep
            if count >= rows:
                break
    return header, blocks


def _cut(block: RowBlock, keep: int) -> RowBlock:
    if keep == len(block):
        return block
    distinct = None
    if block.distinct is not None:
        distinct = [
            None if known is None else (known[0][:keep], known[1]) for known in block.distinct
        ]
    return RowBlock([column[:keep] for column in block.columns], block.lengths[:keep], distinct)


def main() -> int:
    """Time the checks of each table's first rows, clean and with errors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--table-rows", type=int, default=200_000)
    parser.add_argument("--schemas", nargs="+", default=list(MAKERS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "datamairie-bench"
    )
    arguments = parser.parse_args()
    arguments.data_dir.mkdir(parents=True, exist_ok=True)
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    print(f"{'tableau':<30}{'lignes':>9}{'contrôles cpu s':>17}{'constats':>10}")
    for schema_name in arguments.schemas:
        schema = catalogue.get(schema_name)
        for rate in (0.0, 0.01):
            name = f"{schema_name.split('/')[1]}-{arguments.table_rows}-"
            name += "erreurs" if rate else "propre"
            path = arguments.data_dir / f"{name}.csv"
            if not path.exists():
                write_table(path, schema_name, arguments.table_rows, error_rate=rate)
            header, blocks = first_blocks(path, schema, arguments.rows)
            best, found = float("inf"), 0
            profile = cProfile.Profile() if arguments.profile else None
            gc.disable()
            try:
                for run in range(arguments.runs):
                    last = run == arguments.runs - 1
                    if profile is not None and last:
                        profile.enable()
                    started = time.process_time()
                    checker = TableChecker(header, schema)
                    for block in blocks:
                        checker.check(block)
                    best = min(best, time.process_time() - started)
                    if profile is not None and last:
                        profile.disable()
                    extra = sum(len(batch) for batch in checker.extras.findings)
                    found = len(checker.store.freeze()) + extra
            finally:
                gc.enable()
            rows = sum(len(block) for block in blocks)
            print(f"{name:<30}{rows:>9}{best:>17.3f}{found:>10}", flush=True)
            if profile is not None:
                pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
