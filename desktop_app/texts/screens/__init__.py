"""Words of each screen: one module per page or dialog of the wizard, and per command's report.

``screens/<page>.py`` holds the labels, buttons, progress lines and summaries of one screen
(``project_commands`` and ``publish_command`` are what the command line prints). A new word
goes into the module of the screen that shows it, and into ``SCREEN_CATALOGUES`` below if it
is a new table.
"""

from __future__ import annotations

from collections.abc import Mapping

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

SCREEN_CATALOGUES: tuple[Mapping[str, Wording], ...] = (
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
