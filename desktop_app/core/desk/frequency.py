"""How often a dataset is expected to change, and whether its last update is late for it.

The delays are udata's (``UpdateFrequency``: a month counts 31 days, a year 365); frequencies
without a regular delay (punctual, irregular, continuous…) are never late. Like data.gouv.fr,
one day of delay is tolerated, so the desk and the platform's quality score agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from types import MappingProxyType

_MINUTE = timedelta(minutes=1)
_DAY = timedelta(days=1)
DELAYS: Mapping[str, timedelta] = MappingProxyType(
    {
        "oneMinute": _MINUTE,
        "fiveMinutes": 5 * _MINUTE,
        "tenMinutes": 10 * _MINUTE,
        "fifteenMinutes": 15 * _MINUTE,
        "thirtyMinutes": 30 * _MINUTE,
        "hourly": 60 * _MINUTE,
        "bihourly": 120 * _MINUTE,
        "trihourly": 180 * _MINUTE,
        "twelveHours": 720 * _MINUTE,
        "severalTimesADay": _DAY,
        "threeTimesADay": _DAY,
        "semidaily": _DAY,
        "daily": _DAY,
        "fiveTimesAWeek": 7 * _DAY,
        "threeTimesAWeek": 7 * _DAY,
        "semiweekly": 7 * _DAY,
        "weekly": 7 * _DAY,
        "biweekly": 14 * _DAY,
        "threeTimesAMonth": 31 * _DAY,
        "semimonthly": 31 * _DAY,
        "monthly": 31 * _DAY,
        "bimonthly": 62 * _DAY,
        "quarterly": 93 * _DAY,
        "threeTimesAYear": 365 * _DAY,
        "semiannual": 365 * _DAY,
        "annual": 365 * _DAY,
        "biennial": 730 * _DAY,
        "triennial": 1095 * _DAY,
        "quadrennial": 1460 * _DAY,
        "quinquennial": 1825 * _DAY,
        "decennial": 3650 * _DAY,
        "bidecennial": 7300 * _DAY,
        "tridecennial": 10950 * _DAY,
    }
)
"""The longest wait between two updates, for the frequencies that have one."""


def next_update(frequency: str, last_update: datetime) -> datetime | None:
    """When the next update is expected; None for a frequency without a regular delay."""
    delay = DELAYS.get(frequency)
    return None if delay is None else last_update + delay


def on_time(frequency: str, last_update: datetime, now: datetime) -> bool:
    """Whether the data is still fresh for its frequency (one day's delay tolerated)."""
    expected = next_update(frequency, last_update)
    # udata compares whole days, floored: up to 24 hours beyond the date is still on time.
    return expected is None or (expected - now).days >= -1


def is_late(frequency: str | None, last_update: datetime | None, now: datetime) -> bool:
    """Whether a dataset is late for its announced frequency."""
    if not frequency or last_update is None:
        return False
    return not on_time(frequency, last_update, now)
