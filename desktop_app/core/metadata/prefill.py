"""The description of a dataset, written in advance from the schema and the commune's profile.

The words themselves (in French, the language of data.gouv.fr) come from the texts
catalogue through ``phrase``; this module only chooses which words and with what values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

import pandas as pd

from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.metadata.coverage import granularity_for, temporal_coverage
from desktop_app.core.metadata.keywords import normalised_keywords
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.metadata.vocabulary import (
    COMMUNE_PLACEHOLDER,
    DEFAULT_FREQUENCY,
    RECOMMENDED_LICENCE,
)
from desktop_app.core.schemas.model import TableSchema

# Turns a message code and its parameters into the French words published on data.gouv.fr.
Phrase = Callable[[str, Mapping[str, object]], str]

# Schemas whose dataset reads best with its own title (a code of the texts catalogue).
OWN_TITLES = frozenset(
    {
        "scdl/deliberations",
        "scdl/subventions",
        "scdl/budget",
        "scdl/equipements",
        "scdl/catalogue",
        "scdl/prenoms",
        "scdl/menus-collectifs",
    }
)


# How often communes usually publish each kind of data (the agent changes it if need be).
USUAL_FREQUENCIES: Mapping[str, str] = MappingProxyType(
    {
        "scdl/deliberations": "monthly",
        "scdl/subventions": "annual",
        "scdl/budget": "annual",
        "scdl/equipements": "annual",
        "scdl/prenoms": "annual",
        "scdl/menus-collectifs": "monthly",
        "scdl/catalogue": "annual",
        "139bercy/format-commande-publique": "quarterly",
        "datagouv/schema-declaration-biens-reemploi-reutilisation-recycle": "annual",
    }
)


def prefill_metadata(
    phrase: Phrase,
    commune: CommuneIdentity,
    schema: TableSchema | None,
    frame: pd.DataFrame | None = None,
    *,
    fallback_title: str = "",
    licence: str = RECOMMENDED_LICENCE,
    frequency: str | None = None,
) -> DatasetMetadata:
    """Title, description, keywords, coverage and licence the agent can start from.

    ``fallback_title`` names the data when there is no schema (the file's name, say). The
    frequency, unless given, is the schema's usual rhythm: an unknown frequency costs two of
    data.gouv.fr's nine quality points; without a schema the agent is asked to choose one.
    """
    if frequency is None:
        frequency = USUAL_FREQUENCIES.get(schema.name if schema else "", DEFAULT_FREQUENCY)
    name = commune.name or COMMUNE_PLACEHOLDER
    if schema is None:
        title = phrase("dataset-title-free", {"text": fallback_title, "name": name})
        description = phrase("dataset-description-free", {"text": fallback_title, "name": name})
        keywords = normalised_keywords([fallback_title, commune.name])
    else:
        code = f"dataset-title-{schema.name}" if schema.name in OWN_TITLES else "dataset-title"
        title = phrase(code, {"text": schema.title, "name": name})
        description = phrase(
            "dataset-description",
            {"text": schema.title, "name": name, "version": f"{schema.name} {schema.version}"},
        )
        keywords = normalised_keywords(
            [schema.title, *schema.name.split("/")[:1], commune.name, "donnees-communales"]
        )
    coverage = None if frame is None or schema is None else temporal_coverage(frame, schema)
    return DatasetMetadata(
        title=title,
        description=description,
        keywords=keywords,
        frequency=frequency,
        temporal_coverage=coverage,
        zones=(f"fr:commune:{commune.insee}",) if commune.insee else (),
        granularity=granularity_for(schema),
        licence=licence,
    )
