"""data.gouv.fr's quality score on the Publication page: what is sent, scored before sending."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.core.desk.quality import quality_of_plan
from desktop_app.ui.publication_plan import build_plan, dataset_metadata
from tests.gui.fake_datagouv import FakeDataGouv
from tests.gui.test_publication_page import _page, _services, _state


def test_the_publication_page_scores_exactly_what_will_be_sent(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = _services(FakeDataGouv(), tmp_path)
    state = _state(tmp_path, services)
    full = dataset_metadata(state)
    assert full.frequency == "monthly"  # the schema's usual rhythm, not "Inconnue"
    page = _page(qtbot, services, state)
    view = page.form.score
    assert view.score is not None
    assert view.score.points == 9
    assert "9/9" in view.headline.text()

    state.metadata = replace(full, frequency="unknown", temporal_coverage=None)
    page.initializePage()
    assert view.score is not None
    assert view.score.points == 6
    plan, _ = build_plan(state, page.choices(), services.publishing.work_folder)
    assert plan.resource_description  # the main file is documented by default
    assert view.score.score == quality_of_plan(plan, datetime.now(UTC)).score
    assert view.missing_texts() == [
        "Il manque : la période couverte.",
        "Il manque : la fréquence de mise à jour.",
        "Il manque : une mise à jour à temps pour la fréquence annoncée.",
    ]
    links = [label.text() for label in view.lines]
    assert 'href="temporal_coverage"' in links[0]
    assert 'href="frequency"' in links[1]
    assert "href" not in links[2]  # one link per field
    with qtbot.waitSignal(page.description_field_wanted) as wanted:
        view.lines[1].linkActivated.emit("frequency")
    assert wanted.args == ["frequency"]
