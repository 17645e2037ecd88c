"""Masked examples show the kind of a value, never the value."""

from __future__ import annotations

import pytest

from desktop_app.core.privacy.masking import mask
from desktop_app.core.privacy.model import Category


@pytest.mark.parametrize(
    ("text", "category", "masked"),
    [
        ("jean.dupont@gmail.com", Category.EMAIL, "j***.d*****@gmail.com"),
        ("06 12 34 56 78", Category.PHONE, "06 ** ** ** 78"),
        ("Mme Martine DURAND", Category.PERSON_NAME, "Mme M****** D*****"),
        ("15/03/1985", Category.BIRTH_DATE, "**/**/198*"),
        ("12 rue des Lilas", Category.POSTAL_ADDRESS, "** rue des L****"),
        ("2 85 05 78 006 084 41", Category.NIR, "2 8* ** ** *** *** **"),
        ("FR76 3000 6000", Category.IBAN, "FR** **** ****"),
    ],
)
def test_examples_are_masked(text: str, category: Category, masked: str) -> None:
    assert mask(text, category) == masked


def test_a_long_value_is_cut() -> None:
    assert len(mask("Jean " * 40, Category.PERSON_NAME)) <= 60
