"""Words for the codes each core package raises or reports: one module per package of core/.

``codes/<package>.py`` holds the words of ``desktop_app/core/<package>`` (``conversion`` and
``custom_checks`` those of the sub-packages of mapping and validation). A new code goes into
the module of the package that raises it, and into ``CATALOGUES`` below if it is a new table.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.texts.codes.commune import COMMUNE_ERRORS
from desktop_app.texts.codes.conversion import CONVERSION_CHANGES, CONVERSION_FAILURES
from desktop_app.texts.codes.custom_checks import CUSTOM_CHECKS
from desktop_app.texts.codes.desk import DESK_CODES, QUALITY_CRITERIA
from desktop_app.texts.codes.mapping import EVIDENCE, MAPPING_ERRORS
from desktop_app.texts.codes.metadata import (
    DATASET_TEMPLATES,
    FREQUENCY_LABELS,
    LICENCE_TEXTS,
    METADATA_PROBLEMS,
)
from desktop_app.texts.codes.privacy import (
    PRIVACY_CATEGORIES,
    PRIVACY_ERRORS,
    PRIVACY_EVIDENCE,
    PRIVACY_KEEP_REASONS,
    PRIVACY_REMEDIES,
)
from desktop_app.texts.codes.project import PROJECT_ERRORS
from desktop_app.texts.codes.publication import PUBLICATION_ERRORS, PUBLICATION_STEPS
from desktop_app.texts.codes.schemas import CATALOGUE_REFRESH, SCHEMA_ERRORS, SCHEMA_NOTICES
from desktop_app.texts.codes.sources import EXCLUSION_REASONS, READING_ERRORS, READING_NOTICES
from desktop_app.texts.codes.validation import (
    CONSTRAINT_ERRORS,
    PROBLEM_GROUPS,
    REPAIR_CHANGES,
    STRUCTURE_ERRORS,
    TYPE_ERRORS,
)
from desktop_app.texts.wording import Wording

CODE_CATALOGUES: tuple[Mapping[str, Wording], ...] = (
    READING_ERRORS,
    READING_NOTICES,
    EXCLUSION_REASONS,
    SCHEMA_ERRORS,
    SCHEMA_NOTICES,
    CATALOGUE_REFRESH,
    MAPPING_ERRORS,
    EVIDENCE,
    CONVERSION_CHANGES,
    CONVERSION_FAILURES,
    CUSTOM_CHECKS,
    TYPE_ERRORS,
    CONSTRAINT_ERRORS,
    STRUCTURE_ERRORS,
    PROBLEM_GROUPS,
    REPAIR_CHANGES,
    PROJECT_ERRORS,
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
    DESK_CODES,
    QUALITY_CRITERIA,
)
