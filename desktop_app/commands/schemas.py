"""`datamairie schemas [--search TEXT]`: the national schemas DataMairie knows, offline."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.schemas.catalogue import CatalogueFreshness, SchemaCatalogue
from desktop_app.core.schemas.model import CatalogueEntry
from desktop_app.paths import Profile, resources_dir
from desktop_app.texts import Language

SCHEMA_CACHE = "schemas"


def schema_catalogue(profile: Profile, resources: Path | None = None) -> SchemaCatalogue:
    """The catalogue the wizard would show: the bundled snapshot, or the agent's newer download."""
    snapshot = (resources or resources_dir()) / "schemas"
    return SchemaCatalogue(snapshot, profile.cache / SCHEMA_CACHE)


def list_schemas(catalogue: SchemaCatalogue, search: str | None) -> list[CatalogueEntry]:
    """Every schema (SCDL first), or those matching the search, best first."""
    if search is None:
        return catalogue.entries()
    return catalogue.search(search)


def schemas_payload(
    entries: list[CatalogueEntry], freshness: CatalogueFreshness, search: str | None
) -> dict[str, object]:
    """The JSON contract of `schemas` (documented key by key in docs/cli.md)."""
    return {
        "search": search,
        "count": len(entries),
        "schemas": [
            {
                "name": entry.name,
                "title": entry.title,
                "description": entry.description,
                "version": entry.latest,
                "versions": list(entry.versions),
                "type": entry.schema_type,
                "scdl": entry.scdl,
                "producer": entry.producer,
            }
            for entry in entries
        ],
        "freshness": freshness.as_dict(),
    }


def schemas_text(
    entries: list[CatalogueEntry],
    freshness: CatalogueFreshness,
    search: str | None,
    lang: Language,
) -> str:
    """A short list for a person at a terminal: name, version, title; SCDL apart."""
    fr = lang == "fr"
    lines = [_freshness_line(freshness, fr)]
    if not entries:
        lines.append(
            f"Aucun schéma ne correspond à « {search} »."
            if fr
            else f"No schema matches “{search}”."
        )
        return "\n".join(lines)
    heading = None
    for entry in entries:
        group = (
            ("SCDL (socle commun des données locales)" if fr else "SCDL")
            if entry.scdl
            else ("Autres schémas" if fr else "Other schemas")
        )
        if search is None and group != heading:
            lines.append(f"\n{group}")
            heading = group
        tabular = "" if entry.is_table_schema else (" (pas un tableau)" if fr else " (not a table)")
        lines.append(f"  {entry.name} {entry.latest} — {entry.title}{tabular}")
    return "\n".join(lines)


def _freshness_line(freshness: CatalogueFreshness, fr: bool) -> str:
    day = freshness.published or (freshness.downloaded.date() if freshness.downloaded else None)
    when = day.strftime("%d/%m/%Y") if day else ("date inconnue" if fr else "unknown date")
    if freshness.origin == "snapshot":
        return (
            f"Liste des schémas du {when}, fournie avec DataMairie."
            if fr
            else f"List of schemas of {when}, shipped with DataMairie."
        )
    return (
        f"Liste des schémas du {when}, téléchargée depuis schema.data.gouv.fr."
        if fr
        else f"List of schemas of {when}, downloaded from schema.data.gouv.fr."
    )
