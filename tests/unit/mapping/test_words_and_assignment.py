"""Labels compared as agents write them, and columns paired with fields all at once."""

from __future__ import annotations

import itertools
import random

import pytest

from desktop_app.core.mapping.assignment import best_pairs
from desktop_app.core.mapping.label_matching import plain, similarity, words


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Date de la séance", "Date séance"),
        ("N° délib.", "Numéro délibération"),
        ("CP", "Code postal"),
        ("MONTANT", "montant"),
        ("Montants", "montant"),
        ("séance, date", "date de séance"),
    ],
)
def test_same_meaning_scores_high(label: str, name: str) -> None:
    assert similarity(label, name) >= 0.9


@pytest.mark.parametrize(
    ("label", "name", "low", "high"),
    [
        ("Montant voté", "montant", 0.6, 0.9),
        ("Objet", "DELIB_OBJET", 0.6, 0.9),
        ("Bénéficiaire", "nomBeneficiaire", 0.6, 0.9),
        ("Benificiaire", "beneficiaire", 0.6, 0.9),
        ("Commune", "Montant", 0.0, 0.0),
    ],
)
def test_partial_matches(label: str, name: str, low: float, high: float) -> None:
    assert low <= similarity(label, name) <= high


def test_field_names_are_split_like_labels() -> None:
    assert plain("nomBeneficiaire") == "nom beneficiaire"
    assert plain("DELIB_MATIERE_CODE") == "delib matiere code"
    assert words("N° de la délibération") == frozenset({"numero", "deliberation"})


def test_pairing_is_global_not_greedy() -> None:
    # Field 0 slightly prefers column 0, but field 1 fits only column 0: a greedy choice
    # for field 0 would leave field 1 with nothing.
    scores = [[0.9, 0.8], [0.85, 0.0]]
    assert sorted(best_pairs(scores)) == [(0, 1), (1, 0)]


def test_pairing_matches_brute_force_on_random_matrices() -> None:
    rng = random.Random(7)
    for _ in range(300):
        rows, columns = rng.randint(1, 5), rng.randint(1, 5)
        scores = [[rng.random() for _ in range(columns)] for _ in range(rows)]
        total = sum(scores[r][c] for r, c in best_pairs(scores))
        if rows <= columns:
            best = max(
                sum(scores[r][c] for r, c in enumerate(pick))
                for pick in itertools.permutations(range(columns), rows)
            )
        else:
            best = max(
                sum(scores[r][c] for c, r in enumerate(pick))
                for pick in itertools.permutations(range(rows), columns)
            )
        assert total == pytest.approx(best)


def test_pairing_of_empty_matrices() -> None:
    assert best_pairs([]) == []
    assert best_pairs([[]]) == []
