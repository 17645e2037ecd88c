"""A complete project, every field filled with a value other than its default."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import MappingProxyType

from desktop_app.core.commune.settings import CommuneSettings
from desktop_app.core.mapping.model import ColumnMapping, Evidence, FieldMapping
from desktop_app.core.metadata.model import DatasetMetadata, TemporalCoverage
from desktop_app.core.preparation.edits import CellEdit, ColumnRule, EditHistory
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.project.model import (
    Project,
    SourceRecord,
    ValidationSummary,
    WizardPage,
)
from desktop_app.core.publication.state import PublicationState, PublicationStep


def full_project(source: SourceRecord) -> Project:
    mapping = ColumnMapping(
        "scdl/deliberations",
        "2.1.5",
        (
            FieldMapping(
                "DELIB_DATE",
                column="Date de la séance",
                confidence=0.92,
                evidence=(Evidence.of("label-matches", label="Date"),),
                options={"day_first": True},
            ),
            FieldMapping("COLL_NOM", constant="Saint-Nizier-du-Moucherotte"),
        ),
        ("Date de la séance", "Objet"),
    )
    history = EditHistory(
        (
            CellEdit("DELIB_OBJET", 3, "Budjet", "Budget"),
            ColumnRule("DELIB_DATE", MappingProxyType({"22/01/2024": "2024-01-22"}), ("date",)),
            CellEdit("DELIB_OBJET", 4, "x", "y"),
        ),
        position=2,
    )
    decision = PrivacyDecision(
        finding="Rapporteur:person_name",
        column="Rapporteur",
        category="person_name",
        remedy=Remedy.KEEP,
        justification="Élus dans l'exercice de leur mandat",
        decided_by="agent",
        decided_at=datetime(2024, 4, 2, 9, 30, tzinfo=UTC),
        options={"threshold": 3},
    )
    return Project(
        source=source,
        schema_name="scdl/deliberations",
        schema_version="2.1.5",
        mapping=mapping,
        edits=history,
        validation=ValidationSummary(
            False, 4, 2, MappingProxyType({"type-error": 2}), "2024-04-02T09:00:00+02:00"
        ),
        privacy_findings=({"key": "Rapporteur:person_name", "confidence": 0.8},),
        privacy_decisions=(decision,),
        commune=CommuneSettings(
            name="Saint-Nizier-du-Moucherotte",
            siret="21380433800012",
            insee="38433",
            department="38",
            organization="6b0297db5a72d751a42189fc",
            organization_name="Commune de Saint-Nizier",
            licence="odc-odbl",
            contact_email="mairie@example.org",
        ),
        metadata=DatasetMetadata(
            title="Délibérations",
            description="D" * 120,
            keywords=("deliberations", "conseil-municipal"),
            frequency="monthly",
            temporal_coverage=TemporalCoverage(date(2024, 1, 22), date(2024, 3, 25)),
            zones=("fr:commune:38433",),
            granularity="poi",
            licence="odc-odbl",
        ),
        publication=PublicationState(
            platform="demo",
            organization="6b0297db5a72d751a42189fc",
            mode="update",
            draft=True,
            dataset_id="d1",
            dataset_page="https://demo.example/d1",
            resource_id="r1",
            resource_latest="https://demo.example/r1",
            step=PublicationStep.FILE_UPLOADED,
            last_error="network-unreachable",
            updated_at="2024-04-02T10:00:00+02:00",
        ),
        page=WizardPage.PUBLICATION,
        to_publish=True,
        created_at="2024-04-01T08:00:00+02:00",
        updated_at="2024-04-02T10:00:00+02:00",
    )
