"""What `project show`, `project update` and `outbox` print without ``--json``: plain sentences.

Every state is said in words from the texts catalogues, never as the identifier the JSON
answer carries (``unchanged``, ``not-started``…).
"""

from __future__ import annotations

from typing import Any

from desktop_app.texts import Language, render


def show_text(payload: dict[str, Any], lang: Language) -> str:
    """The lines of `project show` for the agent, from its JSON answer."""
    source, metadata = payload["source"], payload["metadata"]
    lines = [
        render("project-show-title", {"text": metadata["title"]}, lang),
        render(f"project-show-source-{source['state']}", {"file": source["name"]}, lang),
        _schema_line(payload["schema"], lang),
        render(
            "project-show-page",
            {"text": render(f"project-page-{payload['page']}", None, lang)},
            lang,
        ),
        validation_line(payload["validation"], lang),
        render("project-show-edits", {"count": payload["edits"]["count"]}, lang),
        render("project-show-licence", {"text": payload["licence"]["title"]}, lang),
        render("project-show-frequency", {"text": metadata["frequency_label"]}, lang),
        *_decision_lines(payload["privacy"]["decisions"], lang),
        *undecided_lines(
            payload["privacy"]["items"], payload["privacy"]["undecided"], payload["project"], lang
        ),
        *publication_lines(payload["publication"], lang),
    ]
    if payload["to_publish"]:
        lines.append(render("project-show-queued", None, lang))
    lines.extend(problem_lines(payload["problems"], payload["ready"], lang))
    return "\n".join(lines)


def outbox_text(payload: dict[str, Any], lang: Language) -> str:
    """The lines of `outbox`: each publication waiting, its state and its last error."""
    if not payload["projects"]:
        return render("outbox-empty", None, lang)
    lines = []
    for item in payload["projects"]:
        state = render(f"outbox-state-{item['state']}", None, lang)
        title = item["title"] or item["project"]
        lines.append("− " + render("outbox-line", {"text": title, "value": state}, lang))
        if item.get("conformity") in ("accepted", "problems"):
            code = f"outbox-conformity-{item['conformity']}"
            lines.append("  " + render(code, {"count": item["problems"]}, lang))
        if item["last_error"]:
            lines.append(f"  {item['last_error']['message']}")
    return "\n".join(lines)


def publication_lines(publication: dict[str, Any], lang: Language) -> list[str]:
    """How far the publication went, whether it updates a dataset, and its last error."""
    step = render(f"project-step-{publication['step']}", None, lang)
    lines = [render("project-show-publication", {"text": step}, lang)]
    if publication["mode"] == "update":
        lines.append(render("project-show-update", None, lang))
    if publication["last_error"]:
        error = render(publication["last_error"], None, lang)
        lines.append(render("project-show-last-error", {"text": error}, lang))
    return lines


def problem_lines(problems: list[dict[str, Any]], ready: bool, lang: Language) -> list[str]:
    """What data.gouv.fr would refuse or count against the quality score, one per line."""
    if not problems:
        return [render("project-show-ready", None, lang)] if ready else []
    heading = render("project-show-to-complete", None, lang)
    return [heading, *(f"  − {problem['message']}" for problem in problems)]


def validation_line(validation: dict[str, Any] | None, lang: Language) -> str:
    """The last check against the schema, in one sentence."""
    if validation is None:
        return render("project-show-not-checked", None, lang)
    if not validation["error_count"]:
        return render("project-show-valid", {"count": validation["rows"]}, lang)
    params = {"count": validation["error_count"], "rows": validation["rows"]}
    return render("project-show-problems", params, lang)


def _schema_line(schema: dict[str, Any] | None, lang: Language) -> str:
    if schema is None:
        return render("project-show-no-schema", None, lang)
    params = {"text": schema["name"], "version": schema["version"]}
    return render("project-show-schema", params, lang)


def undecided_lines(
    findings: list[dict[str, Any]], waiting: list[str], project: str, lang: Language
) -> list[str]:
    """The personal-data findings still undecided, each with its key and choices; how to decide.

    A headless agent needs the key and the choices to type `project decide`: they are
    said here in words, not only under ``--json``.
    """
    if not waiting:
        return []
    by_key = {str(finding.get("key", "")): finding for finding in findings}
    lines = [render("project-show-undecided", {"count": len(waiting)}, lang)]
    for key in waiting:
        finding = by_key.get(key, {})
        params = {
            "column": finding.get("label") or finding.get("column", ""),
            "text": render(f"privacy-category-{finding.get('category', '')}", None, lang),
            "value": key,
            "allowed": ", ".join(str(remedy) for remedy in finding.get("remedies", [])),
            "choice": finding.get("suggested", ""),
        }
        lines.append("  − " + render("project-show-undecided-item", params, lang))
    lines.append(render("project-show-how-to-decide", {"file": project}, lang))
    return lines


def _decision_lines(decisions: list[dict[str, Any]], lang: Language) -> list[str]:
    if not decisions:
        return [render("project-show-no-decision", None, lang)]
    lines = [render("project-show-decisions", {"count": len(decisions)}, lang)]
    for decision in decisions:
        remedy = render(f"privacy-remedy-{decision['remedy']}", None, lang)
        if decision.get("justification"):
            remedy = f"{remedy} ({decision['justification']})"
        params = {
            "column": decision["column"],
            "text": render(f"privacy-category-{decision['category']}", None, lang),
            "value": remedy,
        }
        lines.append("  − " + render("project-show-decision", params, lang))
    return lines
