"""`datamairie --self-test`: every dependency used the way the application uses it, frozen or not.

A frozen build can lose a module, a data file or a Qt plugin without failing to start; this
check reads a workbook of each kind, maps, validates, looks for personal data, writes the
publishable CSV, opens the keyring and draws the wizard offscreen, then exits 0 only if all
of it worked. CI runs it on the frozen bundle, so a missing hook fails CI, not an agent.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop_app import __version__
from desktop_app.paths import resources_dir

Check = Callable[[Path], str]


def _read_workbooks(work: Path) -> str:
    from desktop_app.core.sources import read_table

    samples = resources_dir() / "samples"
    xlsx = read_table(samples / "exemple-deliberations.xlsx")
    ods = read_table(samples / "exemple-subventions.ods")
    if not xlsx.row_count or not ods.row_count:
        raise AssertionError("a sample read as empty")
    return f"xlsx {xlsx.row_count} lignes, ods {ods.row_count} lignes"


def _map_validate_write(work: Path) -> str:
    from desktop_app.core.mapping.prepare import prepare_table, write_publishable_csv
    from desktop_app.core.mapping.suggest import suggest_mapping
    from desktop_app.core.schemas import SchemaCatalogue
    from desktop_app.core.sources import read_table
    from desktop_app.core.validation.engine import validate_csv

    table = read_table(resources_dir() / "samples" / "exemple-deliberations.xlsx")
    schema = SchemaCatalogue(resources_dir() / "schemas", work / "cache").get("scdl/deliberations")
    mapping = suggest_mapping(table, schema)
    target = work / "deliberations.csv"
    write_publishable_csv(prepare_table(table, schema, mapping), target)
    check = validate_csv(target, schema)
    return f"{check.rows} lignes vérifiées, {check.error_count} problèmes"


def _schema_checks(work: Path) -> str:
    from desktop_app.core.schemas import SchemaCatalogue
    from desktop_app.core.validation.engine import validate_rows

    # Its custom checks read phone numbers, opening hours and SIRET numbers.
    catalogue = SchemaCatalogue(resources_dir() / "schemas", work / "cache")
    schema = catalogue.get("etalab/schema-lieux-covoiturage")
    examples = [str(field.example or "") for field in schema.fields]
    wrong = ["01 23 45 67 89" if "tel" in name else "?" for name in schema.field_names]
    check = validate_rows(list(schema.field_names), [examples, wrong], schema)
    found = sum(len(batch) for batch in check.extra_findings)
    if not found:
        raise AssertionError("the schema's own checks found nothing in a wrong row")
    return f"{found} constats des contrôles du schéma"


def _frictionless(work: Path) -> str:
    from frictionless import Resource

    source = work / "mini.csv"
    source.write_text("id,nom\n1,a\n2,b\n", encoding="utf-8")
    report = Resource(path=source.name, basepath=str(work)).validate()
    if not report.valid:
        raise AssertionError("frictionless refused a valid table")
    return "ok"


def _privacy(work: Path) -> str:
    from desktop_app.core.privacy.scan import scan_table
    from desktop_app.core.sources import read_table

    # The sample holds citizens' names (and an e-mail in an object): they must be found.
    table = read_table(resources_dir() / "samples" / "exemple-deliberations.xlsx")
    findings = scan_table(table).findings
    if not findings:
        raise AssertionError("no personal data found in the sample, which has some")
    return f"{len(findings)} repérages dans l'exemple"


def _keyring(work: Path) -> str:
    import keyring

    return type(keyring.get_keyring()).__module__


def _network_stack(work: Path) -> str:
    import ssl

    import requests
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # the OS's certificate store
    return f"requests {requests.__version__}, {type(context).__name__}"


def _wizard(work: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.app import take_screenshots

    shots = work / "screenshots"
    status = take_screenshots(shots, lang="fr")
    pictures = sorted(shots.glob("*.png"))
    if status != 0 or not pictures:
        raise AssertionError("the wizard did not draw its pages")
    return f"{len(pictures)} pages dessinées"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("lecture XLSX et ODS", _read_workbooks),
    ("correspondance, validation, CSV", _map_validate_write),
    ("contrôles propres aux schémas", _schema_checks),
    ("frictionless", _frictionless),
    ("données personnelles", _privacy),
    ("trousseau de clés", _keyring),
    ("réseau (requests, truststore)", _network_stack),
    ("assistant hors écran", _wizard),
)


def run_self_test() -> int:
    """Run every check, print one line each, and return 0 only if all passed."""
    failed = 0
    started = time.perf_counter()
    print(f"DataMairie {__version__} — vérification de l'installation")  # noqa: T201
    with tempfile.TemporaryDirectory(prefix="datamairie-self-test-") as folder:
        for label, check in CHECKS:
            try:
                outcome = check(Path(folder))
            except Exception:  # noqa: BLE001 - every failure is reported, then the next check runs
                failed += 1
                print(f"ÉCHEC  {label}", file=sys.stderr)  # noqa: T201
                traceback.print_exc()
            else:
                print(f"ok     {label} : {outcome}")  # noqa: T201
    seconds = time.perf_counter() - started
    verdict = "SELF-TEST OK" if not failed else f"SELF-TEST ÉCHEC ({failed})"
    print(f"{verdict} en {seconds:.1f} s")  # noqa: T201
    return 0 if not failed else 1
