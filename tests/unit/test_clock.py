"""The one clock: local time with its offset, stored as ISO 8601 to the second."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import desktop_app
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


# Readings of the machine's time that are neither stored nor shown: the age of a leftover
# temporary file (compared with its modification time) and the start-up timing print.
NOT_A_MOMENT = {"core/project/leftovers.py", "app.py"}
READS_THE_TIME = re.compile(r"\bdatetime\.now\(|\butcnow\(|\bdate\.today\(|\btime\.time\(\)")


def test_every_moment_comes_from_the_one_clock() -> None:
    root = Path(desktop_app.__file__).parent
    readers = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if READS_THE_TIME.search(path.read_text(encoding="utf-8"))
    )
    assert set(readers) - NOT_A_MOMENT == {"core/clock.py"}
