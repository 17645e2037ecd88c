"""The one clock: local time with its offset, stored as ISO 8601 to the second."""

from __future__ import annotations

from datetime import datetime

from desktop_app.core import clock


def test_a_moment_carries_its_offset_and_no_fraction_of_second() -> None:
    moment = clock.now()
    assert moment.utcoffset() is not None
    assert moment.microsecond == 0


def test_a_stored_moment_reads_back_as_the_same_instant() -> None:
    stored = clock.timestamp()
    read = datetime.fromisoformat(stored)
    assert read.utcoffset() == datetime.now().astimezone().utcoffset()
    assert abs((datetime.now().astimezone() - read).total_seconds()) < 5
    assert len(stored) == len("2024-03-15T14:02:11+01:00")
