"""The file to publish is counted from its bytes: records, not lines."""

from __future__ import annotations

from desktop_app.core.preparation.published import data_rows


def test_a_cell_on_two_lines_is_one_row() -> None:
    data = b'objet,montant\r\n"Vote du budget\r\nprimitif",12\r\nVoirie,3\r\n'
    assert data.count(b"\n") == 4
    assert data_rows(data) == 2


def test_a_header_alone_has_no_row_and_a_byte_order_mark_is_no_row() -> None:
    assert data_rows("\ufeffobjet,montant\r\n".encode()) == 0
    assert data_rows(b"") == 0
