"""The commune a script names on the command line (``--commune``), as a full profile."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.commune.directory import CommuneDirectory
from desktop_app.core.commune.settings import CommuneSettings

# « Beaulieu (38) » or « Beaulieu, 38 »: a name followed by its département.
_WITH_DEPARTMENT = re.compile(r"^(?P<name>.+?)\s*(?:\((?P<a>\w{2,3})\)|,\s*(?P<b>\w{2,3}))$")


def commune_from_text(
    text: str, communes: CommuneDirectory, saved: CommuneSettings | None = None
) -> CommuneSettings:
    """The profile of the commune named by ``text``: a name, a postcode or an INSEE code.

    When it is the commune of the saved profile, the saved details (SIRET, organisation,
    licence, e-mail) come along; otherwise only its name, INSEE code and département are known.

    Raises:
        CommuneError: no commune matches, or several do (``commune-unknown``,
            ``commune-ambiguous``).
    """
    match = _WITH_DEPARTMENT.match(text.strip())
    if match is not None and not text.strip().isdigit():
        commune = communes.resolve(match["name"], match["a"] or match["b"])
    else:
        commune = communes.resolve(text)
    if saved is not None and saved.insee == commune.insee:
        return replace(saved, name=saved.name or commune.name, department=commune.department)
    return CommuneSettings(name=commune.name, insee=commune.insee, department=commune.department)
