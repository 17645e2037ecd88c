"""The wizard keeps each personal-data finding in the project as core/privacy writes it."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.preparation.edits import EditHistory
from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.privacy.decisions import Remedy
from desktop_app.core.privacy.model import Category, Evidence, PrivacyFinding, PrivacyScan
from desktop_app.core.project.document import project_from_json, project_to_json
from desktop_app.core.project.model import SourceRecord, WizardPage
from desktop_app.core.project.publishable import readiness
from desktop_app.core.project.saving import ProjectSnapshot, project_of

FINDING = PrivacyFinding(
    column="Bénéficiaire",
    label="Bénéficiaire",
    category=Category.PERSON_NAME,
    confidence=0.81234,
    scope="rows",
    evidence=(Evidence.of("privacy-rows-no-identifier", count=2),),
    examples=("M*** D***",),
    rows=(0, 4),
    remedies=(Remedy.REMOVE_ROWS, Remedy.KEEP),
    suggested=Remedy.REMOVE_ROWS,
)


def _snapshot(tmp_path: Path) -> ProjectSnapshot:
    scan = PrivacyScan(findings=(FINDING,), cells=(), rows=5, columns=("Bénéficiaire",))
    return ProjectSnapshot(
        source_path=tmp_path / "subventions.csv",
        preparation=Preparation(None, None, EditHistory()),
        schema=None,
        check=None,
        scan=scan,
        commune=CommuneSettings(name="Saint-Nizier-du-Moucherotte"),
        metadata=None,
        publication=None,
        page=WizardPage.PRIVACY,
    )


def test_findings_are_kept_in_the_documented_form(tmp_path: Path) -> None:
    record = SourceRecord(name="subventions.csv", size=10, sha256="0" * 64)
    project = project_of(
        _snapshot(tmp_path), record, now="2024-04-02T10:00:00+02:00", previous=None
    )
    stored = project_from_json(project_to_json(project)).privacy_findings
    assert [dict(finding) for finding in stored] == [FINDING.to_json()]
    assert stored[0]["rows"] == 2  # a count of rows, never the rows themselves
    assert stored[0]["evidence"] == [{"code": "privacy-rows-no-identifier", "params": {"count": 2}}]
    assert readiness(project).undecided_findings == (FINDING.key,)
