"""Persons and organisations told apart cell by cell, and the remedy that fits each."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.mapping.prepare import prepare_table
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.model import Category
from desktop_app.core.privacy.names import load_first_names
from desktop_app.core.privacy.parties import Party
from desktop_app.core.privacy.remedies import NATURAL_PERSON, apply_decisions
from desktop_app.core.privacy.scan import scan_prepared
from desktop_app.core.project.document import VERSION, project_from_json, project_to_json
from desktop_app.core.project.storage import source_record
from desktop_app.core.schemas.parse import parse_table_schema
from tests.unit.privacy.support import categories, read_csv_rows, scanned
from tests.unit.project.support import full_project

ORGANISATIONS = [
    ("Comité des fêtes de Castelnau", "39050553500018"),
    ("ASSOCIATION GYMNASTIQUE VOLONTAIRE", "75057489900019"),
    ("SARL Boulangerie Martin", "78012958100010"),
    ("SCI AGATHE", "41395842200045"),
    ("EUROVIA", "39356588200023"),
    ("Collège Jean Moulin", "77567618200626"),
    ("CCAS de Castelnau", "49490899900019"),
    ("TENNIS CLUB CASTELNAU", "82069177200017"),
]
PERSONS = [("M. Jean Dupont", ""), ("DUPONT Marie", "42081852800028"), ("Xavier Erni", "")]


def _beneficiaries() -> list[list[str]]:
    rows = [["Bénéficiaire", "SIRET", "Montant"]]
    named = [*ORGANISATIONS * 3]
    named.insert(5, PERSONS[0])
    named.insert(11, PERSONS[1])
    named.insert(17, PERSONS[2])
    rows += [[name, siret, f"{100 * (index + 1)}"] for index, (name, siret) in enumerate(named)]
    return rows


@pytest.mark.parametrize(
    ("value", "party"),
    [
        ("M. Jean Dupont", Party.PERSON),
        ("DUPONT Jean", Party.PERSON),
        ("Jean Dupont EI", Party.PERSON),
        ("Dupont Jean, entrepreneur individuel", Party.PERSON),
        ("SARL Dupont", Party.ORGANISATION),
        ("S.A.R.L. DUPONT", Party.ORGANISATION),
        ("Association des parents d'élèves", Party.ORGANISATION),
        ("Dupont & Fils", Party.ORGANISATION),
        ("Commune de Castelnau", Party.ORGANISATION),
        ("GEOEXPERT42", Party.UNKNOWN),
        ("SAINT DIDIER", Party.UNKNOWN),
        ("JAZZ POUR TOUS", Party.UNKNOWN),
    ],
)
def test_a_name_is_told_person_or_organisation(value: str, party: Party) -> None:
    assert load_first_names().party(value) is party


def test_among_trade_names_a_person_needs_a_clear_sign() -> None:
    names = load_first_names()

    assert names.clearly_person("Xavier Erni")
    assert names.clearly_person("DUPONT Marie")
    assert names.clearly_person("M. PAUL")
    assert not names.clearly_person("SOLEIL LEVANT")  # all capitals: a trade name
    assert not names.clearly_person("Africa Djémeya")  # not a first name given in France
    assert not names.clearly_person("Leo Lagrange IDF")  # an acronym: a body


def test_a_mostly_organisation_column_flags_only_the_persons_cells(tmp_path: Path) -> None:
    scan = scanned(read_csv_rows(tmp_path, _beneficiaries()))

    finding = scan.finding("Bénéficiaire/person_name/cells")
    assert finding.rows == (5, 11, 17)
    assert finding.identifiers == ("SIRET",)
    assert finding.suggested is Remedy.ANONYMISE_ROWS
    assert finding.remedies == (Remedy.ANONYMISE_ROWS, Remedy.REMOVE_ROWS, Remedy.KEEP)
    counts = {item.code: item.params["count"] for item in finding.evidence}
    assert counts == {"privacy-person-cells": 3, "privacy-rows-no-identifier": 2}
    assert finding.examples == ("M. J*** D*****", "D***** M****", "X***** E***")
    cells = [(cell.row, cell.column, cell.category) for cell in scan.cells]
    assert cells == [(row, "Bénéficiaire", Category.PERSON_NAME) for row in (5, 11, 17)]
    assert "SIRET" not in categories(scan, likely=False)
    assert "Montant" not in categories(scan, likely=False)


def test_anonymising_touches_only_the_persons_rows(tmp_path: Path) -> None:
    table = read_csv_rows(tmp_path, _beneficiaries())
    schema = parse_table_schema(
        {"fields": [{"name": name} for name in ("Bénéficiaire", "SIRET", "Montant")]},
        name="aides",
        version="1",
    )
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    scan = scan_prepared(prepared)
    finding = scan.finding("Bénéficiaire/person_name/cells")
    decision = PrivacyDecision(finding.key, finding.column, "person_name", finding.suggested)

    published = apply_decisions(prepared, scan, [decision]).frame

    assert len(published) == len(prepared.frame)
    names = published["Bénéficiaire"].tolist()
    assert [names[row] for row in (5, 11, 17)] == [NATURAL_PERSON] * 3
    assert published["SIRET"].iloc[11] == ""
    others = [row for row in range(len(names)) if row not in (5, 11, 17)]
    assert published.iloc[others].equals(prepared.frame.iloc[others])
    removed = PrivacyDecision(finding.key, finding.column, "person_name", Remedy.REMOVE_ROWS)
    assert len(apply_decisions(prepared, scan, [removed]).frame) == len(prepared.frame) - 3


def test_an_organisations_only_column_is_none(tmp_path: Path) -> None:
    rows = [["Bénéficiaire", "SIRET"]] + [[name, siret] for name, siret in ORGANISATIONS * 4]

    assert categories(scanned(read_csv_rows(tmp_path, rows)), likely=False) == {}


def test_elected_officials_keep_their_category_and_are_advised_kept(tmp_path: Path) -> None:
    rows = [
        ["nom_elu", "prenom_elu", "date_naissance_elu"],
        ["VOGEL", "Jean-Pierre", "1956-07-11 00:00:00+00"],
        ["BLANC", "Marie", "1962-10-21 00:00:00+00"],
        ["BOYER", "Pierre", "1973-03-29 00:00:00+00"],
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    names = scan.finding("prenom_elu/first_name/column")
    assert names.suggested is Remedy.KEEP
    assert names.advised_reason == "elected-officials"
    assert scan.finding("nom_elu/last_name/column").advised_reason == "elected-officials"
    birth = scan.finding("date_naissance_elu/birth_date/column")
    assert birth.suggested is Remedy.KEEP_YEAR  # a date of birth is no part of a mandate


def test_public_places_keep_their_addresses_with_the_advice_to_keep(tmp_path: Path) -> None:
    rows = [["Équipement", "Adresse", "Téléphone"]] + [
        [name, address, phone]
        for name, address, phone in [
            ("Salle des fêtes", "1 place de la Mairie", "05 61 00 00 01"),
            ("Gymnase", "12 rue des Écoles", "05 61 00 00 02"),
            ("Médiathèque", "3 avenue de la Gare", "05 61 00 00 03"),
        ]
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    address = scan.finding("Adresse/postal_address/column")
    assert address.category is Category.POSTAL_ADDRESS
    assert (address.suggested, address.advised_reason) == (Remedy.KEEP, "public-place")


def test_nir_and_iban_are_never_advised_kept(tmp_path: Path) -> None:
    rows = [
        ["Élu", "Fonction", "NIR"],
        ["Jean Dupont", "Maire", "2 85 05 78 006 084 41"],
        ["Marie Martin", "Adjointe", "1 72 11 13 055 123 06"],
    ]

    nir = scanned(read_csv_rows(tmp_path, rows)).finding("NIR/nir/column")

    assert Remedy.KEEP not in nir.remedies
    assert nir.advised_reason == ""


def test_an_anonymising_decision_is_kept_and_older_projects_still_open(tmp_path: Path) -> None:
    source = tmp_path / "aides.csv"
    source.write_text("Bénéficiaire;SIRET\nM. Jean Dupont;\n", encoding="utf-8")
    decision = PrivacyDecision(
        "Bénéficiaire/person_name/cells", "Bénéficiaire", "person_name", Remedy.ANONYMISE_ROWS
    )
    project = dataclasses.replace(
        full_project(source_record(source, tmp_path / "p.datamairie")),
        privacy_decisions=(decision,),
    )

    document = project_to_json(project)
    assert document["version"] == VERSION >= 3
    assert project_from_json(document).privacy_decisions == (decision,)
    older = {**document, "version": 2, "privacy": {**document["privacy"], "decisions": []}}
    assert project_from_json(older).privacy_decisions == ()
