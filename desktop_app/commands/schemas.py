"""`datamairie schemas [--search TEXT]`: the national schemas DataMairie knows, offline."""

from __future__ import annotations

import argparse
import sys

from desktop_app.commands.common import profile_of
from desktop_app.commands.output import EXIT_OK, write_json
from desktop_app.core.schemas.agent import schema_catalogue
from desktop_app.core.schemas.catalogue import CatalogueFreshness, SchemaCatalogue
from desktop_app.core.schemas.model import CatalogueEntry
from desktop_app.texts import Language


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `schemas` to the command line."""
    command = commands.add_parser("schemas", help="lister les schémas nationaux connus")
    command.add_argument(
        "--search", default=None, metavar="TEXTE", help="mots à chercher (titre, description)"
    )
    command.add_argument("--json", action="store_true", help="réponse en JSON")
    command.set_defaults(run=run)


def run(arguments: argparse.Namespace, lang: Language) -> int:
    """List the catalogue, or what matches the search."""
    catalogue = schema_catalogue(profile_of(arguments))
    entries = list_schemas(catalogue, arguments.search)
    freshness = catalogue.freshness()
    if arguments.json:
        write_json(schemas_payload(entries, freshness, arguments.search))
    else:
        sys.stdout.write(schemas_text(entries, freshness, arguments.search, lang) + "\n")
    return EXIT_OK


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
