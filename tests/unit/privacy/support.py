"""What the personal-data tests share: real files, read and prepared as the wizard does."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.mapping.prepare import PreparedTable, prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.privacy.model import Category, PrivacyScan
from desktop_app.core.privacy.scan import scan_table
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import Table, read_table
from desktop_app.paths import resources_dir
from tests.builders import Rows, write_csv, write_xlsx


def read_csv_rows(tmp_path: Path, rows: Rows, name: str = "table.csv") -> Table:
    """Write the rows as an Excel-like CSV and read them back as the wizard does."""
    return read_table(write_csv(tmp_path / name, rows))


def read_xlsx_rows(tmp_path: Path, rows: Rows, name: str = "table.xlsx") -> Table:
    """Write the rows in a workbook and read them back as the wizard does."""
    return read_table(write_xlsx(tmp_path / name, {"Feuil1": rows}))


def prepared_for(tmp_path: Path, schema_name: str, rows: Rows) -> PreparedTable:
    """The schema-shaped copy of a table whose titles are the schema's field names."""
    schema = SchemaCatalogue(resources_dir() / "schemas").get(schema_name)
    table = read_csv_rows(tmp_path, rows, f"{schema_name.split('/')[1]}.csv")
    return prepare_table(table, schema, suggest_mapping(table, schema))


def categories(scan: PrivacyScan, *, likely: bool = True) -> dict[str, Category]:
    """Each flagged column's category (only the likely ones unless ``likely`` is False)."""
    found: dict[str, Category] = {}
    for finding in scan.findings:
        if (finding.confidence >= 0.5 or not likely) and finding.column not in found:
            found[finding.column] = finding.category
    return found


def scanned(table: Table) -> PrivacyScan:
    """The scan of a table read from a file, without schema."""
    return scan_table(table)
