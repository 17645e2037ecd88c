"""The ids data.gouv.fr accepts for licences, update frequencies and spatial granularities.

Checked against udata 17.x (``UpdateFrequency``, the licence ids of the official front end);
the agent sees them through French labels (texts/codes/metadata.py), never as ids.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    """A licence an administration may choose for its data, with its official page."""

    id: str
    url: str


# The two licences the law (décret n° 2017-638, CRPA D.323-2-1) lets an administration choose
# for data: Licence Ouverte first, as recommended.
LICENCES: tuple[Licence, ...] = (
    Licence("lov2", "https://www.etalab.gouv.fr/licence-ouverte-open-licence"),
    Licence("odc-odbl", "https://opendatacommons.org/licenses/odbl/summary/"),
)
LICENCE_IDS = frozenset(licence.id for licence in LICENCES)
RECOMMENDED_LICENCE = "lov2"

# udata's UpdateFrequency, in its own order.
FREQUENCIES: tuple[str, ...] = (
    "continuous",
    "oneMinute",
    "fiveMinutes",
    "tenMinutes",
    "fifteenMinutes",
    "thirtyMinutes",
    "hourly",
    "bihourly",
    "trihourly",
    "twelveHours",
    "severalTimesADay",
    "threeTimesADay",
    "semidaily",
    "daily",
    "fiveTimesAWeek",
    "threeTimesAWeek",
    "semiweekly",
    "weekly",
    "biweekly",
    "threeTimesAMonth",
    "semimonthly",
    "monthly",
    "bimonthly",
    "quarterly",
    "threeTimesAYear",
    "semiannual",
    "annual",
    "biennial",
    "triennial",
    "quadrennial",
    "quinquennial",
    "decennial",
    "bidecennial",
    "tridecennial",
    "punctual",
    "irregular",
    "never",
    "notPlanned",
    "other",
    "unknown",
)
# Offered first: what communes publish at.
COMMON_FREQUENCIES: tuple[str, ...] = (
    "monthly",
    "quarterly",
    "semiannual",
    "annual",
    "punctual",
    "irregular",
    "unknown",
)
# Older spellings udata still accepts on input, and what it stores instead.
FREQUENCY_ALIASES: dict[str, str] = {
    "realtime": "continuous",
    "fourTimesADay": "severalTimesADay",
    "fourTimesAWeek": "other",
    "fortnighly": "biweekly",
    "biannual": "semiannual",
}
DEFAULT_FREQUENCY = "unknown"

GRANULARITIES: tuple[str, ...] = (
    "other",
    "country",
    "country-group",
    "country-subset",
    "poi",
    "fr:commune",
    "fr:epci",
    "fr:departement",
    "fr:region",
    "fr:canton",
    "fr:collectivite",
    "fr:iris",
    "fr:arrondissement",
)

# Stands for the commune's name in a description written before the commune was chosen; the
# checks refuse to send a title or a description that still holds it.
COMMUNE_PLACEHOLDER = "[nom de la commune]"
