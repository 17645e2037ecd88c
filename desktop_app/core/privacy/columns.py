"""Which kind of personal data a whole column holds, judged on a sample of its values.

Every recogniser runs over the sample; the share of values it accepts, with the title's clue,
gives a confidence. A title alone gives a middling confidence; values that contradict the
title (SIRETs under "SIRET ou NIR", associations under "Nom") give none or a lowered one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop_app.core.privacy import patterns
from desktop_app.core.privacy.headers import HeaderClue
from desktop_app.core.privacy.masking import mask
from desktop_app.core.privacy.model import Category, Evidence
from desktop_app.core.privacy.names import FirstNames, is_name_word
from desktop_app.core.privacy.parties import Party
from desktop_app.core.privacy.shapes import ValueShape, title_contradicted

EXAMPLES = 3
OLDEST_BIRTH_YEAR = 1900


@dataclass
class ColumnVerdict:
    """The kind of personal data a column most likely holds, and why."""

    category: Category
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    lowered: list[Evidence] = field(default_factory=list)
    examples: tuple[str, ...] = ()
    mobiles: float = 0.0
    cells: bool = False


@dataclass(frozen=True)
class ColumnSample:
    """Some non-empty values of a column, spread over the whole table."""

    name: str
    label: str
    values: Sequence[str]

    def share(self, accepts: Callable[[str], bool]) -> float:
        """Share of the sampled values a recogniser accepts."""
        if not self.values:
            return 0.0
        return sum(1 for value in self.values if accepts(value)) / len(self.values)

    def examples(self, accepts: Callable[[str], bool], category: Category) -> tuple[str, ...]:
        """A few different values the recogniser accepts, masked."""
        shown: list[str] = []
        for value in dict.fromkeys(self.values):
            if accepts(value):
                shown.append(mask(value, category))
                if len(shown) == EXAMPLES:
                    break
        return tuple(shown)


def _scaled(share: float, floor: float, high: float) -> float:
    """A confidence from a share: ``floor`` when half the values match, ``high`` when all do."""
    return floor + (high - floor) * max(0.0, (share - 0.5) / 0.5)


NAMES = (Category.PERSON_NAME, Category.FIRST_NAME, Category.LAST_NAME)
MOSTLY_ORGANISATIONS = 0.3


def classify_column(
    sample: ColumnSample,
    clue: HeaderClue | None,
    first_names: FirstNames,
    current_year: int,
    *,
    identified: bool = False,
) -> ColumnVerdict | None:
    """The most likely kind of personal data in the column, or None if it holds none.

    ``identified`` says the table gives a valid SIRET, SIREN or RNA beside the names: a name
    that is neither clearly a person's nor an organisation's is then a trade name.
    """
    if not sample.values:
        return None
    shape = ValueShape.of(sample.values)
    recognisers: dict[Category, Callable[[str], bool]] = {
        Category.EMAIL: patterns.is_email,
        Category.NIR: patterns.is_nir,
        Category.IBAN: patterns.is_iban,
        Category.PHONE: patterns.is_phone,
        Category.POSTAL_ADDRESS: patterns.is_postal_address,
        Category.OTHER_IDENTIFIER: patterns.is_licence_plate,
    }
    parties = {} if shape.never_names else {v: first_names.party(v) for v in set(sample.values)}
    if not shape.never_names:
        recognisers[Category.PERSON_NAME] = lambda value: parties[value] is Party.PERSON
        if not shape.repeated_categories:
            recognisers[Category.FIRST_NAME] = first_names.is_first_name
    if clue is not None and clue.category in NAMES and _names_excluded(shape):
        clue = None
    verdicts = [
        verdict
        for category, accepts in recognisers.items()
        if (verdict := _by_values(sample, category, accepts, clue, first_names)) is not None
    ]
    birth = _birth_dates(sample, clue, current_year)
    if birth is not None:
        verdicts.append(birth)
    if not shape.never_names and all(verdict.category in NAMES for verdict in verdicts):
        # (e-mails, phones, addresses of a body are judged as such, not as names)
        mixed = _mostly_organisations(sample, parties, identified=identified)
        if mixed is not None:
            # organisations' names: the few persons among them are cells, not the column
            verdicts = [verdict for verdict in verdicts if verdict.category not in NAMES]
            clue = None if clue is not None and clue.category in NAMES else clue
            verdicts.append(mixed)
    if clue is not None and clue.category is Category.LAST_NAME and not _any_cells(verdicts):
        # many surnames are also first names (Martin, Durand): under a surname's title,
        # single name-like words are surnames
        person = [v for v in verdicts if v.category is Category.PERSON_NAME]
        titled = _by_title(sample, clue, shape)
        if titled is not None and not (person and person[0].confidence > titled.confidence):
            return titled
    if not verdicts and clue is not None:
        titled = _by_title(sample, clue, shape)
        verdicts.extend([] if titled is None else [titled])
    if not verdicts:
        return None
    return max(verdicts, key=lambda verdict: verdict.confidence)


def _names_excluded(shape: ValueShape) -> bool:
    return shape.never_names or shape.repeated_categories


def _any_cells(verdicts: list[ColumnVerdict]) -> bool:
    return any(verdict.cells for verdict in verdicts)


def _mostly_organisations(
    sample: ColumnSample, by_value: dict[str, Party], *, identified: bool
) -> ColumnVerdict | None:
    """Names that are mostly organisations': a column of bodies where some cells are persons.

    The verdict asks the scan to read every cell of the column (``cells``): a person among
    ten thousand associations must not be missed because the sample did not meet them.
    """
    parties = [by_value[value] for value in sample.values]
    organisations = sum(party is Party.ORGANISATION for party in parties)
    unknown = sum(party is Party.UNKNOWN for party in parties)
    if identified:
        organisations += unknown
    share = organisations / len(parties)
    if share < MOSTLY_ORGANISATIONS:
        return None
    verdict = ColumnVerdict(Category.PERSON_NAME, 0.7, cells=True)
    verdict.lowered.append(Evidence.of("privacy-organisations", share=round(share, 2)))
    return verdict


_THRESHOLDS = {
    Category.EMAIL: (0.5, 0.75, 0.97),
    Category.NIR: (0.3, 0.95, 0.99),
    Category.IBAN: (0.3, 0.95, 0.99),
    Category.PHONE: (0.5, 0.7, 0.95),
    Category.PERSON_NAME: (0.4, 0.6, 0.93),
    Category.FIRST_NAME: (0.6, 0.6, 0.9),
    Category.POSTAL_ADDRESS: (0.5, 0.6, 0.9),
    Category.OTHER_IDENTIFIER: (0.6, 0.6, 0.85),
}


def _by_values(
    sample: ColumnSample,
    category: Category,
    accepts: Callable[[str], bool],
    clue: HeaderClue | None,
    first_names: FirstNames,
) -> ColumnVerdict | None:
    share = sample.share(accepts)
    minimum, floor, high = _THRESHOLDS[category]
    titled = clue is not None and clue.category is category
    if titled and category is Category.FIRST_NAME:
        minimum = 0.3
    if share < minimum or share == 0.0:
        return None
    if category is Category.PHONE and not titled:
        # nine bare digits are a phone only under a phone title; other shapes need no title
        share = sample.share(lambda value: patterns.PHONE.fullmatch(value) is not None)
        if share < minimum:
            return None
    confidence = _scaled(share, floor, high) + (0.05 if titled else 0.0)
    verdict = ColumnVerdict(category, min(confidence, 0.99))
    if titled and clue is not None:
        verdict.evidence.append(
            Evidence.of("privacy-header", label=sample.label, matched=clue.matched)
        )
    verdict.evidence.append(Evidence.of(f"privacy-values-{category.value}", share=round(share, 2)))
    verdict.examples = sample.examples(accepts, category)
    _lower_for_services(sample, verdict, first_names)
    return verdict


def _personal_mailbox(address: str, first_names: FirstNames) -> bool:
    """Whether a mailbox is a person's: a first name in it, or "j.dupont", "jdupont"-like."""
    if patterns.is_generic_mailbox(address):
        return False
    parts = [part for part in re.split(r"[._+-]", address.split("@", 1)[0]) if part]
    if any(first_names.is_first_name(part) for part in parts):
        return True
    return len(parts) >= 2 and len(parts[0]) <= 2


def _lower_for_services(
    sample: ColumnSample, verdict: ColumnVerdict, first_names: FirstNames
) -> None:
    """Generic contacts and organisations are not citizens' personal data: say so, lower."""
    if verdict.category is Category.EMAIL:
        emails = [value for value in sample.values if patterns.is_email(value)]
        generic = sum(not _personal_mailbox(value, first_names) for value in emails) / len(emails)
        if generic >= 0.5:
            verdict.lowered.append(Evidence.of("privacy-generic-contact", share=round(generic, 2)))
            verdict.confidence = min(verdict.confidence, 0.3 + 0.4 * (1 - generic))
    elif verdict.category is Category.PHONE:
        phones = [value for value in sample.values if patterns.is_phone(value)]
        mobiles = sum(patterns.is_mobile(value) for value in phones)
        distinct = len(set(phones))
        if mobiles == 0 and len(phones) >= 5 and distinct <= max(2, len(phones) // 10):
            verdict.lowered.append(Evidence.of("privacy-shared-phone", count=distinct))
            verdict.confidence = 0.3
        verdict.mobiles = mobiles / len(phones)


def _birth_dates(
    sample: ColumnSample, clue: HeaderClue | None, current_year: int
) -> ColumnVerdict | None:
    years = [year for value in sample.values if (year := patterns.birth_year(value)) is not None]
    if len(years) < 0.6 * len(sample.values) or not years:
        return None
    first, last = min(years), max(years)
    plausible = first >= OLDEST_BIRTH_YEAR and last <= current_year
    titled = clue is not None and clue.category is Category.BIRTH_DATE
    if not plausible or not titled:
        # dates without a birth title are events (délibérations, conventions): not flagged
        # here; a person's table may still raise them, see scan.py
        if not plausible or last - first < 20:
            return None
        verdict = ColumnVerdict(Category.BIRTH_DATE, 0.35)
    else:
        verdict = ColumnVerdict(Category.BIRTH_DATE, 0.95)
        verdict.evidence.append(
            Evidence.of("privacy-header", label=sample.label, matched=clue.matched if clue else "")
        )
    verdict.evidence.append(Evidence.of("privacy-birth-years", first=str(first), last=str(last)))
    verdict.examples = sample.examples(
        lambda value: patterns.birth_year(value) is not None, Category.BIRTH_DATE
    )
    return verdict


def _by_title(sample: ColumnSample, clue: HeaderClue, shape: ValueShape) -> ColumnVerdict | None:
    """Only the title points to personal data: a middling confidence, or none.

    The values must not contradict the title: names need name-like values, an e-mail an
    « @ », a phone eight digits, a NIR fifteen characters (SIRETs under "SIRET ou NIR" are
    companies' numbers), a date of birth a date; services are not addresses.
    """
    if clue.category in NAMES:
        if _names_excluded(shape):
            return None
        if clue.category is not Category.LAST_NAME:
            return None
        words = sample.share(is_name_word)
        if words < 0.6:
            return None
        verdict = ColumnVerdict(clue.category, _scaled(words, 0.7, 0.88))
        verdict.evidence.append(
            Evidence.of("privacy-header", label=sample.label, matched=clue.matched)
        )
        verdict.evidence.append(Evidence.of("privacy-values-last_name", share=round(words, 2)))
        verdict.examples = sample.examples(is_name_word, Category.LAST_NAME)
        return verdict
    if title_contradicted(clue.category.value, sample.values):
        return None
    if clue.category is Category.POSTAL_ADDRESS and (
        shape.never_names or sample.share(patterns.is_service) >= 0.5
    ):
        return None
    verdict = ColumnVerdict(clue.category, 0.5)
    verdict.evidence.append(Evidence.of("privacy-header", label=sample.label, matched=clue.matched))
    verdict.evidence.append(Evidence.of("privacy-header-only"))
    verdict.examples = tuple(dict.fromkeys(mask(value, clue.category) for value in sample.values))[
        :EXAMPLES
    ]
    return verdict
