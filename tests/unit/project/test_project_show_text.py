"""`project show` and `outbox` without --json: every state in plain words, never an identifier."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.project.model import WizardPage
from desktop_app.core.project.outbox import OutboxState
from desktop_app.core.project.storage import ProjectFile, source_record
from desktop_app.core.publication.state import PublicationStep
from desktop_app.texts.render import WORDINGS, render
from tests.unit.project.support import full_project

# The JSON's identifiers; in English "unchanged" or "checked" are also plain words.
IDENTIFIERS = {
    "fr": {step.value for step in PublicationStep} | {"unchanged", "changed", "missing"},
    "en": {step.value for step in PublicationStep if "-" in step.value},
}


def test_every_state_has_words_in_both_languages() -> None:
    codes = [f"project-step-{step.value}" for step in PublicationStep]
    codes += [f"project-page-{page.value}" for page in WizardPage]
    codes += [f"outbox-state-{state}" for state in typing.get_args(OutboxState)]
    codes += [f"project-show-source-{state}" for state in ("unchanged", "changed", "missing")]
    for code in codes:
        wording = WORDINGS[code]
        assert wording.fr.strip()
        assert wording.en.strip()
        assert wording.fr != wording.en


def _show(capsys: pytest.CaptureFixture[str], path: Path, lang: str) -> str:
    assert main(["--lang", lang, "project", "show", str(path)]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("step", list(PublicationStep))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_show_says_each_publication_step_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], step: PublicationStep, lang: str
) -> None:
    source = tmp_path / "budget.csv"
    source.write_text("a;b\n1;2\n", encoding="utf-8")
    file = ProjectFile(tmp_path / "budget.datamairie")
    project = full_project(source_record(source, file.path))
    publication = dataclasses.replace(
        project.publication, step=step, last_error="publication-unreachable"
    )
    file.create(dataclasses.replace(project, publication=publication), source)

    out = _show(capsys, file.path, lang)

    words = [word.strip(".,:;()«»“”") for word in out.split()]
    assert not set(words) & IDENTIFIERS[lang], out
    assert "publication-unreachable" not in out  # the last error is told as a sentence
    assert render("publication-unreachable", None, lang) in out  # type: ignore[arg-type]
    if lang == "fr":
        assert "inchangé depuis la préparation" in out
        assert "Étape atteinte dans l'assistant : la publication" in out
        assert "colonne « Rapporteur » (nom de personne) : Garder tel quel" in out
        assert "mettra à jour le jeu de données déjà publié" in out
    else:
        assert "unchanged since the project was prepared" in out
        assert "Step reached in the wizard: publishing" in out


def test_show_says_when_the_file_changed_or_went_away(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "budget.csv"
    source.write_text("a;b\n1;2\n", encoding="utf-8")
    file = ProjectFile(tmp_path / "budget.datamairie")
    file.create(full_project(source_record(source, file.path)), source)

    source.write_text("a;b\n1;3\n", encoding="utf-8")
    assert "a été modifié depuis la préparation" in _show(capsys, file.path, "fr")
    assert "has changed since the project was prepared" in _show(capsys, file.path, "en")
    source.unlink()
    out = _show(capsys, file.path, "fr")
    assert "la copie gardée dans le projet sera utilisée" in out
    assert "missing" not in out


def test_the_outbox_says_its_states_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = str(tmp_path / "profil")
    source = tmp_path / "budget.csv"
    source.write_text("a;b\n1;2\n", encoding="utf-8")
    file = ProjectFile(tmp_path / "budget.datamairie")
    project = full_project(source_record(source, file.path))
    publication = dataclasses.replace(project.publication, last_error=None)
    file.create(dataclasses.replace(project, publication=publication), source)
    assert main(["--profile-dir", profile, "outbox"]) == 0
    assert capsys.readouterr().out == "Aucune publication en attente.\n"
    assert main(["--profile-dir", profile, "project", "queue", str(file.path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("− Délibérations : interrompue, à reprendre\n")
    assert "interrupted" not in out
