"""A column judged with the rest of its table, after each column was judged alone.

Names beside a column of functions (maire, adjoint…) are elected officials; addresses in a
table of places are public buildings'; a column of capitalised words beside first names holds
surnames; old dates are birth dates only in a table of people. Each change is said as
evidence, so the agent sees why a confidence went up or down.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.privacy.columns import ColumnSample, ColumnVerdict
from desktop_app.core.privacy.context import Role
from desktop_app.core.privacy.model import Category, Evidence
from desktop_app.core.privacy.names import is_name_word

NAMES = (Category.PERSON_NAME, Category.FIRST_NAME, Category.LAST_NAME)


def lower_in_context(
    verdict: ColumnVerdict, role: Role | None, *, officials: bool, places: bool
) -> None:
    """Lower, and say why, what the table shows is not a citizen's personal data."""
    if officials and verdict.category in NAMES:
        verdict.lowered.append(Evidence.of("privacy-elected-officials"))
        verdict.confidence = min(verdict.confidence, 0.3)
    if verdict.category is Category.POSTAL_ADDRESS and (places or role is Role.PUBLIC_PLACE):
        verdict.lowered.append(Evidence.of("privacy-public-places"))
        verdict.confidence = min(verdict.confidence, 0.3)
    public = places or role is Role.PUBLIC_CONTACT
    if public and verdict.category is Category.PHONE and verdict.mobiles < 0.2:
        verdict.lowered.append(Evidence.of("privacy-public-phone"))
        verdict.confidence = min(verdict.confidence, 0.3)
    elif role is Role.PUBLIC_CONTACT and verdict.category in (Category.EMAIL, Category.PHONE):
        verdict.evidence.append(Evidence.of("privacy-public-contact-field"))


def surnames_next_to_first_names(
    samples: Sequence[ColumnSample],
    verdicts: dict[int, ColumnVerdict],
    handled: set[str],
    roles: dict[str, Role],
) -> None:
    """A column of surnames beside a column of first names is a column of surnames."""
    for index, verdict in list(verdicts.items()):
        if verdict.category is not Category.FIRST_NAME or verdict.confidence < 0.5:
            continue
        for neighbour in (index - 1, index + 1):
            if not 0 <= neighbour < len(samples) or neighbour in verdicts:
                continue
            sample = samples[neighbour]
            if sample.name in handled or roles.get(sample.name) is not None:
                continue
            share = sample.share(is_name_word)
            # surnames vary from row to row; a handful of repeated words is a category
            varied = len(set(sample.values)) >= min(50, 0.2 * len(sample.values))
            if share >= 0.8 and varied:
                found = ColumnVerdict(Category.LAST_NAME, 0.8 * verdict.confidence / 0.9)
                found.evidence.append(Evidence.of("privacy-next-to-first-names"))
                found.evidence.append(
                    Evidence.of("privacy-values-last_name", share=round(share, 2))
                )
                found.lowered = list(verdict.lowered)
                found.confidence = min(found.confidence, verdict.confidence)
                found.examples = sample.examples(is_name_word, Category.LAST_NAME)
                verdicts[neighbour] = found


def birth_dates_of_people(verdicts: dict[int, ColumnVerdict]) -> None:
    """Old, spread-out dates without a title are birth dates only in a table of people."""
    people = any(v.category in NAMES and v.confidence >= 0.5 for v in verdicts.values())
    for index, verdict in list(verdicts.items()):
        if verdict.category is Category.BIRTH_DATE and verdict.confidence < 0.5:
            if people:
                verdict.confidence = 0.7
                verdict.evidence.append(Evidence.of("privacy-person-table"))
            else:
                del verdicts[index]
