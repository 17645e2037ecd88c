"""`project decide`: personal-data findings decided without the wizard, then the copy cleared."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.project.publishable import readiness, write_publishable_file
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.paths import resources_dir
from tests.builders import write_xlsx

HEADER = ["N° de délibération", "Date de la séance", "Objet", "Thème"]
MAIL = "jean.dupont@gmail.com"


def _registre(folder: Path) -> Path:
    """A workbook of two délibérations, the first naming a citizen with his e-mail address."""
    rows = [
        ["2024-001", dt.date(2024, 1, 22), f"Cession d'une parcelle à M. Jean Dupont ({MAIL})",
         "Urbanisme"],
        ["2024-002", dt.date(2024, 3, 25), "Tarifs de la cantine scolaire", "Écoles"],
    ]  # fmt: skip
    return write_xlsx(folder / "registre.xlsx", {"Registre": [HEADER, *rows]})


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project whose objects name a citizen with his e-mail address."""
    source = _registre(tmp_path)
    path = tmp_path / "registre.datamairie"
    status = main(
        ["--profile-dir", str(tmp_path / "profil"), "prepare", str(source), "--schema",
         "scdl/deliberations", "--project", str(path), "--commune", "38185", "--json"]
    )  # fmt: skip
    answer = json.loads(capsys.readouterr().out)
    assert path.exists(), status
    assert answer["project"]["privacy_undecided"], "the e-mail in the object must be found"
    return path


def _decide(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object]]:
    status = main(["project", "decide", *argv, "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_project_show_lists_the_findings_to_decide(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["project", "show", str(project), "--json"])
    privacy = json.loads(capsys.readouterr().out)["privacy"]

    assert privacy["undecided"] == [item["key"] for item in privacy["items"]]
    assert all(MAIL not in json.dumps(item) for item in privacy["items"])
    assert {item["category"] for item in privacy["items"]} >= {"email"}


def test_the_advised_choices_clear_the_published_copy(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, answer = _decide(capsys, str(project), "--suggested")

    assert status == 0
    assert answer["undecided"] == []
    saved = ProjectFile(project).load()
    assert {d.remedy for d in saved.privacy_decisions} == {Remedy.REDACT_TEXT}
    assert all(d.decided_by and d.decided_at for d in saved.privacy_decisions)
    assert readiness(saved).ready
    target = tmp_path / "publie.csv"
    catalogue = SchemaCatalogue(resources_dir() / "schemas", tmp_path / "cache")
    rows = write_publishable_file(ProjectFile(project), saved, catalogue, target)
    published = target.read_text(encoding="utf-8")
    assert rows == 2
    assert MAIL not in published
    assert "Jean Dupont" not in published
    assert "[donnée personnelle retirée]" in published


def test_keeping_needs_a_reason_and_a_known_finding(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = ProjectFile(project).load().privacy_findings[0]["key"]

    assert main(["project", "decide", str(project), str(key), "keep", "--json"]) == 2
    assert "error" in json.loads(capsys.readouterr().out)
    assert main(["project", "decide", str(project), "nulle/part/column", "keep"]) == 2
    capsys.readouterr()
    status, answer = _decide(
        capsys, str(project), str(key), "keep", "--justification", "Accord écrit de la personne"
    )
    assert answer["decided"][0]["justification"] == "Accord écrit de la personne"  # type: ignore[index]
    assert status in (0, 1)
    assert ProjectFile(project).load().privacy_decisions[0].remedy is Remedy.KEEP


def test_a_headless_agent_is_told_each_key_choice_and_command_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the file to a project ready to publish, reading only the commands' sentences.

    Without --json, `prepare --project`, `project show`, `publish` and `project decide` say
    which findings wait, their keys and choices, and the command that decides them; a
    refused choice says the choices that fit, a kept one how to give the reason; and the
    advised choices never undo a decision the agent took.
    """
    source = _registre(tmp_path)
    path = tmp_path / "registre.datamairie"
    profile = ["--profile-dir", str(tmp_path / "profil")]
    main([*profile, "prepare", str(source), "--schema", "scdl/deliberations", "--project",
          str(path), "--commune", "38185"])  # fmt: skip
    said = capsys.readouterr().out
    findings = ProjectFile(path).load().privacy_findings
    keys = [str(finding["key"]) for finding in findings]
    assert len(keys) >= 2  # the e-mail address and the person's name
    assert f"Projet enregistré : {path}" in said
    assert f"{len(keys)} repérages de données personnelles attendent votre décision" in said
    assert all(f"clé {key} ; choix possibles : " in said for key in keys)
    assert f"« datamairie project decide {path} CLÉ CHOIX »" in said

    assert main(["project", "show", str(path)]) == 0
    shown = capsys.readouterr().out
    assert all(f"clé {key} ;" in shown for key in keys)
    assert "--suggested" in shown

    monkeypatch.setenv("DATAMAIRIE_API_KEY", "une-clé-de-test")
    assert main([*profile, "publish", str(path), "--platform", "http://127.0.0.1:9"]) == 2
    refused = capsys.readouterr().err
    assert f"« datamairie project decide {path.name} CLÉ CHOIX »" in refused
    assert "constat(s)" not in refused

    email = next(str(f["key"]) for f in findings if f["category"] == "email")
    assert main(["project", "decide", str(path), email, "anonymise-rows"]) == 2
    unfit = capsys.readouterr().err
    fitting = next(f for f in findings if f["key"] == email)["remedies"]
    assert f"Choix possibles : {', '.join(fitting)}." in unfit
    assert main(["project", "decide", str(path), email, "keep"]) == 2
    assert "--justification" in capsys.readouterr().err

    reason = "Adresse de la mairie, publique"
    assert main(["project", "decide", str(path), email, "keep", "--justification", reason]) == 1
    first = capsys.readouterr().out
    assert first.startswith("1 décision enregistrée.\n")
    assert f"{len(keys) - 1} repérage" in first
    assert email not in first  # decided: no longer listed as waiting

    assert main(["project", "decide", str(path), "--suggested"]) == 0
    assert "Plus aucune donnée personnelle n'attend de décision" in capsys.readouterr().out
    decisions = {d.finding: d for d in ProjectFile(path).load().privacy_decisions}
    assert decisions[email].remedy is Remedy.KEEP  # the agent's choice stays
    assert decisions[email].justification == reason
    assert set(decisions) == set(keys)


def test_a_finding_the_project_did_not_list_is_listed_by_the_refused_publish_and_decidable(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The project was decided by an earlier DataMairie whose search did not find one kind of
    personal data: `publish` refuses, and then `project show` names it and `project decide`
    decides it, instead of « pas de repérage » for the very finding publish waits on."""
    assert main(["project", "decide", str(project), "--suggested", "--json"]) == 0
    file = ProjectFile(project)
    decided = file.load()
    unseen = decided.privacy_findings[-1]
    file.save(
        dataclasses.replace(
            decided,
            privacy_findings=decided.privacy_findings[:-1],
            privacy_decisions=tuple(
                d for d in decided.privacy_decisions if d.finding != unseen["key"]
            ),
        )
    )
    assert readiness(file.load()).ready
    capsys.readouterr()
    monkeypatch.setenv("DATAMAIRIE_API_KEY", "une-clé-de-test")

    status = main(["publish", str(project), "--platform", "http://127.0.0.1:9", "--json"])

    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "project-not-ready-privacy"
    assert main(["project", "show", str(project)]) == 0
    assert f"clé {unseen['key']} ;" in capsys.readouterr().out
    status, answer = _decide(capsys, str(project), str(unseen["key"]), "redact-text")
    assert status == 0, answer
    assert readiness(file.load()).ready
