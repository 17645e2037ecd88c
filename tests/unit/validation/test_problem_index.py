"""The findings of a check found again by cell and by row, and counted by kind (no Qt)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.schemas import parse_table_schema
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.validation.engine import validate_csv
from desktop_app.core.validation.problems import index_problems


def _schema() -> TableSchema:
    return parse_table_schema(
        {
            "fields": [
                {"name": "nom", "type": "string", "constraints": {"required": True}},
                {"name": "montant", "type": "number"},
            ]
        },
        name="essai/index",
        version="1.0.0",
    )


def test_each_cell_finds_its_own_problems_and_the_summary_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "publiable.csv"
    # data row 0 is fine; row 1 lacks its name; rows 2 and 3 hold no number; row 4 both
    path.write_text("nom,montant\nA,1\n,2\nB,abc\nC,douze\n,x\n", encoding="utf-8", newline="")
    schema = _schema()
    check = validate_csv(path, schema)

    index = index_problems(check, schema)

    assert index.count == check.error_count == 5
    assert index.at(0, 0) == []
    assert index.at(0, 1) == []
    assert [(p.row, p.field) for p in index.at(1, 0)] == [(1, "nom")]
    assert index.at(1, 1) == []
    assert [(p.row, p.field) for p in index.at(2, 1)] == [(2, "montant")]
    assert index.at(2, 1)[0].params.get("value") == "abc"
    assert index.problem_rows() == {1, 2, 3, 4}
    assert index.counts_by_field() == {"nom": 2, "montant": 3}
    assert sorted((g.field, g.count) for g in index.groups) == [("montant", 3), ("nom", 2)]
    assert index.groups[0].count >= index.groups[-1].count  # most frequent first
    words = {index.problem(n).message for n in range(index.count)}
    assert len(words) == 2  # one code for a missing value, one for a bad number


def test_a_problem_of_the_whole_row_is_shown_on_each_of_its_cells(tmp_path: Path) -> None:
    path = tmp_path / "publiable.csv"
    path.write_text("nom,montant\nA,1\nB,2,en trop\n", encoding="utf-8", newline="")
    schema = _schema()

    index = index_problems(validate_csv(path, schema), schema)

    assert index.count >= 1
    assert index.rows.get(1), "the extra cell belongs to the row, not to a field"
    assert index.at(1, 0) == index.at(1, 1) != []
    assert index.at(0, 0) == []
