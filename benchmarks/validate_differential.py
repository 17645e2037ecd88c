"""`datamairie validate` of two checkouts compared byte for byte on many generated CSVs.

For every table schema of the catalogue, writes CSVs in its shape with valid values and
near misses (spaces, no-break spaces, full-width digits, decimal commas, French dates,
missing values, huge numbers...), quoted cells holding commas, quotes and line breaks,
CRLF, LF or CR, a byte order mark, short, long and blank rows, repeated values, long cells
sharing prefixes, a non-UTF-8 byte or a NUL byte; and, with ``--big``, files over 16 MiB
(the second process then checks their second half). Each file is validated by both
checkouts (`validate FILE --schema NAME --json --limit 1000000000 --write-fixed F`, also
with ``--header-matching name`` and ``position`` on reordered titles), and the JSON reports
and the corrected files must be identical. Files given with ``--files`` (any format) are
validated with the schema named (mapped first, as the command does) and prepared
(`prepare FILE --schema NAME --out F`): reports and files written must be identical.

Each checkout runs in one long-lived process that takes the commands one after the other.

Run: .venv/bin/python benchmarks/validate_differential.py --before OLD_CHECKOUT
     [--cases 12] [--seed 1] [--big] [--schemas scdl/subventions ...]
     [--files FILE=SCHEMA ...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
SCHEMAS = REPOSITORY / "resources" / "schemas"
LIMIT = "1000000000"

# Values that look right to an agent and that a rule may or may not accept.
NEAR_MISSES = [
    "",
    " ",
    "NA",
    "N/A",
    "-",
    "0",
    "1",
    "12",
    "-3",
    "39.0",
    "1e1",
    "1E+13",
    "12,5",
    "1 234",
    "1\u00a0234",
    "1\u202f234",
    "\uff11\uff12",
    "3.14",
    ".5",
    "5.",
    "+4",
    "NaN",
    "inf",
    "123456789012345678901234567890",
    "2024-03-15",
    "15/03/2024",
    "2024-02-30",
    "2024-03-15T10:00:00",
    "2024-03-15 10:00",
    "10:00",
    "2024",
    "2024-03",
    "true",
    "Oui",
    "oui",
    "non",
    "FALSE",
    "Élément",
    "élément",
    "ÉLÉMENT",
    " lead",
    "trail ",
    "a\u00a0b",
    "21380455200015",
    "213 804 552 00015",
    "21380455200016",
    "W123456789",
    "w123456789",
    "75056",
    "2A004",
    "https://www.exemple.fr",
    "mairie@exemple.fr",
    "0476000000",
    "Mo-Fr 08:00-18:00",
    "mo-fr 8:00-18:00",
    "POINT (2.35 48.85)",
    "48.85,2.35",
    "[1, 2]",
    '{"a": 1}',
    "P1D",
    "x" * 8,
    "y" * 16,
    "z" * 64,
    "z" * 63 + "a",
    "12345678",
    "1234567812345678",
    "1234567",
    "123456789",
    "é" * 4,
    "é" * 32,
    "a" * 65,
    "a" * 200,
]
TAIL_CHOICES = ["", "a", "b", "é", "12345678", "-" * 9]
VALID_BY_TYPE = {
    "integer": ["0", "7", "-2", "123456"],
    "number": ["0", "3.5", "-1.25", "100"],
    "date": ["2024-03-15", "1999-12-31"],
    "datetime": ["2024-03-15T10:00:00", "2024-03-15T10:00:00Z"],
    "time": ["10:00:00"],
    "year": ["2024"],
    "yearmonth": ["2024-03"],
    "boolean": ["true", "false"],
    "geopoint": ["2.35,48.85"],
    "duration": ["P1D"],
}


def main() -> int:
    """Compare the two checkouts; exit 1 when some command differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the older checkout")
    parser.add_argument("--cases", type=int, default=12, help="files per schema")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big", action="store_true", help="also files over 16 MiB")
    parser.add_argument("--schemas", nargs="*", default=None, help="names (default: all)")
    parser.add_argument("--files", nargs="*", default=[], help="FILE=SCHEMA to validate")
    parser.add_argument("--keep", type=Path, default=None, help="keep differing cases here")
    parser.add_argument("--text", action="store_true", help="also the report in words")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="validate-differential-") as folder:
        return compare(arguments, Path(folder))


def compare(arguments: argparse.Namespace, folder: Path) -> int:
    """Run each case's commands in both checkouts; print those whose results differ."""
    rng = random.Random(arguments.seed)
    workers = Worker(arguments.before.resolve(), 1), Worker(REPOSITORY, 2)
    output = folder / "output.csv"
    compared = different = 0
    try:
        for path, options in _cases(arguments, rng, folder):
            commands = _commands(path, options, output, text=arguments.text)
            while commands:
                command = commands.pop(0)
                compared += 1
                results = [worker.run(command, output) for worker in workers]
                if results[0] != results[1]:
                    different += 1
                    print("DIFFERENT:", " ".join(command), flush=True)
                    if arguments.keep is not None:
                        _keep(arguments.keep, path, command, results)
                if command[0] == "prepare" and results[1]["output"] is not None:
                    # The table prepared, checked as it is: by its names, then by position.
                    prepared = folder / f"prepared-{path.stem}.csv"
                    prepared.write_text(results[1]["output"], encoding="utf-8")
                    shaped = _commands(prepared, options, output, text=False)
                    commands += [*shaped, [*shaped[0][:-2], "--header-matching", "position"]]
    finally:
        for worker in workers:
            worker.close()
    print(f"{compared} commands compared, {different} different")
    return 1 if different else 0


def _commands(path: Path, options: list[str], output: Path, *, text: bool) -> list[list[str]]:
    """`validate` with a corrected copy written (and in words); a file to map is prepared."""
    validate = ["validate", str(path), *options, "--json", "--limit", LIMIT]
    commands = [[*validate, "--write-fixed", str(output)]]
    if text:
        commands += [["validate", str(path), *options, "--lang", lang] for lang in ("fr", "en")]
    if path.parent != output.parent:
        commands.append(["prepare", str(path), *options, "--out", str(output)])
    return commands


def _keep(target: Path, path: Path, command: list[str], results: list[Any]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    number = len(list(target.glob("*.json")))
    if path.parent != target:
        (target / f"{number}-{path.name}").write_bytes(path.read_bytes())
    record = {"command": command, "before": results[0], "after": results[1]}
    with (target / f"{number}.json").open("w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)


def _cases(
    arguments: argparse.Namespace, rng: random.Random, folder: Path
) -> Iterator[tuple[Path, list[str]]]:
    """Files and the options to validate them with: generated ones, then those given."""
    for schema_name, descriptor in _table_schemas(arguments.schemas):
        names = [field["name"] for field in descriptor.get("fields", [])]
        if not names:
            continue
        for number in range(arguments.cases):
            path = folder / f"{schema_name.replace('/', '_')}-{number}.csv"
            labels, matching = _labels(rng, names)
            rows = rng.choice([0, 1, 3, 20, 200])
            path.write_bytes(_table(rng, descriptor, labels, rows=rows))
            yield path, ["--schema", schema_name, *matching]
        if arguments.big and schema_name in ("scdl/subventions", "scdl/deliberations"):
            for flaw in (1, 2, 0.25, 0.75):  # none, in the first half, in the second
                path = folder / f"{schema_name.replace('/', '_')}-big-{flaw}.csv"
                _write_big(path, rng, descriptor, names, flaw)
                yield path, ["--schema", schema_name]
    for given in arguments.files:
        file, _, schema = given.rpartition("=")
        yield Path(file), ["--schema", schema]


def _labels(rng: random.Random, names: list[str]) -> tuple[list[str], list[str]]:
    """The schema's names; else reordered, or one missing or added, matched as asked."""
    draw = rng.random()
    if draw < 0.75:
        return names, []
    matching = ["--header-matching", rng.choice(["name", "position"])]
    if draw < 0.87:
        return rng.sample(names, len(names)), matching
    added = ["autre"] if rng.random() < 0.5 else []
    return names[: max(1, len(names) - 1)] + added, matching


def _table_schemas(wanted: list[str] | None) -> list[tuple[str, dict[str, Any]]]:
    listing = json.loads((SCHEMAS / "schemas.json").read_text(encoding="utf-8"))["schemas"]
    found = []
    for entry in listing:
        name = entry.get("name")
        if entry.get("schema_type", entry.get("type")) != "tableschema":
            continue
        if wanted and name not in wanted:
            continue
        files = sorted((SCHEMAS / "schemas" / name).glob("*/*.json"))
        if files:
            found.append((name, json.loads(files[-1].read_text(encoding="utf-8"))))
    return found


def _value(rng: random.Random, field: dict[str, Any], descriptor: dict[str, Any]) -> str:
    draw = rng.random()
    constraints = field.get("constraints", {})
    if draw < 0.45:
        if constraints.get("enum") and rng.random() < 0.8:
            return str(rng.choice(constraints["enum"]))
        if field.get("example") is not None and rng.random() < 0.7:
            return str(field["example"])
        return rng.choice(VALID_BY_TYPE.get(field.get("type", "string"), ["abc", "Texte libre"]))
    if draw < 0.55 and descriptor.get("missingValues"):
        return str(rng.choice(descriptor["missingValues"]))
    if draw < 0.65 and constraints.get("enum"):
        value = str(rng.choice(constraints["enum"]))
        return rng.choice([value.upper(), value.lower(), f" {value}", value + "\u00a0", value[:-1]])
    if draw < 0.75 and field.get("example") is not None:
        value = str(field["example"])
        spaced = value.replace(" ", "\u202f")
        return rng.choice([value + rng.choice(TAIL_CHOICES), f" {value}", spaced])
    value = rng.choice(NEAR_MISSES)
    return value + rng.choice(TAIL_CHOICES) if len(value) >= 8 and rng.random() < 0.5 else value


def _cell(rng: random.Random, value: str, *, plain: bool) -> str:
    draw = rng.random()
    if draw < 0.03:  # a comma, quotes and a line break inside a quoted cell
        value = f'{value},"dit"\n{value}'
    elif draw < 0.035 and not plain:  # a quote inside a bare cell: the csv module reads it
        return f'{value}"x'
    if draw < 0.08 or any(char in value for char in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _table(
    rng: random.Random,
    descriptor: dict[str, Any],
    labels: list[str],
    rows: int,
    *,
    plain: bool = False,
    regular: bool = False,
) -> bytes:
    """A CSV of the schema's fields; ``plain``: no byte nor quote sends it to the csv module;
    ``regular``: every row as wide as the header."""
    fields = {field["name"]: field for field in descriptor["fields"]}
    # A carriage return alone sends the file to the csv module: never in a plain table.
    line_break = rng.choice(["\n", "\r\n"] if plain else ["\n", "\r\n", "\n", "\r\n", "\r"])
    unique = [name for name, field in fields.items() if field.get("constraints", {}).get("unique")]
    lines = [",".join(f'"{label}"' if rng.random() < 0.1 else label for label in labels)]
    previous: list[str] = []
    for _ in range(rows):
        row = [_value(rng, fields[name], descriptor) if name in fields else "x" for name in labels]
        if previous and (unique or descriptor.get("primaryKey")) and rng.random() < 0.1:
            row = list(previous)
        previous = row
        cells = [_cell(rng, value, plain=plain) for value in row]
        shape = 1.0 if regular else rng.random()
        if shape < 0.03:
            cells = cells[: rng.randint(0, len(cells))]
        elif shape < 0.06:
            cells = [*cells, *["extra"] * rng.randint(1, 2)]
        elif shape < 0.08:
            cells = [""] * len(cells)
        elif shape < 0.1:
            cells = []
        lines.append(",".join(cells))
    text = line_break.join(lines) + (line_break if rng.random() < 0.8 else "")
    data = text.encode("utf-8")
    if rng.random() < 0.15:
        data = b"\xef\xbb\xbf" + data
    damage = rng.random()
    if damage < 0.03 and len(data) > 10 and not plain:
        spot = rng.randint(len(data) // 2, len(data) - 1)
        data = data[:spot] + rng.choice([b"\xff", b"\x00", b"\xc3"]) + data[spot:]
    return data


def _write_big(
    path: Path, rng: random.Random, descriptor: dict[str, Any], names: list[str], flaw: float
) -> None:
    """Over 16 MiB: a few hundred rows again and again, values met on both sides of the cut.

    The rows' quoting is plain (the fast reader reads them all), except for a quote inside a
    bare cell at ``flaw`` (a fraction of the file, when below 1); with no flaw (1), every row
    is as wide as the header, or (2) some are not.
    """
    table = _table(rng, descriptor, names, rows=400, plain=True, regular=flaw == 1)
    body = table.split(b"\n", 1)[1]
    body = body if body.endswith(b"\n") else body + b"\n"
    header = ",".join(names).encode() + b"\n"
    repeats = (17 << 20) // len(body) + 1
    flawed = int(repeats * flaw)
    with path.open("wb") as handle:
        handle.write(header)
        for number in range(repeats):
            handle.write(body.replace(b"\n", b'"x\n', 1) if number == flawed else body)


class Worker:
    """One checkout's `datamairie`, running commands sent to it one after the other."""

    def __init__(self, code: Path, hash_seed: int) -> None:
        # Different hash seeds: a report that followed a set's order would differ.
        environment = dict(os.environ, PYTHONPATH=str(code), PYTHONHASHSEED=str(hash_seed))
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment, cwd=code,
            text=True,
        )  # fmt: skip

    def run(self, arguments: list[str], output: Path) -> Any:
        """What the command printed, its exit status and the file it wrote at ``output``."""
        sent, answers = self._process.stdin, self._process.stdout
        if sent is None or answers is None:
            raise RuntimeError("the worker's pipes are closed")
        sent.write(json.dumps({"arguments": arguments, "output": str(output)}) + "\n")
        sent.flush()
        return json.loads(answers.readline())

    def close(self) -> None:
        """Let the process end (its input closed) and wait for it."""
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=60)


def serve() -> int:
    """Run the commands read on the standard input, one JSON line each, answering likewise."""
    from desktop_app.cli import main as datamairie

    answers = sys.stdout
    for line in sys.stdin:
        command = json.loads(line)
        output = Path(command["output"])
        printed = io.StringIO()
        status: int | str
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
            try:
                status = datamairie(command["arguments"])
            except Exception as error:  # noqa: BLE001 - a crash is a result to compare too
                status = f"crash: {type(error).__name__}: {error}"
        written = output.read_bytes().decode("utf-8", "replace") if output.exists() else None
        output.unlink(missing_ok=True)
        answer = {"status": status, "report": printed.getvalue(), "output": written}
        answers.write(json.dumps(answer) + "\n")
        answers.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:] == ["--serve"] else main())
