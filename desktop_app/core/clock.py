"""The one clock of DataMairie: the agent's local time, with its offset from UTC.

Every moment the application records (a project saved, a decision taken, a publication step,
a project put in the outbox) comes from here, so that all of them read alike in the project
file and in what the agent is shown: local time as the town hall's clock says it, stored as
ISO 8601 with its offset (``2024-03-15T14:02:11+01:00``), to the second.
"""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    """This moment, in the agent's local time zone, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


def timestamp() -> str:
    """This moment as stored: ISO 8601 with the local offset, to the second."""
    return now().isoformat(timespec="seconds")
