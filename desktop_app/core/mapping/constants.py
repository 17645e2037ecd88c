"""Fields every row shares, filled from the commune's profile: its name, SIRET, INSEE code."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.core.mapping.model import ColumnMapping, Evidence
from desktop_app.core.schemas.model import TableSchema

# Which field of which schema holds which fact about the commune.
PROFILE_FIELDS: dict[str, str] = {
    "COLL_NOM": "name",
    "COLL_SIRET": "siret",
    "COLL_INSEE": "insee",
    "COMMUNE_NOM": "name",
    "nomAttribuant": "name",
    "idAttribuant": "siret",
    "BGT_NOM": "name",
    "BGT_SIRET": "siret",
}


@dataclass(frozen=True)
class CommuneIdentity:
    """What the agent said once about their commune, used to fill fields on every row."""

    name: str = ""
    siret: str = ""
    insee: str = ""

    def value_for(self, field_name: str) -> str | None:
        """The profile's value for a field, if the field is one the profile fills."""
        attribute = PROFILE_FIELDS.get(field_name)
        value = getattr(self, attribute) if attribute else ""
        return value or None


def fill_from_profile(
    mapping: ColumnMapping, schema: TableSchema, profile: CommuneIdentity
) -> ColumnMapping:
    """Give the profile's values to the fields no column fills (the agent may change them)."""
    filled = mapping
    for schema_field in schema.fields:
        current = filled.for_field(schema_field.name)
        value = profile.value_for(schema_field.name)
        if current.filled or value is None:
            continue
        filled = filled.with_field(
            replace(
                current,
                constant=value,
                confidence=1.0,
                evidence=(Evidence.of("from-commune-profile", field=schema_field.name),),
            )
        )
    return filled
