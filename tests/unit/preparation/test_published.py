"""The file to publish is counted from its bytes: records, not lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import CancelledError
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.preparation.published import data_rows, read_back
from desktop_app.core.schemas.parse import parse_table_schema
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken
from tests.builders import write_csv


def test_a_cell_on_two_lines_is_one_row() -> None:
    data = b'objet,montant\r\n"Vote du budget\r\nprimitif",12\r\nVoirie,3\r\n'
    assert data.count(b"\n") == 4
    assert data_rows(data) == 2


def test_a_header_alone_has_no_row_and_a_byte_order_mark_is_no_row() -> None:
    assert data_rows("\ufeffobjet,montant\r\n".encode()) == 0
    assert data_rows(b"") == 0


def test_the_read_back_stops_in_the_privacy_scan_when_cancelled(tmp_path: Path) -> None:
    """The agent left Publication (or changed the data): the scan stops at its next check.

    The Preparation scans what would be published before writing the file; that scan used
    the Preparation's own token, so a cancelled read back went on scanning to the end,
    taking a core from the next one.
    """
    rows = [["Bénéficiaire", "Objet", "Montant"]]
    rows += [[f"Association n°{n}", f"Aide au projet {n} de l'année", str(n)] for n in range(500)]
    table = read_table(write_csv(tmp_path / "aides.csv", rows))
    fields = [{"name": "Bénéficiaire"}, {"name": "Objet"}, {"name": "Montant", "type": "integer"}]
    schema = parse_table_schema({"fields": fields}, name="aides", version="1")
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    cancel = CancelToken()
    cancel.cancel()

    with pytest.raises(CancelledError) as stopped:
        read_back(Preparation(table, prepared), progress=NO_PROGRESS, cancel=cancel)

    # Stopped inside the scan, at its first check: with the Preparation's own token the scan
    # ran to its end, and only the check after it stopped the task.
    places = [Path(str(entry.path)) for entry in stopped.traceback]
    assert any(place.parent.name == "privacy" for place in places), places
