"""What the personal-data scan reports: findings on columns, rows and cells of free text.

A finding says which column holds what kind of personal data, how sure DataMairie is, why
(evidence as codes the interface words), and shows masked examples — never a whole value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal

from desktop_app.core.privacy.decisions import Remedy


class Category(StrEnum):
    """The kinds of personal data the scan looks for (the JSON's ``category``)."""

    PERSON_NAME = "person_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    POSTAL_ADDRESS = "postal_address"
    BIRTH_DATE = "birth_date"
    NIR = "nir"
    IBAN = "iban"
    OTHER_IDENTIFIER = "other_identifier"


Scope = Literal["column", "cells", "rows"]


def word_set(text: str) -> frozenset[str]:
    """The words of a text written as a list separated by spaces (vocabularies of the scan)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Evidence:
    """One reason behind a finding, or behind a lowered confidence, as a code with details."""

    code: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, code: str, **params: Any) -> Evidence:
        """Build evidence from keyword parameters."""
        return cls(code, MappingProxyType(dict(params)))


@dataclass(frozen=True)
class PrivacyFinding:
    """Personal data found in one column: the whole column, some of its rows or cells.

    ``scope`` says what is personal: the ``column`` as a whole; some ``rows`` (a subsidy's
    beneficiary without SIRET or RNA, a first name given once or twice); or ``cells`` of free
    text that mention someone. ``rows`` holds the 0-based positions of those rows or cells.
    ``linked_column`` names the column a remedy also needs (the counts, for first names
    grouped under a threshold); ``identifiers`` the columns of SIRET/RNA numbers that
    anonymising a person's row empties. ``advised_reason`` is the justification advised with
    ``suggested`` when it is KEEP (elected officials, public places…: see
    ``remedies.KEEP_REASONS``). ``confidence`` goes from 0 to 1; ``lowered`` gives the
    reasons it was lowered (elected officials, organisations, generic contacts), so the agent
    sees them instead of a silence.
    """

    column: str
    label: str
    category: Category
    confidence: float
    scope: Scope = "column"
    evidence: tuple[Evidence, ...] = ()
    lowered: tuple[Evidence, ...] = ()
    examples: tuple[str, ...] = ()
    rows: tuple[int, ...] = ()
    remedies: tuple[Remedy, ...] = ()
    suggested: Remedy = Remedy.REMOVE_COLUMN
    linked_column: str | None = None
    identifiers: tuple[str, ...] = ()
    advised_reason: str = ""

    @property
    def key(self) -> str:
        """The finding's stable name, which a decision refers to (and next month's file too)."""
        return f"{self.column}/{self.category.value}/{self.scope}"

    def to_json(self) -> dict[str, Any]:
        """The finding as a project keeps it: what was found, never a readable value."""
        return {
            "key": self.key,
            "column": self.column,
            "label": self.label,
            "category": self.category.value,
            "confidence": round(self.confidence, 3),
            "scope": self.scope,
            "evidence": [
                {"code": item.code, "params": dict(item.params)} for item in self.evidence
            ],
            "lowered": [{"code": item.code, "params": dict(item.params)} for item in self.lowered],
            "examples": list(self.examples),
            "rows": len(self.rows),
            "remedies": [remedy.value for remedy in self.remedies],
            "suggested": self.suggested.value,
        }


@dataclass(frozen=True)
class CellFinding:
    """A mention of personal data inside a cell of free text (0-based row, masked example)."""

    row: int
    column: str
    category: Category
    example: str


@dataclass(frozen=True)
class PrivacyScan:
    """Everything the scan found in a table, strongest findings first."""

    findings: tuple[PrivacyFinding, ...]
    cells: tuple[CellFinding, ...]
    rows: int
    columns: tuple[str, ...]

    @property
    def found(self) -> bool:
        """Whether anything personal was found."""
        return bool(self.findings)

    def finding(self, key: str) -> PrivacyFinding:
        """The finding with this key.

        Raises:
            KeyError: no finding has this key.
        """
        for candidate in self.findings:
            if candidate.key == key:
                return candidate
        raise KeyError(key)
