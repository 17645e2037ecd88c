"""A fix applied to a whole group is replayed on next month's rows, new values included."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

from desktop_app.core.mapping.prepare import PreparedTable
from desktop_app.core.preparation.edits import ColumnRule, apply_edits
from desktop_app.core.validation.engine import validate_rows
from desktop_app.core.validation.groups import group_problems
from desktop_app.core.validation.remedies import automatic_remedies, percent_fields
from tests.subsidies_export import PROFILE
from tests.unit.validation.test_problem_groups import prepared_export


def _rules(prepared: PreparedTable) -> list[ColumnRule]:
    """The rules the Qualité page records for the one-click fix and the attributor's SIRET."""
    frame, schema = prepared.frame, prepared.schema
    check = validate_rows(list(frame.columns), frame.to_numpy().tolist(), schema)
    groups = group_problems(check, schema)
    rules = [
        ColumnRule(r.field, MappingProxyType(dict(r.replacements)), r.kinds)
        for r in automatic_remedies(groups, schema, percent_fields(prepared.conversions))
    ]
    siret = {text: PROFILE.siret for text in set(frame["idAttribuant"])}
    rules.append(ColumnRule("idAttribuant", MappingProxyType(siret), ("remedy-fill-profile",)))
    return rules


def test_next_month_gets_this_month_s_fixes(tmp_path: Path) -> None:
    (tmp_path / "janvier").mkdir()
    (tmp_path / "fevrier").mkdir()
    this_month = prepared_export(tmp_path / "janvier")
    rules = _rules(this_month)
    next_month = prepared_export(tmp_path / "fevrier")
    frame = next_month.frame.copy()
    # Next month's payments are dated 2023: dates no rule has met yet.
    frame["datesPeriodeVersement"] = frame["datesPeriodeVersement"].str.replace("2022", "2023")

    replayed = apply_edits(frame, rules, next_month.schema).frame

    assert replayed.at[1, "datesPeriodeVersement"] == "2023-02-02"
    assert set(replayed["idAttribuant"]) == {PROFILE.siret}
    assert set(replayed["pourcentageSubvention"]) == {"1"}
    # Without the schema, only the values met this month are known.
    known_only = apply_edits(frame, rules).frame
    assert known_only.at[1, "datesPeriodeVersement"] == "02/02/2023"
