"""The one shape of the agent's corrections: stored, undone, and replayed on next month's rows."""

from __future__ import annotations

from types import MappingProxyType

import pandas as pd
import pytest

from desktop_app.core.preparation.edits import (
    CellEdit,
    CellsRemedy,
    ColumnRule,
    EditHistory,
    Replay,
    apply_edits,
    changed_cells,
    edit_from_json,
)


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "NOM": ["Budget", "Voirie", "Ecole", "Voirie"],
            "DATE": ["15/03/2024", "2024-03-16", "17/03/2024", ""],
            "SIRET": ["", "", "", ""],
        }
    )


EDITS = (
    CellEdit("NOM", 2, "Budget", "Budget primitif"),
    ColumnRule("DATE", MappingProxyType({"15/03/2024": "2024-03-15", "17/03/2024": "2024-03-17"})),
    ColumnRule.constant("SIRET", "21380433200013", "remedy-fill-profile"),
    CellsRemedy("NOM", "redact-text", ((3, "Voirie", ""), (5, "Voirie", ""))),
)


@pytest.mark.parametrize("edit", EDITS)
def test_every_kind_is_stored_and_read_back_unchanged(edit: object) -> None:
    assert edit_from_json(edit.to_json()) == edit  # type: ignore[attr-defined]


def test_each_kind_says_how_it_replays() -> None:
    assert [edit.replay for edit in EDITS] == [
        Replay.SAME_VALUE,
        Replay.KNOWN_VALUES,
        Replay.EVERY_ROW,
        Replay.SAME_VALUE,
    ]


def test_a_version_1_fix_reads_as_a_rule_without_fill() -> None:
    stored = {"kind": "fix", "field": "DATE", "replacements": {"a": "b"}, "kinds": ["date"]}
    rule = edit_from_json(stored)
    assert rule == ColumnRule("DATE", MappingProxyType({"a": "b"}), ("date",))
    assert rule.to_json() == stored


def test_replaying_applies_each_kind_and_reports_what_no_longer_fits() -> None:
    frame = _frame()
    outcome = apply_edits(frame, EDITS)
    assert outcome.frame["NOM"].tolist() == ["Budget primitif", "", "Ecole", ""]
    assert outcome.frame["DATE"].tolist() == ["2024-03-15", "2024-03-16", "2024-03-17", ""]
    assert outcome.frame["SIRET"].tolist() == ["21380433200013"] * 4
    # Row 5 of the file is the fourth data row: it held "Voirie", so the remedy applies there
    # too; nothing was skipped, and the agent's table itself is untouched.
    assert outcome.skipped == ()
    assert frame["NOM"].tolist() == ["Budget", "Voirie", "Ecole", "Voirie"]


def test_next_month_a_cell_edit_applies_only_where_the_same_value_comes_back() -> None:
    next_month = pd.DataFrame({"NOM": ["Autre chose", "Budget"], "DATE": ["", ""]})
    outcome = apply_edits(next_month, (CellEdit("NOM", 2, "Budget", "Budget primitif"),))
    assert outcome.frame["NOM"].tolist() == ["Autre chose", "Budget"]
    assert outcome.skipped == (CellEdit("NOM", 2, "Budget", "Budget primitif"),)


def test_the_cells_shown_changed_are_those_the_replay_changes() -> None:
    frame = _frame()
    replayed = apply_edits(frame, EDITS).frame
    expected = {
        (row, name): str(replayed[name].iat[row])
        for name in frame.columns
        for row in range(len(frame))
        if str(replayed[name].iat[row]) != str(frame[name].iat[row])
    }
    assert changed_cells(frame, EDITS) == expected


def test_a_cell_corrected_then_covered_by_a_rule_shows_the_rule() -> None:
    frame = _frame()
    edits = (
        CellEdit("DATE", 5, "", "15/03/2024"),
        ColumnRule("DATE", MappingProxyType({"15/03/2024": "2024-03-15"})),
    )
    assert changed_cells(frame, edits)[(3, "DATE")] == "2024-03-15"
    assert apply_edits(frame, edits).frame.at[3, "DATE"] == "2024-03-15"


def test_the_history_undoes_and_redoes_in_order_and_forgets_what_a_new_edit_replaces() -> None:
    history = EditHistory()
    for edit in EDITS[:3]:
        history = history.added(edit)
    undone = history.undone().undone()
    assert undone.active == EDITS[:1]
    assert undone.redone().active == EDITS[:2]
    branched = undone.added(EDITS[3])
    assert branched.edits == (EDITS[0], EDITS[3])
    assert not branched.can_redo
    assert EditHistory.from_json(history.undone().to_json()) == history.undone()
