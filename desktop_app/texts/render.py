"""Turning a code and its parameters into a sentence in the agent's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from desktop_app.texts.closing_words import WINDOW_CLOSING
from desktop_app.texts.conversion_words import (
    CONVERSION_CHANGES,
    CONVERSION_FAILURES,
    SCHEMA_SUGGESTIONS,
)
from desktop_app.texts.findings_words import CONSTRAINT_ERRORS, STRUCTURE_ERRORS, TYPE_ERRORS
from desktop_app.texts.interface import INTERFACE
from desktop_app.texts.mapping_words import EVIDENCE, MAPPING_ERRORS
from desktop_app.texts.privacy_words import (
    PRIVACY_CATEGORIES,
    PRIVACY_ERRORS,
    PRIVACY_EVIDENCE,
    PRIVACY_KEEP_REASONS,
    PRIVACY_REMEDIES,
)
from desktop_app.texts.project_report_words import PROJECT_REPORT
from desktop_app.texts.project_words import (
    COMMUNE_ERRORS,
    DATASET_TEMPLATES,
    FREQUENCY_LABELS,
    LICENCE_TEXTS,
    METADATA_PROBLEMS,
    PROJECT_ERRORS,
)
from desktop_app.texts.publication_words import (
    PUBLICATION_ERRORS,
    PUBLICATION_STEPS,
    PUBLISH_COMMAND,
)
from desktop_app.texts.publishing_page_words import PUBLISHING_PAGE
from desktop_app.texts.schemas_words import CATALOGUE_REFRESH, SCHEMA_ERRORS, SCHEMA_NOTICES
from desktop_app.texts.sources_words import EXCLUSION_REASONS, READING_ERRORS, READING_NOTICES
from desktop_app.texts.step_words import DESCRIPTION_PAGE, PRIVACY_PAGE, PROJECT_PAGES
from desktop_app.texts.validation_words import CUSTOM_CHECKS
from desktop_app.texts.vocabulary import VOCABULARY
from desktop_app.texts.wizard_words import QUALITY, WIZARD
from desktop_app.texts.wording import Wording

Language = Literal["fr", "en"]

CATALOGUES: tuple[Mapping[str, Wording], ...] = (
    READING_ERRORS,
    READING_NOTICES,
    EXCLUSION_REASONS,
    INTERFACE,
    SCHEMA_ERRORS,
    SCHEMA_NOTICES,
    CATALOGUE_REFRESH,
    MAPPING_ERRORS,
    EVIDENCE,
    CONVERSION_CHANGES,
    CONVERSION_FAILURES,
    SCHEMA_SUGGESTIONS,
    CUSTOM_CHECKS,
    WIZARD,
    QUALITY,
    PRIVACY_PAGE,
    DESCRIPTION_PAGE,
    PROJECT_PAGES,
    TYPE_ERRORS,
    CONSTRAINT_ERRORS,
    STRUCTURE_ERRORS,
    PROJECT_ERRORS,
    PROJECT_REPORT,
    COMMUNE_ERRORS,
    METADATA_PROBLEMS,
    LICENCE_TEXTS,
    DATASET_TEMPLATES,
    FREQUENCY_LABELS,
    PRIVACY_CATEGORIES,
    PRIVACY_EVIDENCE,
    PRIVACY_REMEDIES,
    PRIVACY_KEEP_REASONS,
    PRIVACY_ERRORS,
    PUBLICATION_ERRORS,
    PUBLICATION_STEPS,
    PUBLISH_COMMAND,
    PUBLISHING_PAGE,
    WINDOW_CLOSING,
)


def _merged(catalogues: tuple[Mapping[str, Wording], ...]) -> dict[str, Wording]:
    merged: dict[str, Wording] = {}
    for catalogue in catalogues:
        for code, wording in catalogue.items():
            if code in merged:
                raise ValueError(f"message code defined twice: {code}")
            merged[code] = wording
    return merged


WORDINGS: dict[str, Wording] = _merged(CATALOGUES)


def render(code: str, params: Mapping[str, object] | None = None, lang: Language = "fr") -> str:
    """The sentence for a code, its parameters filled in; a plain fallback for unknown codes."""
    values = dict(params or {})
    wording = WORDINGS.get(code)
    if wording is None:
        return _unknown(code, lang)
    template = _pick(wording, values, lang)
    words = {key: _word(key, value, lang) for key, value in values.items()}
    try:
        return template.format_map(words)
    except (KeyError, IndexError, ValueError):
        return template


def _pick(wording: Wording, values: Mapping[str, object], lang: Language) -> str:
    many, one = (wording.fr, wording.fr_one) if lang == "fr" else (wording.en, wording.en_one)
    if one is not None and wording.count is not None and values.get(wording.count) == 1:
        return one
    return many


def _word(key: str, value: object, lang: Language) -> str:
    if isinstance(value, (list, tuple)):
        items = [_word(key, item, lang) for item in value]
        quoted = [f"« {item} »" if lang == "fr" else f"“{item}”" for item in items]
        return ", ".join(quoted if key in ("sheets", "names") else items)
    if key == "share" and isinstance(value, float):
        return f"{round(value * 100)}\u202f%" if lang == "fr" else f"{round(value * 100)}%"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", "\u202f" if lang == "fr" else ",")
    vocabulary = VOCABULARY.get(key, {})
    entry = vocabulary.get(str(value))
    if entry is not None:
        return entry[0] if lang == "fr" else entry[1]
    return str(value)


def _unknown(code: str, lang: Language) -> str:
    if lang == "fr":
        return f"Un problème inattendu est survenu (code « {code} »)."
    return f"An unexpected problem occurred (code “{code}”)."
