"""Next month's file, same columns and other rows, gets last month's treatment in one step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.errors import CancelledError
from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.metadata.model import TemporalCoverage
from desktop_app.core.preparation.edits import CellEdit, ColumnRule, EditHistory, apply_edits
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.project.create import new_project
from desktop_app.core.project.model import WizardPage
from desktop_app.core.project.next_update import (
    prepare_next_update,
    replay_table,
    with_coverage_from,
)
from desktop_app.core.project.opening import open_next_update
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication.state import PublicationState, PublicationStep
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import CancelToken
from desktop_app.paths import resources_dir
from desktop_app.texts import render
from tests.builders import write_xlsx

LABELS = ["N° délib.", "Date de la séance", "Objet", "Thème", "Code matière", "Rapporteur"]


def _month(path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(path, {"Délibérations": [LABELS, *rows]})


def _phrase(code: str, params: object) -> str:
    return render(code, params, "fr")  # type: ignore[arg-type]


def test_edits_undo_redo_and_apply_in_order() -> None:
    frame = pd.DataFrame({"A": ["x", "oui", "y"], "B": ["1", "2", "3"]})
    history = EditHistory()
    history = history.added(CellEdit("A", 2, "x", "X"))
    history = history.added(ColumnRule("A", {"oui": "true"}, ("boolean",)))
    assert apply_edits(frame, history.active).frame["A"].tolist() == ["X", "true", "y"]
    undone = history.undone()
    assert undone.can_redo
    assert apply_edits(frame, undone.active).frame["A"].tolist() == ["X", "oui", "y"]
    assert undone.redone() == history
    # A new edit after an undo forgets the undone one.
    branched = undone.added(CellEdit("B", 4, "3", "30"))
    assert not branched.can_redo
    outcome = apply_edits(frame, branched.active)
    assert outcome.frame["B"].tolist() == ["1", "2", "30"]
    assert outcome.changed == 2
    assert frame["A"].tolist() == ["x", "oui", "y"]  # the original is never touched


def test_next_month_replays_mapping_fixes_and_decisions(tmp_path: Path) -> None:
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    schema = catalogue.get("scdl/deliberations")
    march = _month(
        tmp_path / "mars.xlsx",
        [
            ["2024-001", dt.datetime(2024, 3, 4), "Budjet primitif", "Finances", "7.1", "M. Un"],
            ["2024-002", dt.datetime(2024, 3, 25), "Cantine", "Finances", "7.10", "Mme Deux"],
        ],
    )
    table = read_table(march)
    mapping = suggest_mapping(table, schema)
    prepared = prepare_table(table, schema, mapping)
    commune = CommuneSettings(name="Saint-Nizier-du-Moucherotte", insee="38433")
    project_path = tmp_path / "deliberations.datamairie"
    project = new_project(
        Preparation(table, prepared), project_path, march, commune, _phrase, now="2024-03-31"
    )
    typo = CellEdit("DELIB_OBJET", 2, "Budjet primitif", "Budget primitif")
    theme = ColumnRule("DELIB_MATIERE_NOM", {"Finances": "Finances locales"})
    decision = PrivacyDecision(
        "Rapporteur:person_name", "Rapporteur", "person_name", Remedy.REMOVE_COLUMN
    )
    project = dataclasses.replace(
        project,
        edits=EditHistory((typo, theme), 2),
        privacy_decisions=(decision,),
        publication=PublicationState(
            dataset_id="d1", resource_id="r1", step=PublicationStep.CHECKED, platform="www"
        ),
        page=WizardPage.DONE,
    )
    ProjectFile(project_path).create(project, march)

    april = _month(
        tmp_path / "avril.xlsx",
        [
            ["2024-003", dt.datetime(2024, 4, 8), "Budjet primitif", "Finances", "7.1", "M. Un"],
            ["2024-004", dt.datetime(2024, 4, 8), "Voirie", "Urbanisme", "8.3", "Mme Trois"],
            ["2024-005", dt.datetime(2024, 4, 29), "Écoles", "Finances", "8.1", "M. Un"],
        ],
    )
    reopened = ProjectFile(project_path).load()
    new_table = read_table(april)
    update = prepare_next_update(reopened, april, new_table, project_path, now="2024-04-30")
    following = update.project
    assert update.missing_columns == ()
    assert update.dropped_decisions == ()
    assert following.mapping is not None
    assert following.mapping.for_field("DELIB_OBJET").column == "Objet"
    assert following.privacy_decisions == (decision,)
    assert following.source.name == "avril.xlsx"
    assert following.source.sha256 != reopened.source.sha256
    assert following.publication.mode == "update"
    assert following.publication.dataset_id == "d1"
    assert following.publication.step is PublicationStep.NOT_STARTED
    assert following.page is WizardPage.QUALITY
    assert following.metadata.title == reopened.metadata.title

    replayed = replay_table(following, new_table, schema)
    frame = replayed.prepared.frame
    assert frame["DELIB_MATIERE_NOM"].tolist() == [
        "Finances locales",
        "Urbanisme",
        "Finances locales",
    ]
    # The typo sat on row 2 last month; this month row 2 holds the same typo: corrected.
    assert frame["DELIB_OBJET"].tolist()[0] == "Budget primitif"
    assert replayed.skipped_edits == ()
    dated = with_coverage_from(following, replayed)
    assert dated.metadata.temporal_coverage == TemporalCoverage(
        dt.date(2024, 4, 8), dt.date(2024, 4, 29)
    )

    ProjectFile(project_path).create(dated, april)
    assert ProjectFile(project_path).load() == dated


def test_a_column_gone_next_month_is_reported(tmp_path: Path) -> None:
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    schema = catalogue.get("scdl/deliberations")
    first = _month(tmp_path / "a.xlsx", [["1", dt.datetime(2024, 1, 2), "Objet", "T", "1.1", "X"]])
    table = read_table(first)
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    project = new_project(
        Preparation(table, prepared), tmp_path / "p.datamairie", first,
        CommuneSettings(name="N", insee="38433"), _phrase, now="t",
    )  # fmt: skip
    decision = PrivacyDecision("Rapporteur:person_name", "Rapporteur", "person_name", Remedy.KEEP)
    project = dataclasses.replace(project, privacy_decisions=(decision,))
    second = write_xlsx(
        tmp_path / "b.xlsx",
        {"S": [["N° délib.", "Date de la séance", "Objet"], ["2", dt.datetime(2024, 2, 2), "O"]]},
    )
    update = prepare_next_update(
        project, second, read_table(second), tmp_path / "p.datamairie", now="t2"
    )
    assert "Code matière" in update.missing_columns
    assert update.dropped_decisions == ("Rapporteur:person_name",)
    assert update.project.mapping is not None
    assert update.project.mapping.for_field("DELIB_MATIERE_CODE").column is None


@pytest.mark.parametrize("changed", [True, False])
def test_cell_edits_apply_only_where_the_cell_still_holds_the_corrected_value(
    changed: bool,
) -> None:
    frame = pd.DataFrame({"A": ["autre" if changed else "Budjet"]})
    outcome = apply_edits(frame, [CellEdit("A", 2, "Budjet", "Budget")])
    assert outcome.frame["A"].tolist() == (["autre"] if changed else ["Budget"])
    assert len(outcome.skipped) == int(changed)


def test_next_months_file_is_read_with_progress_and_stops_when_cancelled(tmp_path: Path) -> None:
    """« Annuler » during the reading of next month's file stops it: before, the file was read
    to its end without a word of progress, whatever the agent pressed."""
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    path = _march_project(tmp_path, catalogue)
    rows: list[list[object]] = [
        [f"2024-{n:03}", dt.datetime(2024, 4, 8), "Voirie", "Urbanisme", "8.3", "Mme Trois"]
        for n in range(3000)
    ]
    new_source = _month(tmp_path / "avril.xlsx", rows)
    steps: list[float] = []
    opened = open_next_update(
        path,
        new_source,
        catalogue,
        now="2026-12-07T10:00:00+01:00",
        progress=lambda fraction, step: steps.append(fraction),
        cancel=CancelToken(),
    )
    assert opened.table.row_count > 0
    assert any(0 < fraction < 1 for fraction in steps)  # the reading reported its progress

    cancel = CancelToken()

    def cancel_while_reading(fraction: float, step: str) -> None:
        if 0 < fraction < 1:
            cancel.cancel()  # the agent presses « Annuler » as the reading goes

    with pytest.raises(CancelledError):
        open_next_update(
            path, new_source, catalogue, now="2026-12-07T10:00:00+01:00",
            progress=cancel_while_reading, cancel=cancel,
        )  # fmt: skip


def _march_project(tmp_path: Path, catalogue: SchemaCatalogue) -> Path:
    schema = catalogue.get("scdl/deliberations")
    march = _month(tmp_path / "mars.xlsx", [["2024-001", dt.datetime(2024, 3, 4), "Budget",
                                            "Finances", "7.1", "M. Un"]])  # fmt: skip
    table = read_table(march)
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    commune = CommuneSettings(name="Saint-Nizier-du-Moucherotte", insee="38433")
    path = tmp_path / "deliberations.datamairie"
    project = new_project(Preparation(table, prepared), path, march, commune, _phrase, now="x")
    ProjectFile(path).create(project, march)
    return path


def test_a_part_taken_back_last_month_that_meets_nothing_now_is_said_and_dropped(
    tmp_path: Path,
) -> None:
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    path = _march_project(tmp_path, catalogue)
    file = ProjectFile(path)
    saved = file.load()
    # Last month the agent took back a total (row 4) and a table below (rows 40-41).
    source = dataclasses.replace(saved.source, include=((4, 4), (40, 41)))
    file.save(dataclasses.replace(saved, source=source))
    april = _month(tmp_path / "avril.xlsx", [
        ["2024-012", dt.datetime(2024, 4, 8), "Voirie", "Urbanisme", "8.3", "Mme Trois"],
        ["2024-013", dt.datetime(2024, 4, 9), "Écoles", "Enseignement", "8.1", "M. Un"],
        ["Total", None, None, None, None, None],
    ])  # fmt: skip

    opened = open_next_update(
        path, april, catalogue, now="2026-12-07T10:00:00+01:00",
        progress=lambda fraction, step: None, cancel=CancelToken(),
    )  # fmt: skip

    assert opened.table.row_count == 3  # the total of row 4 taken back again
    assert opened.table.source.include == ((4, 4),)
    assert opened.project.source.include == ((4, 4),)
    notices = [n for n in opened.table.notices if n.code == "include-ignored"]
    assert len(notices) == 1
    said = _phrase(notices[0].code, notices[0].params)
    assert said.startswith("La partie reprise comme données la dernière fois (lignes de la")
    assert "(lignes de la feuille : 40-41) ne rencontre aucune partie laissée de côté" in said


def test_next_update_stops_on_fichier_when_a_part_taken_back_last_time_meets_nothing(
    tmp_path: Path,
) -> None:
    from desktop_app.core.project.restoring import NEXT_UPDATE_STEP, restore_next_update

    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    path = _march_project(tmp_path, catalogue)
    april = _month(tmp_path / "avril.xlsx", [
        ["2024-012", dt.datetime(2024, 4, 8), "Voirie", "Urbanisme", "8.3", "Mme Trois"],
    ])  # fmt: skip
    unchanged = restore_next_update(
        path, april, catalogue, now="2026-12-07T10:00:00+01:00",
        progress=lambda fraction, step: None, cancel=CancelToken(),
    )  # fmt: skip
    file = ProjectFile(path)
    saved = file.load()
    file.save(
        dataclasses.replace(saved, source=dataclasses.replace(saved.source, include=((9, 9),)))
    )

    changed = restore_next_update(
        path, april, catalogue, now="2026-12-07T10:00:00+01:00",
        progress=lambda fraction, step: None, cancel=CancelToken(),
    )  # fmt: skip

    assert unchanged.target == NEXT_UPDATE_STEP
    assert changed.opened.ignored_include == ((9, 9),)
    assert changed.target == "file"
