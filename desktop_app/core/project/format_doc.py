"""project.json's description (format.py) as the table docs/project.md shows."""

from __future__ import annotations

from collections.abc import Iterator

from desktop_app.core.project.format import PROJECT_DOCUMENT, Schema


def format_rows(
    schema: Schema = PROJECT_DOCUMENT, prefix: str = ""
) -> Iterator[tuple[str, str, str]]:
    """(key, kind, meaning) for every key the description knows, in order, for the docs."""
    for name, child in schema.get("properties", {}).items():
        path = f"{prefix}{name}"
        yield f"`{path}`", _kind(child), child.get("description", "")
        element = child.get("items", {})
        if "properties" in child:
            yield from format_rows(child, f"{path}.")
        elif "properties" in element:
            yield from format_rows(element, f"{path}[].")
        for choice in element.get("oneOf", ()):
            kind = choice["properties"]["kind"]["const"]
            yield f"`{path}[]` ({kind})", "objet", choice["description"]
            yield from format_rows(choice, f"{path}[].")


def format_table() -> str:
    """The description as the Markdown table docs/project.md shows."""
    lines = ["| Clé | Type | Contenu |", "|---|---|---|"]
    lines += [f"| {key} | {kind} | {meaning} |" for key, kind, meaning in format_rows()]
    return "\n".join(lines) + "\n"


_WORDS = {
    "string": "texte",
    "integer": "entier",
    "number": "nombre",
    "boolean": "booléen",
    "object": "objet",
    "array": "liste",
    "null": "`null`",
}


def _kind(schema: Schema) -> str:
    if "const" in schema:
        return "texte fixe"
    if "oneOf" in schema:
        return " ou ".join(_kind(choice) for choice in schema["oneOf"])
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    words = " ou ".join(_WORDS[kind] for kind in types if kind != "null")
    if "maximum" in schema:
        words += f" de {schema['minimum']} à {schema['maximum']}"
    elif "minimum" in schema:
        words += f" ≥ {schema['minimum']}"
    if "enum" in schema:
        values = ", ".join(f"`{value}`" for value in schema["enum"] if value is not None)
        words += f" parmi {values}"
    if "items" in schema and "type" in schema["items"]:
        words += f" de {_kind(schema['items'])}"
    return words + (" ou `null`" if "null" in types else "")
