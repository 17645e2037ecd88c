"""Decisions applied to the copy to publish: the source stays as it was read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.model import PrivacyFinding
from desktop_app.core.privacy.remedies import PrivacyError, apply_decisions, undecided
from desktop_app.core.privacy.scan import scan_prepared
from desktop_app.core.schemas import parse_table_schema
from tests.unit.privacy.support import prepared_for, read_csv_rows

MOMENT = dt.datetime(2024, 3, 15, 10, 30)


def _decide(finding: PrivacyFinding, remedy: Remedy, **options: object) -> PrivacyDecision:
    return PrivacyDecision(
        finding=finding.key,
        column=finding.column,
        category=finding.category.value,
        remedy=remedy,
        justification="Ce sont des élus" if remedy is Remedy.KEEP else "",
        decided_by="agent",
        decided_at=MOMENT,
        options=dict(options),
    )


PRENOMS = [
    ["COMMUNE_NOM", "COLL_INSEE", "ENFANT_SEXE", "ENFANT_PRENOM", "NOMBRE_OCCURRENCES", "ANNEE"],
    ["Exemple", "86194", "F", "Louise", "5", "2024"],
    ["Exemple", "86194", "F", "Apolline", "1", "2024"],
    ["Exemple", "86194", "F", "Capucine", "2", "2024"],
    ["Exemple", "86194", "M", "Gabriel", "2", "2024"],
]


def test_rare_first_names_are_grouped_per_sex_and_year(tmp_path: Path) -> None:
    prepared = prepared_for(tmp_path, "scdl/prenoms", PRENOMS)
    scan = scan_prepared(prepared)
    before = prepared.frame.copy()

    published = apply_decisions(prepared, scan, [_decide(scan.findings[0], Remedy.GROUP_RARE)])

    rows = published.frame[["ENFANT_SEXE", "ENFANT_PRENOM", "NOMBRE_OCCURRENCES"]].values.tolist()
    assert rows == [
        ["F", "Louise", "5"],
        ["F", "Autres prénoms", "3"],
        ["M", "Autres prénoms", "2"],
    ]
    assert prepared.frame.equals(before)


def test_removing_rows_keeps_the_row_numbers_in_step(tmp_path: Path) -> None:
    prepared = prepared_for(tmp_path, "scdl/prenoms", PRENOMS)
    scan = scan_prepared(prepared)

    published = apply_decisions(prepared, scan, [_decide(scan.findings[0], Remedy.REMOVE_ROWS)])

    assert published.frame["ENFANT_PRENOM"].tolist() == ["Louise"]
    assert published.row_numbers.tolist() == [prepared.row_numbers[0]]


def test_free_text_is_redacted_in_the_copy(tmp_path: Path) -> None:
    rows = [
        ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_OBJET"],
        ["Exemple", "21860194600013", "1", "2024-03-15", "Vente à M. Jean DUPONT, 06 12 34 56 78"],
        ["Exemple", "21860194600013", "2", "2024-03-15", "Budget primitif"],
    ]
    prepared = prepared_for(tmp_path, "scdl/deliberations", rows)
    scan = scan_prepared(prepared)
    decisions = [_decide(finding, Remedy.REDACT_TEXT) for finding in scan.findings]

    published = apply_decisions(prepared, scan, decisions)

    assert published.frame["DELIB_OBJET"].tolist() == [
        "Vente à [donnée personnelle retirée], [donnée personnelle retirée]",
        "Budget primitif",
    ]
    assert "DUPONT" in prepared.frame["DELIB_OBJET"].iloc[0]


def test_birth_dates_keep_only_their_year(tmp_path: Path) -> None:
    schema = parse_table_schema(
        {"fields": [{"name": "Nom"}, {"name": "Date de naissance", "type": "string"}]},
        name="inscriptions",
        version="1",
    )
    table = read_csv_rows(
        tmp_path,
        [["Nom", "Date de naissance"], ["DUPONT", "15/03/2015"], ["MARTIN", "2016-01-30"]],
    )
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    scan = scan_prepared(prepared)
    birth = scan.finding("Date de naissance/birth_date/column")
    decisions = [_decide(birth, Remedy.KEEP_YEAR), _decide(scan.findings[1], Remedy.REMOVE_COLUMN)]

    published = apply_decisions(prepared, scan, decisions)

    assert published.frame.columns.tolist() == ["Date de naissance"]
    assert published.frame["Date de naissance"].tolist() == ["2015", "2016"]


def test_nothing_is_applied_while_a_finding_is_undecided(tmp_path: Path) -> None:
    prepared = prepared_for(tmp_path, "scdl/prenoms", PRENOMS)
    scan = scan_prepared(prepared)
    unjustified = dataclass_replace_keep(scan.findings[0])

    assert undecided(scan.findings, []) == scan.findings
    assert undecided(scan.findings, [unjustified]) == scan.findings
    assert undecided(scan.findings, [_decide(scan.findings[0], Remedy.KEEP)]) == ()
    with pytest.raises(PrivacyError) as raised:
        apply_decisions(prepared, scan, [])
    assert raised.value.code == "privacy-undecided"
    assert raised.value.params["count"] == 1


def test_a_remedy_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    prepared = prepared_for(tmp_path, "scdl/prenoms", PRENOMS)
    scan = scan_prepared(prepared)

    with pytest.raises(PrivacyError) as raised:
        apply_decisions(prepared, scan, [_decide(scan.findings[0], Remedy.KEEP_YEAR)])

    assert raised.value.code == "privacy-remedy-unfit"


def test_columns_are_removed_or_emptied_in_the_copy(tmp_path: Path) -> None:
    rows = [
        ["COLL_NOM", "COLL_SIRET", "EQUIP_UID", "EQUIP_NOM", "EQUIP_TEL", "EQUIP_EMAIL"],
        [
            "Exemple",
            "21860194600013",
            "86194-1",
            "Gymnase",
            "06 12 34 56 78",
            "jean.dupont@gmail.com",
        ],
        ["Exemple", "21860194600013", "86194-2", "Salle", "06 98 76 54 32", "marie.martin@free.fr"],
    ]
    prepared = prepared_for(tmp_path, "scdl/equipements", rows)
    scan = scan_prepared(prepared)
    phone = scan.finding("EQUIP_TEL/phone/column")
    email = scan.finding("EQUIP_EMAIL/email/column")

    published = apply_decisions(
        prepared, scan, [_decide(phone, Remedy.REMOVE_COLUMN), _decide(email, Remedy.EMPTY_COLUMN)]
    )

    assert "EQUIP_TEL" not in published.frame.columns
    assert "EQUIP_TEL" not in published.schema.field_names
    assert published.frame["EQUIP_EMAIL"].tolist() == ["", ""]
    assert "EQUIP_TEL" in prepared.frame.columns


def test_decisions_round_trip_through_the_project_file() -> None:
    decision = PrivacyDecision(
        "Nom/last_name/column",
        "Nom",
        "last_name",
        Remedy.KEEP,
        "elected-officials",
        "agent",
        MOMENT,
    )

    assert PrivacyDecision.from_json(decision.to_json()) == decision


def dataclass_replace_keep(finding: PrivacyFinding) -> PrivacyDecision:
    """A decision to keep, without the justification keeping needs."""
    return PrivacyDecision(finding.key, finding.column, finding.category.value, Remedy.KEEP)
