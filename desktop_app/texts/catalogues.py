"""Every table of words, codes' then screens': what ``render`` looks a code up in.

Imported by ``render`` on its first sentence, not with it: a command that prints nothing but
JSON without a message (``validate --json`` on a conforming file) does not load them.
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
from desktop_app.texts.screens.account import ACCOUNT_DIALOG
from desktop_app.texts.screens.closing import WINDOW_CLOSING
from desktop_app.texts.screens.description import DESCRIPTION_PAGE
from desktop_app.texts.screens.desk import DESK_SCREEN
from desktop_app.texts.screens.done import DONE_PAGE
from desktop_app.texts.screens.drafts import DRAFTS
from desktop_app.texts.screens.file import FILE_PAGE
from desktop_app.texts.screens.help import HELP_AND_CRASH
from desktop_app.texts.screens.mapping import MAPPING_PAGE
from desktop_app.texts.screens.privacy import PRIVACY_PAGE
from desktop_app.texts.screens.project_commands import PROJECT_REPORT
from desktop_app.texts.screens.projects import PROJECT_FILES
from desktop_app.texts.screens.publication import PUBLISHING_PAGE
from desktop_app.texts.screens.publish_command import PUBLISH_COMMAND
from desktop_app.texts.screens.quality import QUALITY
from desktop_app.texts.screens.schema import SCHEMA_PAGE
from desktop_app.texts.screens.settings import SETTINGS_DIALOG
from desktop_app.texts.screens.validate_command import VALIDATE_COMMAND
from desktop_app.texts.screens.welcome import WELCOME_PAGE
from desktop_app.texts.screens.wizard import WIZARD
from desktop_app.texts.wording import Wording

CATALOGUES: tuple[Mapping[str, Wording], ...] = (
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
    WIZARD,
    WINDOW_CLOSING,
    DRAFTS,
    WELCOME_PAGE,
    DESK_SCREEN,
    FILE_PAGE,
    SCHEMA_PAGE,
    MAPPING_PAGE,
    QUALITY,
    PRIVACY_PAGE,
    DESCRIPTION_PAGE,
    PUBLISHING_PAGE,
    ACCOUNT_DIALOG,
    DONE_PAGE,
    HELP_AND_CRASH,
    SETTINGS_DIALOG,
    PROJECT_FILES,
    PROJECT_REPORT,
    PUBLISH_COMMAND,
    VALIDATE_COMMAND,
)
