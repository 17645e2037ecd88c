"""What `datamairie publish` prints at the end: the dataset's page only when it has an address."""

from __future__ import annotations

import pytest

from desktop_app.commands.publish import _report
from desktop_app.core.publication.flows import PublicationResult
from desktop_app.core.publication.state import PublicationState, PublicationStep
from desktop_app.texts import Language

DONE = (PublicationStep.DATASET_CREATED,)


def _printed(capsys: pytest.CaptureFixture[str], state: PublicationState, lang: Language) -> str:
    _report(PublicationResult(state, DONE), as_json=False, lang=lang)
    return capsys.readouterr().out


def test_the_page_the_server_gave_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    state = PublicationState(
        platform="demo", dataset_id="d1", dataset_page="https://demo.data.gouv.fr/datasets/vu/"
    )

    printed = _printed(capsys, state, "fr")

    assert "Page du jeu de données : https://demo.data.gouv.fr/datasets/vu/\n" in printed


@pytest.mark.parametrize(
    ("platform", "site"),
    [
        ("www", "https://www.data.gouv.fr"),
        ("https://udata.example.org/api/1/", "https://udata.example.org"),
        ("http://127.0.0.1:7000", "http://127.0.0.1:7000"),
    ],
)
def test_without_a_page_the_address_is_built_from_the_id(
    capsys: pytest.CaptureFixture[str], platform: str, site: str
) -> None:
    state = PublicationState(platform=platform, dataset_id="65a1f0", dataset_page=None)

    assert f"Page du jeu de données : {site}/datasets/65a1f0/\n" in _printed(capsys, state, "fr")
    assert f"The dataset's page: {site}/datasets/65a1f0/\n" in _printed(capsys, state, "en")


def test_without_page_nor_id_no_empty_line_is_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    state = PublicationState(platform="demo", step=PublicationStep.NOT_STARTED)

    for lang in ("fr", "en"):
        printed = _printed(capsys, state, lang)
        assert "Page du jeu de données" not in printed
        assert "The dataset's page" not in printed
        assert printed.startswith("✓ ")
