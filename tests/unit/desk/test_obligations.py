"""The bundled obligations list and each entry's status for a commune."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.core.desk.obligations import (
    ObligationStatus,
    load_obligations,
    obligation_status,
)
from desktop_app.core.errors import AppError
from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.paths import resources_dir


def test_the_list_names_the_expected_datasets_with_national_schemas(tmp_path: Path) -> None:
    obligations = load_obligations(resources_dir())
    ids = {item.id for item in obligations}
    assert ids >= {
        "deliberations",
        "subventions",
        "equipements",
        "budget",
        "marches-publics",
        "menus",
        "prenoms",
        "agec-reemploi",
    }
    catalogue = SchemaCatalogue(resources_dir() / "schemas", tmp_path)
    known = {entry.name for entry in catalogue.entries()}
    for item in obligations:
        assert item.schema in known, item.id
        assert item.title["fr"]
        assert item.title["en"]
        assert item.sentence["fr"].endswith(".")
        assert item.sentence["en"].endswith(".")
        if item.required:
            assert item.reference, f"{item.id}: a required entry cites its legal reference"
    recommended = {item.id for item in obligations if not item.required}
    assert {"menus", "prenoms"} <= recommended
    agec = next(item for item in obligations if item.id == "agec-reemploi")
    assert agec.due == "06-30"
    assert "art. 58" in (agec.reference or "")


def test_population_decides_whether_an_obligation_applies() -> None:
    deliberations = next(o for o in load_obligations(resources_dir()) if o.id == "deliberations")
    assert deliberations.applies_to(3500) is True
    assert deliberations.applies_to(3499) is False
    assert deliberations.applies_to(None) is None
    today = date(2026, 12, 6)
    assert obligation_status(deliberations, [], 800, today) is ObligationStatus.NOT_APPLICABLE
    assert obligation_status(deliberations, [], None, today) is ObligationStatus.NEVER


def test_statuses_from_the_matching_datasets() -> None:
    obligations = {o.id: o for o in load_obligations(resources_dir())}
    today = date(2026, 12, 6)
    recent = datetime(2026, 11, 20, tzinfo=UTC)
    subsidies = obligations["subventions"]
    assert obligation_status(subsidies, [], None, today) is ObligationStatus.NEVER
    assert (
        obligation_status(subsidies, [(False, recent)], None, today) is ObligationStatus.PUBLISHED
    )
    assert obligation_status(subsidies, [(True, recent)], None, today) is ObligationStatus.LATE
    # One up-to-date dataset is enough, even beside an abandoned one.
    assert (
        obligation_status(subsidies, [(True, recent), (False, recent)], None, today)
        is ObligationStatus.PUBLISHED
    )


def test_the_yearly_declaration_is_late_after_30_june_without_a_publication_this_year() -> None:
    agec = next(o for o in load_obligations(resources_dir()) if o.id == "agec-reemploi")
    last_year = datetime(2025, 6, 1, tzinfo=UTC)
    this_year = datetime(2026, 3, 1, tzinfo=UTC)
    assert agec.next_due(date(2026, 5, 1)) == date(2026, 6, 30)
    assert agec.next_due(date(2026, 7, 1)) == date(2027, 6, 30)
    assert obligation_status(agec, [(False, last_year)], None, date(2026, 6, 30)) is (
        ObligationStatus.PUBLISHED
    )
    assert obligation_status(agec, [(False, last_year)], None, date(2026, 7, 1)) is (
        ObligationStatus.LATE
    )
    assert obligation_status(agec, [(False, this_year)], None, date(2026, 7, 1)) is (
        ObligationStatus.PUBLISHED
    )


def test_a_damaged_list_is_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "obligations"
    folder.mkdir()
    (folder / "obligations.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(AppError) as raised:
        load_obligations(tmp_path)
    assert raised.value.code == "desk-obligations-damaged"
