"""Recognising personal data in a cell, and inside sentences."""

from __future__ import annotations

import pytest

from desktop_app.core.privacy import patterns
from desktop_app.core.privacy.model import Category


@pytest.mark.parametrize(
    "text",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "+33 6 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "0033612345678",
        "05 49 12 34 56",
        "612345678",
    ],
)
def test_french_phone_numbers_in_their_written_forms(text: str) -> None:
    assert patterns.is_phone(text)


@pytest.mark.parametrize("text", ["2024", "12 000", "21860194600013", "06 12 34", "1.234,50"])
def test_numbers_that_are_not_phones(text: str) -> None:
    assert not patterns.is_phone(text)


def test_mobiles_are_told_from_landlines() -> None:
    assert patterns.is_mobile("+33 7 11 22 33 44")
    assert patterns.is_mobile("612345678")
    assert not patterns.is_mobile("05 49 00 00 00")


def test_a_nir_needs_its_right_key() -> None:
    assert patterns.is_nir("2 85 05 78 006 084 41")
    assert patterns.is_nir("285057800608441")
    assert not patterns.is_nir("2 85 05 78 006 084 42")
    assert not patterns.is_nir("21860194600013")


def test_an_iban_needs_its_right_check_digits() -> None:
    assert patterns.is_iban("FR76 3000 6000 0112 3456 7890 189")
    assert not patterns.is_iban("FR77 3000 6000 0112 3456 7890 189")
    assert patterns.is_siret("21860194600013")
    assert not patterns.is_siret("21860194600014")


def test_emails_and_service_mailboxes() -> None:
    assert patterns.is_email("jean.dupont@gmail.com")
    assert not patterns.is_email("jean.dupont at gmail")
    assert patterns.is_generic_mailbox("mairie@saint-machin.fr")
    assert patterns.is_generic_mailbox("contact.asso@orange.fr")
    assert not patterns.is_generic_mailbox("jean.dupont@orange.fr")


@pytest.mark.parametrize(
    "text",
    ["12 rue des Lilas", "3 bis avenue Foch", "Lieu-dit Les Granges", "Mairie, 86000 Poitiers"],
)
def test_postal_addresses(text: str) -> None:
    assert patterns.is_postal_address(text)


def test_birth_years_are_read_from_dates_only() -> None:
    assert patterns.birth_year("15/03/1985") == 1985
    assert patterns.birth_year("1985-03-15 00:00:00") == 1985
    assert patterns.birth_year("1985") is None
    assert patterns.is_licence_plate("AB-123-CD")


def test_mentions_inside_a_sentence_are_found_and_placed() -> None:
    text = (
        "Vente de la parcelle AB 12 à M. Jean DUPONT (06 12 34 56 78, jean.dupont@gmail.com), "
        "RIB FR76 3000 6000 0112 3456 7890 189, NIR 2 85 05 78 006 084 41."
    )

    found = patterns.mentions(text)

    assert [mention.category for mention in found] == [
        Category.PERSON_NAME,
        Category.PHONE,
        Category.EMAIL,
        Category.IBAN,
        Category.NIR,
    ]
    assert text[found[0].start : found[0].end] == "M. Jean DUPONT"
    assert text[found[3].start : found[3].end] == "FR76 3000 6000 0112 3456 7890 189"


def test_a_sentence_about_the_mayor_names_no_one() -> None:
    assert patterns.mentions("M. le Maire présente le budget 2024 voté le 12/03/2024.") == []
