"""The desk in sentences: reminders, dataset and obligation lines (wizard and command)."""

from __future__ import annotations

from datetime import datetime

from desktop_app.core.desk.datasets import PublishedDataset, parse_moment
from desktop_app.core.desk.view import Desk, ObligationLine
from desktop_app.texts.render import Language, render


def age_words(then: datetime, now: datetime, lang: Language) -> str:
    """How long ago, in the unit an agent would use: days, then months, then years."""
    days = max((now - then).days, 0)
    if days < 60:
        return render("desk-age-days", {"count": days}, lang)
    if days < 730:
        return render("desk-age-months", {"count": days // 30}, lang)
    return render("desk-age-years", {"count": days // 365}, lang)


def day_words(moment: str | None, lang: Language) -> str:
    """An ISO moment as the agent writes the day (22/01/2024 in French)."""
    parsed = parse_moment(moment)
    if parsed is None:
        return "—"
    return parsed.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")


def reminder(dataset: PublishedDataset, now: datetime, lang: Language) -> str:
    """« Délibérations : dernière mise à jour il y a 3 mois — mensuelle attendue »."""
    then = parse_moment(dataset.dataset_update) or now
    frequency = render(f"frequency-{dataset.frequency}", None, lang)
    return render(
        "desk-reminder",
        {
            "name": dataset.title,
            "text": age_words(then, now, lang),
            "value": frequency[:1].lower() + frequency[1:],
        },
        lang,
    )


def dataset_details(dataset: PublishedDataset, now: datetime, lang: Language) -> str:
    """Last update, frequency, quality and usage of a dataset, on one line."""
    parts = [
        render(
            "desk-dataset-line",
            {
                "value": day_words(dataset.last_update, lang),
                "text": render(f"frequency-{dataset.frequency}", None, lang),
            },
            lang,
        )
    ]
    if dataset.late(now):
        parts.append(render("desk-status-late", None, lang))
    if dataset.private:
        parts.append(render("desk-draft", None, lang))
    if dataset.quality is not None:
        parts.append(render("desk-quality", {"count": dataset.quality.points}, lang))
    if dataset.metrics is not None:
        parts.extend(
            render(f"desk-{name}" if count else f"desk-{name}-none", {"count": count}, lang)
            for name, count in dataset.metrics.to_json().items()
        )
    return " · ".join(parts)


def obligation_details(line: ObligationLine, lang: Language) -> str:
    """Status, required or recommended, deadline, and the size it applies from."""
    parts = [
        render(f"desk-status-{line.status.value}", None, lang),
        render("desk-required" if line.obligation.required else "desk-recommended", None, lang),
    ]
    if line.due is not None:
        parts.append(render("desk-due", {"value": line.due.strftime("%d/%m/%Y")}, lang))
    if line.applies is None and line.obligation.min_population is not None:
        parts.append(
            render("desk-population-unknown", {"count": line.obligation.min_population}, lang)
        )
    return " · ".join(parts)


def desk_lines(desk: Desk, lang: Language) -> list[str]:
    """The whole desk as text, for ``datamairie desk``."""
    lines: list[str] = []
    snapshot = desk.snapshot
    if snapshot is None:
        lines.append(render("desk-never-refreshed", None, lang))
    else:
        lines.append(
            render("desk-refreshed", {"value": day_words(snapshot.refreshed_at, lang)}, lang)
        )
    lines.extend(f"! {reminder(dataset, desk.now, lang)}" for dataset in desk.late_datasets())
    lines.append("")
    lines.append(render("desk-datasets", None, lang))
    if not desk.datasets:
        lines.append("  " + render("desk-no-dataset", None, lang))
    for dataset in desk.datasets:
        lines.append(f"  {dataset.title} — {dataset_details(dataset, desk.now, lang)}")
        if dataset.page:
            lines.append(f"    {dataset.page}")
    lines.append("")
    lines.append(render("desk-obligations", None, lang))
    for line in desk.obligations:
        title = line.obligation.title.get(lang) or line.obligation.title["fr"]
        lines.append(f"  {title} — {obligation_details(line, lang)}")
    return lines
