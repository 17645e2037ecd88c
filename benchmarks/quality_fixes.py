"""How far the automatic fixes alone take real files: problems left, and files that reach zero.

For each file of a labelled corpus (the real-world corpus's labels.json) that names a schema,
the file is read as the wizard reads it (the labelled sheet, everything else detected),
mapped as suggested, put in the schema's form, and checked; then two one-click fixes are
applied to a copy and the copy checked again:

- before: the sure corrections of ``core/validation/fixes`` (the Qualité page's former
  « Corriger automatiquement »);
- after: the sure remedies of ``core/validation/remedies`` (``automatic_remedies``, the same
  button since issue 18).

No commune profile, no confirmation, no file-specific rule: only what one click does.

Run: .venv/bin/python -m benchmarks.quality_fixes CORPUS_FOLDER
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.errors import AppError
from desktop_app.core.mapping.prepare import PreparedTable, prepare_table, write_publishable_csv
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from desktop_app.core.validation.engine import TableCheck, validate_csv
from desktop_app.core.validation.fixes import propose_fixes
from desktop_app.core.validation.groups import group_problems
from desktop_app.core.validation.remedies import automatic_remedies, percent_fields
from desktop_app.paths import resources_dir


@dataclass(frozen=True)
class Measure:
    """Problems in one file: as prepared, after the former fixes, after the new ones."""

    file: str
    rows: int
    prepared: int
    former: int
    remedies: int


def measure(path: Path, schema_name: str, sheet: str | None, folder: Path) -> Measure:
    """Read, map, prepare and check one file, then apply each one-click fix to a copy."""
    schema = SchemaCatalogue(resources_dir() / "schemas").get(schema_name)
    table = read_table(path, sheet=sheet)
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    check = _check(prepared, folder / "prepare.csv")
    frame = prepared.frame.copy()
    for proposal in propose_fixes(check, schema):
        column = frame[proposal.field].astype(str)
        frame[proposal.field] = column.map(lambda text, p=proposal: p.replacements.get(text, text))
    former = _check(replace(prepared, frame=frame), folder / "former.csv")
    frame = prepared.frame.copy()
    groups = group_problems(check, schema)
    for remedy in automatic_remedies(groups, schema, percent_fields(prepared.conversions)):
        column = frame[remedy.field].astype(str)
        frame[remedy.field] = column.map(lambda text, r=remedy: r.after(text) or text)
    after = _check(replace(prepared, frame=frame), folder / "remedies.csv")
    return Measure(path.name, check.rows, check.error_count, former.error_count, after.error_count)


def _check(prepared: PreparedTable, path: Path) -> TableCheck:
    write_publishable_csv(prepared, path)
    return validate_csv(path, prepared.schema)


def main(argv: list[str] | None = None) -> int:
    """Measure every labelled file with a schema; print one line each and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder holding labels.json and files/")
    arguments = parser.parse_args(argv)
    labels = json.loads((arguments.corpus / "labels.json").read_text(encoding="utf-8"))
    measures = []
    for entry in labels["files"]:
        if not entry.get("schema"):
            continue
        path = arguments.corpus / "files" / entry["file"]
        with tempfile.TemporaryDirectory(prefix="datamairie-bench-") as folder:
            try:
                found = measure(path, entry["schema"], entry.get("sheet"), Path(folder))
            except AppError as error:
                print(f"{entry['file']}: not prepared ({error.code})")
                continue
        measures.append(found)
        print(
            f"{found.file} ({entry['schema']}, {found.rows} rows): {found.prepared} problems; "
            f"former fixes {found.former}; remedies {found.remedies}"
        )
    total = len(measures)
    print(
        f"\n{total} files with a schema. Zero problems: as prepared "
        f"{sum(m.prepared == 0 for m in measures)}, with the former fixes "
        f"{sum(m.former == 0 for m in measures)}, with the remedies "
        f"{sum(m.remedies == 0 for m in measures)}.\n"
        f"Problems in all: as prepared {sum(m.prepared for m in measures)}, former fixes "
        f"{sum(m.former for m in measures)}, remedies {sum(m.remedies for m in measures)}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
