"""From the wizard's answers to the PublicationPlan, and the plan in words for the agent.

No widget here: the Publication page asks these functions what to send and how to say it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.mapping.constants import CommuneIdentity
from desktop_app.core.metadata.model import DatasetMetadata
from desktop_app.core.metadata.prefill import prefill_metadata
from desktop_app.core.publication import PublicationPlan, PublicationState, PublicationStep
from desktop_app.core.publication.plan import file_name_for, plan_from_metadata
from desktop_app.core.validation.engine import TableCheck
from desktop_app.core.validation.groups import problem_rows
from desktop_app.texts import render
from desktop_app.texts.publication_details import resource_description
from desktop_app.ui.state import WizardState
from desktop_app.ui.texts import Texts

FINISHED = PublicationStep.CHECKED


@dataclass(frozen=True)
class PlanChoices:
    """What the agent chose on the Publication page."""

    platform: str
    organization: str | None
    organization_name: str = ""
    mode: str = "new"  # "new" or "update"
    dataset_id: str | None = None
    dataset_title: str = ""
    draft: bool = False


def dataset_metadata(state: WizardState) -> DatasetMetadata:
    """The description written at step 6, else one prefilled from the schema and commune."""
    if state.metadata is not None:
        return state.metadata
    frame = None if state.prepared is None else state.prepared.frame
    fallback = state.source_path.stem if state.source_path is not None else ""
    return prefill_metadata(
        lambda code, params: render(code, params, "fr"),  # data.gouv.fr reads French
        state.commune,
        state.schema,
        frame,
        fallback_title=fallback,
    )


def starting_state(previous: PublicationState | None, choices: PlanChoices) -> PublicationState:
    """The state to publish from: the recorded one when it is the same publication, to resume.

    Another platform, operation or dataset starts afresh (nothing recorded applies to it), and
    so does a publication that went to its end: publishing again is a new run.
    """
    if (
        previous is not None
        and previous.step is not FINISHED
        and previous.platform == choices.platform
        and previous.mode == choices.mode
        and (choices.mode == "new" or previous.dataset_id == choices.dataset_id)
    ):
        return PublicationState(
            **{
                **previous.__dict__,
                "organization": choices.organization or previous.organization,
                "draft": choices.draft,
            }
        )
    return PublicationState(
        platform=choices.platform,
        organization=choices.organization,
        mode=choices.mode,
        draft=choices.draft,
        dataset_id=choices.dataset_id if choices.mode == "update" else None,
    )


def build_plan(
    state: WizardState, choices: PlanChoices, work_folder: Path
) -> tuple[PublicationPlan, PublicationState]:
    """The plan for the wizard's answers and the agent's choices, and the state to start from."""
    metadata = dataset_metadata(state)
    schema = state.schema
    names = (None, None) if schema is None else (schema.name, schema.version)
    start = starting_state(state.publication, choices)
    csv_path = work_folder / file_name_for(metadata.title, names[0])
    described = resource_description(names[0])
    plan = plan_from_metadata(
        metadata, csv_path, schema=names, state=start, resource_description=described
    )
    return plan, start


def finished(publication: PublicationState | None) -> bool:
    """Whether the publication went as far as asked (public and read back, or draft sent)."""
    if publication is None or publication.last_error is not None:
        return False
    if publication.step is FINISHED:
        return True
    return publication.draft and publication.step is PublicationStep.RESOURCE_DESCRIBED


def platform_label(texts: Texts, platform: str) -> str:
    """The platform as the agent knows it."""
    if platform in ("demo", "www"):
        return texts(f"pub-platform-{platform}")
    return texts.of("pub-platform-other", value=platform)


def zone_words(texts: Texts, zones: tuple[str, ...], commune: CommuneIdentity) -> str:
    """The zones sent, the commune's own named (``fr:commune:38185`` alone means little)."""
    own = f"fr:commune:{commune.insee}" if commune.insee else None
    named = [
        texts.of("pub-zone-commune", name=commune.name, value=commune.insee)
        if zone == own
        else zone
        for zone in zones
    ]
    return ", ".join(named) or texts("pub-none-feminine")  # aucune couverture


def preview_rows(
    texts: Texts,
    plan: PublicationPlan,
    choices: PlanChoices,
    rows: int | None,
    commune: CommuneIdentity | None = None,
) -> list[tuple[str, str]]:
    """Every line of what will be sent, as (what, value), in the agent's words.

    ``rows`` are the data rows of the file sent, counted from its bytes (None: not yet).
    """
    metadata = plan.dataset_metadata()
    if plan.mode == "new":
        operation = texts("pub-mode-new-text")
    else:
        operation = texts.of("pub-mode-update-text", name=choices.dataset_title or plan.dataset_id)
    coverage = plan.temporal_coverage
    if coverage is None:
        period = texts("pub-none-feminine")  # aucune période
    elif coverage.end is None:
        period = texts.of("pub-coverage-open", value=_day(coverage.start, texts))
    else:
        period = texts.of(
            "pub-coverage-text", value=_day(coverage.start, texts), text=_day(coverage.end, texts)
        )
    schema = "—" if plan.schema_name is None else f"{plan.schema_name} {plan.schema_version or ''}"
    visibility = "pub-visibility-draft" if plan.draft else "pub-visibility-public"
    return [
        (texts("pub-row-platform"), platform_label(texts, plan.platform)),
        (texts("pub-row-organization"), choices.organization_name or "—"),
        (texts("pub-row-mode"), operation),
        (texts("pub-row-visibility"), texts(visibility)),
        (texts("pub-row-file"), _file_words(texts, plan.csv_path.name, rows)),
        (texts("pub-row-title"), str(metadata["title"])),
        (texts("pub-row-description"), str(metadata["description"])),
        (texts("pub-row-licence"), texts(f"licence-{plan.licence}")),
        (texts("pub-row-frequency"), texts(f"frequency-{plan.frequency}")),
        (texts("pub-row-keywords"), ", ".join(plan.tags) or texts("pub-none")),
        (texts("pub-row-coverage"), period),
        (
            texts("pub-row-zones"),
            zone_words(texts, plan.spatial_zones, commune or CommuneIdentity()),
        ),
        (texts("pub-row-schema"), schema.strip()),
    ]


def _file_words(texts: Texts, name: str, rows: int | None) -> str:
    if rows is None:
        return texts.of("pub-file-counting", file=name)
    return texts.of("pub-file-text", file=name, count=rows)


def _day(iso: str, texts: Texts) -> str:
    """An ISO day as the agent writes it (22/01/2024 in French), as the Description page does."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return day.strftime("%d/%m/%Y" if texts.lang == "fr" else "%Y-%m-%d")


def conformity_rows(
    texts: Texts,
    check: TableCheck | None,
    schema: str,
    published: int | None,
    origin: int,
    unwritable: str = "",
) -> list[tuple[str, str]]:
    """Whether the data conforms to its schema, and how many of the agent's rows go online.

    ``check`` and ``published`` are those of the file sent, read back from its bytes (None
    while it is being read); ``unwritable`` says why the file cannot be written yet.
    """
    if unwritable:
        return [(texts("pub-row-rows"), unwritable)]
    if published is None:
        return [(texts("pub-row-rows"), texts("pub-rows-counting"))]
    rows = [(texts("pub-row-rows"), texts.of("pub-rows-text", count=published, total=origin))]
    if check is None:
        return rows
    if check.valid:
        conformity = texts.of("pub-conforming", schema=schema, count=check.rows)
    else:
        conformity = texts.of(
            "pub-not-conforming", count=check.error_count, rows=len(problem_rows(check))
        )
    return [(texts("pub-row-conformity"), conformity), *rows]
