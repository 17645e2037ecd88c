"""Checks on one cell's form: budget years, ACTES subjects, opening hours, phone numbers."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core.validation.custom_checks import load_actes_nomenclature
from desktop_app.core.validation.custom_checks.nomenclature import fold
from desktop_app.core.validation.custom_checks.text_forms import phone_ok
from tests.unit.validation.custom_checks_support import check, found, frame_of


def test_year_interval_with_year_alone_allowed() -> None:
    frame = frame_of(Y=["2023/2024", "2024", "2024/2023", "2024/2024", "24", "2023-2024", ""])
    result = check("year-interval-value", {"column": "Y", "allow-year-only": "yes"}, frame)
    assert found(result) == [
        (4, "Y", "check-year-interval-order"),
        (5, "Y", "check-year-interval-order"),
        (6, "Y", "check-year-or-interval-form"),
        (7, "Y", "check-year-or-interval-form"),
    ]
    order = next(item for item in result.iter_findings() if item.row_number == 4)
    # The years in their own order (Validata's message swaps them).
    assert (order.details["first"], order.details["last"]) == ("2024", "2023")


def test_year_alone_refused_unless_allowed() -> None:
    frame = frame_of(Y=["2023/2024", "2024"])
    for params in ({"column": "Y"}, {"column": "Y", "allow_year_only": "no"}):
        assert found(check("year-interval-value", params, frame)) == [
            (3, "Y", "check-year-interval-form")
        ]


@pytest.mark.parametrize("name", ["nomenclature-actes-value", "nomenclature-acte"])
def test_actes_subjects(name: str) -> None:
    frame = frame_of(
        M=[
            "Commande publique/Marchés publics",
            "finances locales/subventions",
            "FONCTION PUBLIQUE/Régime indemnitaire",
            "Libertes publiques et pouvoirs de police/Police municipale",
            "Finances locales/Notre propre sous-thème",  # level 2 is free
            "Finances locales",
            "Finances locales / Subventions",
            "Finance/Subventions",
            "",
        ]
    )
    assert found(check(name, {"column": "M"}, frame)) == [
        (7, "M", "check-actes-slash"),
        (8, "M", "check-actes-spaces"),
        (9, "M", "check-actes-level1"),
    ]


def test_bundled_nomenclature_has_the_national_levels() -> None:
    nomenclature = load_actes_nomenclature()
    assert len(nomenclature.subjects) == 9
    assert sum(len(subject.subsubjects) for subject in nomenclature.subjects) == 57
    assert "Commande publique/Marchés publics" in nomenclature.full_names()
    assert fold("Libertés publiques et pouvoirs de police") in nomenclature.level1_folded
    assert "moselle.gouv.fr" in nomenclature.source


def test_unreadable_nomenclature_is_a_warning(tmp_path: Path) -> None:
    broken = tmp_path / "actes.json"
    broken.write_text(json.dumps({"matieres": [{"nom": "x"}]}), encoding="utf-8")
    with pytest.raises(ValueError, match="ACTES"):
        load_actes_nomenclature(broken)


@pytest.mark.parametrize(
    "hours",
    ["Mo-Fr 08:00-12:00,14:00-18:00", "24/7", "Mo-Sa 09:00-19:00; PH off", "Tu,Th 14:00-17:30"],
)
def test_osm_opening_hours_pass(hours: str) -> None:
    assert check("opening-hours-value", {"column": "H"}, frame_of(H=[hours])).error_count == 0


@pytest.mark.parametrize(
    "hours", ["lundi 9h-12h", "Mo-Fr 8h-12h", "9:00 - 17:00 du lundi au vendredi"]
)
def test_free_text_opening_hours_fail(hours: str) -> None:
    result = check("opening-hours-value", {"column": "H"}, frame_of(H=["24/7", hours, ""]))
    assert found(result) == [(3, "H", "check-opening-hours")]


@pytest.mark.parametrize(
    "phone",
    ["01 44 11 12 13", "0144111213", "01.44.11.12.13", "+33 1 44 11 12 13", "06 12 34 56 78",
     "+44 20 7946 0000", "115", "3949", "17"],
)  # fmt: skip
def test_valid_phones(phone: str) -> None:
    assert check("phone-number-value", {"column": "T"}, frame_of(T=[phone])).error_count == 0


@pytest.mark.parametrize("phone", ["12", "01 44 11 12", "appeler la mairie", "0044"])
def test_invalid_phones(phone: str) -> None:
    result = check("phone-number-value", {"column": "T"}, frame_of(T=["", phone]))
    assert found(result) == [(3, "T", "check-phone")]


def test_phone_verdicts_match_phonenumbers_number_by_number() -> None:
    generator = np.random.default_rng(5)
    numbers = [f"0{value:09d}" for value in generator.integers(10**8, 10**9, 30_000)]
    spaced = [" ".join(number[i : i + 2] for i in range(0, 10, 2)) for number in numbers[:5_000]]
    dotted = [number.replace(" ", ".") for number in spaced[:2_000]]
    values = numbers + spaced + dotted
    result = check("phone-number-value", {"column": "T"}, frame_of(T=values))
    refused = {item.value for item in result.iter_findings()}
    assert refused == {value for value in values if not phone_ok(value)}
    assert 0 < len(refused) < len(values)


def test_slash_inside_an_official_level2_name_is_fine() -> None:
    subject = "Commande publique/Transactions /protocole d'accord transactionnel"
    assert check("nomenclature-acte", {"column": "M"}, frame_of(M=[subject])).error_count == 0


@pytest.mark.parametrize(
    "subject",
    [
        "Finances  locales/Subventions",  # a doubled space inside the level-1 name
        "Finances\u00a0locales/Subventions",  # a no-break space instead of a space
        " Finances locales/Subventions",  # a space before the name
    ],
)
def test_actes_level1_names_compared_character_for_character(subject: str) -> None:
    result = check("nomenclature-acte", {"column": "M"}, frame_of(M=[subject]))
    assert found(result) == [(2, "M", "check-actes-level1")]


@pytest.mark.parametrize(
    "hours",
    [
        "Mo-Fr 8:00-12:00",  # one-digit hour
        "Mo-Fr 08:00-12:00,14:00-9:30",
        "mo-fr 08:00-12:00",  # day names are written Mo, Tu… only
        "MO-FR 08:00-12:00",
        "Mo-Fr 08:00-12:00; PH OFF",
        "jan-mar Mo 08:00-09:00",
        "Mo-Fr 08:00-12:00; ph off",
    ],
)
def test_opening_hours_held_to_the_documented_syntax(hours: str) -> None:
    result = check("opening-hours-value", {"column": "H"}, frame_of(H=["24/7", hours]))
    assert found(result) == [(3, "H", "check-opening-hours")]


def test_opening_hours_comments_and_keywords_in_their_spelling_pass() -> None:
    hours = [
        'Mo-Fr 08:00-12:00 "sur rendez-vous, 9h le lundi"',
        "Jan-Mar Mo 08:00-09:00; PH off",
        "Mo-Su sunrise-sunset; Dec 25 closed",
        "Mo-Fr 08:00-12:00; Sa 10:00-12:00 unknown",
    ]
    assert check("opening-hours-value", {"column": "H"}, frame_of(H=hours)).error_count == 0
