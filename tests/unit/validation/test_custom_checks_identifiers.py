"""SIRET and SIREN: the same verdicts as python-stdnum (hence Validata), La Poste included."""

from __future__ import annotations

import numpy as np
import pytest
from stdnum import luhn
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from tests.unit.validation.custom_checks_support import check, found, frame_of

# SIRETs of public bodies quoted in the bundled schemas' examples; their key is right.
PUBLIC_SIRETS = [
    "21860194600013",  # Poitiers (the délibérations example)
    "21330063500017",
    "25330618700035",
    "24350013900189",
    "23350001600040",
    "21750001600019",
]
LA_POSTE_HEAD_OFFICE = "35600000000048"


def _la_poste_siret(luhn_right: bool) -> str:
    """A La Poste establishment number whose digits add up to a multiple of 5."""
    for nic in range(10_000, 99_999):
        number = f"356000000{nic:05d}"
        digit_sum = sum(int(digit) for digit in number)
        if digit_sum % 5 == 0 and luhn.is_valid(number) == luhn_right:
            return number
    raise AssertionError("no such number")


@pytest.mark.parametrize("number", PUBLIC_SIRETS)
def test_public_bodies_sirets_pass(number: str) -> None:
    for name in ("french-siret-value", "siret"):
        assert check(name, {"column": "S"}, frame_of(S=[number])).error_count == 0


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("21860194600014", "check-siret-key"),  # last digit wrong
        ("21860149600013", "check-siret-key"),  # two digits swapped
        ("2186019460001", "check-siret-length"),  # 13 digits (the Validata example)
        ("218601946000130", "check-siret-length"),
        ("2186019460001A", "check-siret-characters"),
        ("n/a", "check-siret-characters"),
        ("13002526564591", "check-siret-key"),  # a schema example that is not a real SIRET
    ],
)
def test_wrong_sirets_say_why(number: str, code: str) -> None:
    result = check("french-siret-value", {"column": "S"}, frame_of(S=["21860194600013", number]))
    assert found(result) == [(3, "S", code)]
    assert next(result.iter_findings()).value == number


def test_spaces_and_dots_are_ignored_as_stdnum_does() -> None:
    frame = frame_of(S=["218 601 946 00013", "218.601.946.00013", " 21860194600013"])
    assert check("siret", {"column": "S"}, frame).error_count == 0


def test_la_poste_establishments_follow_their_own_rule() -> None:
    good_la_poste = _la_poste_siret(luhn_right=False)
    assert stdnum_siret.is_valid(good_la_poste)
    bad_la_poste = next(
        f"356000000{nic:05d}"
        for nic in range(10_000, 99_999)
        if not stdnum_siret.is_valid(f"356000000{nic:05d}") and luhn.is_valid(f"356000000{nic:05d}")
    )
    frame = frame_of(S=[LA_POSTE_HEAD_OFFICE, good_la_poste, bad_la_poste])
    assert found(check("siret", {"column": "S"}, frame)) == [(4, "S", "check-siret-key")]


def test_empty_cells_are_not_judged() -> None:
    assert check("siret", {"column": "S"}, frame_of(S=["", "", ""])).error_count == 0


def test_verdicts_match_stdnum_on_random_numbers() -> None:
    generator = np.random.default_rng(7)
    numbers = [f"{value:014d}" for value in generator.integers(0, 10**14, 20_000)]
    numbers += [f"356000000{value:05d}" for value in generator.integers(0, 10**5, 2_000)]
    result = check("siret", {"column": "S"}, frame_of(S=numbers))
    refused = {item.value for item in result.iter_findings()}
    assert refused == {number for number in numbers if not stdnum_siret.is_valid(number)}
    assert 0 < len(refused) < len(numbers)


def test_siren_old_and_new_names() -> None:
    frame = frame_of(N=["218601946", "218601947", "21860194", "21860194A", ""])
    expected = [
        (3, "N", "check-siren-key"),
        (4, "N", "check-siren-length"),
        (5, "N", "check-siren-characters"),
    ]
    for name in ("french-siren-value", "siren"):
        assert found(check(name, {"column": "N"}, frame)) == expected


def test_siren_verdicts_match_stdnum() -> None:
    generator = np.random.default_rng(11)
    numbers = [f"{value:09d}" for value in generator.integers(0, 10**9, 20_000)]
    result = check("siren", {"column": "N"}, frame_of(N=numbers))
    refused = {item.value for item in result.iter_findings()}
    assert refused == {number for number in numbers if not stdnum_siren.is_valid(number)}


# How office software and web forms write a SIRET: groups apart with no-break (U+00A0),
# narrow no-break (U+202F), thin (U+2009), figure (U+2007) or ideographic (U+3000) spaces,
# full-width digits from an East Asian input method, a middle dot for a dot.
SPACED_SIRETS = [
    "218\u00a0601\u00a0946\u00a000013",
    "218\u202f601\u202f946\u202f00013",
    "218\u2009601\u2009946\u200900013",
    "218\u2007601\u2007946\u200700013",
    "218\u3000601\u3000946\u300000013",
    "\uff12\uff11\uff18\uff16\uff10\uff11\uff19\uff14\uff16\uff10\uff10\uff10\uff11\uff13",
    "218\u00b7601\u00b7946\u00b700013",
    "\u00a021860194600013\u202f",
]


@pytest.mark.parametrize("number", SPACED_SIRETS)
def test_sirets_are_cleaned_as_stdnum_cleans_them(number: str) -> None:
    assert stdnum_siret.is_valid(number)
    assert check("siret", {"column": "S"}, frame_of(S=[number])).error_count == 0


def test_siren_with_no_break_spaces_and_full_width_digits() -> None:
    numbers = ["218\u00a0601\u00a0946", "218\u202f601\u202f946", "\uff12\uff11\uff18601946"]
    assert all(stdnum_siren.is_valid(number) for number in numbers)
    assert check("siren", {"column": "N"}, frame_of(N=numbers)).error_count == 0


def test_cleaned_numbers_still_say_what_is_wrong() -> None:
    frame = frame_of(
        S=[
            "218\u00a0601\u00a0946\u00a000014",  # clean form, wrong key
            "218\u00a0601\u00a0946\u00a00001",  # 13 digits
            "218601946\t00013",  # a tab is not a separator for stdnum
            "\u00a0.\u202f",  # nothing left: no digit at all, of the wrong length
        ]
    )
    assert found(check("siret", {"column": "S"}, frame)) == [
        (2, "S", "check-siret-key"),
        (3, "S", "check-siret-length"),
        (4, "S", "check-siret-characters"),
        (5, "S", "check-siret-length"),
    ]
    for number in frame["S"]:
        assert not stdnum_siret.is_valid(number)
