"""Checks across columns: comparisons, sums, columns filled together, one of two required."""

from __future__ import annotations

import pytest

from tests.unit.validation.custom_checks_support import check, found, frame_of

DATES = {"PREF_DATE": "date", "DELIB_DATE": "date"}
VOTES = {name: "integer" for name in ("EFFECTIF", "REEL", "POUR", "CONTRE", "ABST")}


def test_dates_compared_as_dates() -> None:
    frame = frame_of(
        PREF_DATE=["2024-03-02", "2024-03-01", "2024-02-28", "", "2024-13-45", "2023-12-31"],
        DELIB_DATE=["2024-03-01", "2024-03-01", "2024-03-01", "2024-03-01", "2024-03-01", ""],
    )
    params = {"column": "PREF_DATE", "op": ">=", "column2": "DELIB_DATE"}
    result = check("compare-columns-value", params, frame, DATES)
    # Empty or unreadable cells are left to the other checks.
    assert found(result) == [(4, "PREF_DATE", "check-compare-ge-dates")]
    finding = next(result.iter_findings())
    assert finding.details == {
        "field": "PREF_DATE",
        "text": "2024-02-28",
        "column": "DELIB_DATE",
        "matched": "2024-03-01",
    }


def test_numbers_compared_as_numbers_not_as_text() -> None:
    frame = frame_of(EFFECTIF=["10", "9", "100", "7"], REEL=["9", "10", "20", "7"])
    params = {"column": "EFFECTIF", "op": ">=", "column2": "REEL"}
    assert found(check("compare-columns-value", params, frame, VOTES)) == [
        (3, "EFFECTIF", "check-compare-ge")
    ]


@pytest.mark.parametrize(
    ("op", "wrong_rows"),
    [("<", [3, 4]), ("<=", [4]), ("==", [2, 4]), (">=", [2]), (">", [2, 3])],
)
def test_every_operator(op: str, wrong_rows: list[int]) -> None:
    frame = frame_of(A=["1", "2", "3.5"], B=["2", "2", "1.25"])
    result = check("compare-columns-value", {"column": "A", "op": op, "column2": "B"}, frame)
    assert [row for row, _, _ in found(result)] == wrong_rows


def test_untyped_columns_are_read_as_numbers_then_dates() -> None:
    frame = frame_of(A=["12", "2024-01-02", "abc"], B=["9", "2024-01-03", "1"])
    result = check("compare-columns-value", {"column": "A", "op": ">", "column2": "B"}, frame)
    assert found(result) == [(3, "A", "check-compare-gt-dates")]


def test_sum_of_votes() -> None:
    frame = frame_of(
        REEL=["9", "43", "10", "", "5"],
        POUR=["5", "20", "10", "1", "5.0"],
        CONTRE=["3", "10", "", "1", "0"],
        ABST=["1", "9", "0", "1", "0"],
    )
    params = {"column": "REEL", "columns": ["POUR", "CONTRE", "ABST"]}
    result = check("sum-columns-value", params, frame, VOTES)
    assert found(result) == [(3, "REEL", "check-sum")]
    finding = next(result.iter_findings())
    assert finding.details["total"] == 39
    assert finding.details["columns"] == ["POUR", "CONTRE", "ABST"]


def test_sum_tolerates_decimal_rounding() -> None:
    frame = frame_of(T=["0.3", "0.31"], A=["0.1", "0.1"], B=["0.2", "0.2"])
    result = check("sum-columns-value", {"column": "T", "columns": ["A", "B"]}, frame)
    assert found(result) == [(3, "T", "check-sum")]


def test_cohesive_columns() -> None:
    frame = frame_of(
        BUDGET_ANNEE=["2024", "", "2024", ""],
        BUDGET_NOM=["Principal", "", "", "Annexe"],
    )
    params = {"column": "BUDGET_ANNEE", "othercolumns": ["BUDGET_NOM"]}
    result = check("cohesive-columns-value", params, frame)
    # Shown on the filled cell, so that the message can quote it.
    assert found(result) == [
        (4, "BUDGET_ANNEE", "check-cohesive"),
        (5, "BUDGET_NOM", "check-cohesive"),
    ]
    details = [dict(item.details) for item in result.iter_findings()]
    assert {"field": "BUDGET_NOM", "text": "Annexe"}.items() <= details[1].items()
    assert details[0]["columns"] == ["BUDGET_ANNEE", "BUDGET_NOM"]


def test_cohesive_group_of_five_vote_columns() -> None:
    frame = frame_of(
        EFFECTIF=["45", "", "", "45"],
        REEL=["43", "", "43", "43"],
        POUR=["40", "", "40", "40"],
        CONTRE=["2", "", "2", ""],
        ABST=["1", "", "1", "1"],
    )
    params = {"column": "EFFECTIF", "othercolumns": ["REEL", "POUR", "CONTRE", "ABST"]}
    assert found(check("cohesive-columns-value", params, frame, VOTES)) == [
        (4, "REEL", "check-cohesive"),
        (5, "EFFECTIF", "check-cohesive"),
    ]


def test_a_badly_typed_cell_still_counts_as_filled() -> None:
    # Validata treats a cell that failed its type as empty and reports a second, false error.
    frame = frame_of(EFFECTIF=["43,5"], REEL=["40"], POUR=["20"], CONTRE=["10"], ABST=["10"])
    params = {"column": "EFFECTIF", "othercolumns": ["REEL", "POUR", "CONTRE", "ABST"]}
    assert check("cohesive-columns-value", params, frame, VOTES).error_count == 0


def test_one_of_required() -> None:
    frame = frame_of(
        idBeneficiaire=["21860194600013", "", ""], rnaBeneficiaire=["", "W123456789", ""]
    )
    params = {"column1": "idBeneficiaire", "column2": "rnaBeneficiaire"}
    result = check("one-of-required", params, frame)
    assert found(result) == [(4, "idBeneficiaire", "check-one-of-required")]
    assert next(result.iter_findings()).details["columns"] == ["idBeneficiaire", "rnaBeneficiaire"]


def test_one_of_required_with_one_column_absent_checks_the_other() -> None:
    frame = frame_of(idBeneficiaire=["21860194600013", ""])
    params = {"column1": "idBeneficiaire", "column2": "rnaBeneficiaire"}
    result = check("one-of-required", params, frame)
    assert found(result) == [(3, "idBeneficiaire", "check-one-of-required")]
    assert [notice.code for notice in result.warnings] == ["check-column-missing"]


def test_comparison_skips_cells_that_fail_their_type() -> None:
    # "39.0" and "1e1" are not integers, a date and time is not a date: the type check
    # reports each of them once; the comparison must not report them a second time.
    frame = frame_of(
        EFFECTIF=["39.0", "1e1", "5", "5"],
        REEL=["40", "40", "40", "4"],
        PREF_DATE=["2024-03-01T10:00:00", "2024-02-01", "", "2024-03-05"],
        DELIB_DATE=["2024-03-02", "2024-03-02", "2024-03-02", "2024-03-02"],
    )
    fields = {**VOTES, **DATES}
    votes = {"column": "EFFECTIF", "op": ">=", "column2": "REEL"}
    dates = {"column": "PREF_DATE", "op": ">=", "column2": "DELIB_DATE"}
    assert found(check("compare-columns-value", votes, frame, fields)) == [
        (4, "EFFECTIF", "check-compare-ge")
    ]
    assert found(check("compare-columns-value", dates, frame, fields)) == [
        (3, "PREF_DATE", "check-compare-ge-dates")
    ]


def test_sum_skips_cells_that_fail_their_type() -> None:
    frame = frame_of(
        REEL=["43", "43.0", "43", "1e1"],
        POUR=["39.0", "40", "40", "10"],
        CONTRE=["1", "1", "1", "0"],
        ABST=["1", "1", "1", "0"],
    )
    params = {"column": "REEL", "columns": ["POUR", "CONTRE", "ABST"]}
    assert found(check("sum-columns-value", params, frame, VOTES)) == [(4, "REEL", "check-sum")]


def test_sum_is_exact() -> None:
    amounts = {"T": "number", "A": "number", "B": "number"}
    frame = frame_of(
        T=["100000000010", "0.300000001", "0.3", "12345678901234567890.1", "1e2"],
        A=["100000000000", "0.1", "0.1", "12345678901234567890", "99.99"],
        B=["0", "0.2", "0.2", "0.1", "0.01"],
    )
    result = check("sum-columns-value", {"column": "T", "columns": ["A", "B"]}, frame, amounts)
    assert found(result) == [(2, "T", "check-sum"), (3, "T", "check-sum")]
    totals = [item.details["total"] for item in result.iter_findings()]
    assert totals == [100000000000, "0.3"]


def test_a_nan_total_or_part_is_wrong() -> None:
    amounts = {"T": "number", "A": "number", "B": "number"}
    frame = frame_of(
        T=["NaN", "3", "nan", "Infinity"], A=["1", "NaN", "1", "Infinity"], B=["2"] * 4
    )
    result = check("sum-columns-value", {"column": "T", "columns": ["A", "B"]}, frame, amounts)
    assert found(result) == [(2, "T", "check-sum"), (3, "T", "check-sum"), (4, "T", "check-sum")]
