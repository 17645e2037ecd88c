"""What the agent should know about a reading, a schema or a check, as a code with its details.

The reading of a file, the parsing of a schema and the validation all report notices; texts/
turns each code into a sentence. Kept apart from the table's model (sources/model.py) so that
a schema or a check does not load the classes of a read spreadsheet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Notice:
    """Something the agent should know about the reading, as a code with its details."""

    code: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, code: str, **params: object) -> Notice:
        """Build a notice from keyword parameters."""
        return cls(code, MappingProxyType(dict(params)))
