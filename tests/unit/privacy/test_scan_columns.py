"""Whole columns of personal data in the agent's own files, and what only looks like it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.core.privacy.model import Category
from tests.unit.privacy.support import categories, read_csv_rows, read_xlsx_rows, scanned

PEOPLE = [
    ("DUPONT", "Jean", "jean.dupont@gmail.com", "06 12 34 56 78", dt.date(1985, 3, 15)),
    ("MARTIN", "Marie", "marie.martin@orange.fr", "07.11.22.33.44", dt.date(1950, 1, 1)),
    ("DURAND", "Pierre", "p.durand@free.fr", "+33 6 98 76 54 32", dt.date(2001, 12, 12)),
    ("LEFEBVRE", "Sophie", "sophie.lefebvre@laposte.net", "0612345678", dt.date(1972, 6, 30)),
    ("MOREAU", "Luc", "luc.moreau@yahoo.fr", "06-98-76-54-31", dt.date(1990, 5, 5)),
]


def test_a_registration_list_is_flagged_column_by_column(tmp_path: Path) -> None:
    rows = [
        ["Inscriptions au centre de loisirs 2024"],
        ["Nom", "Prénom", "Courriel", "Tél. portable", "Né(e) le", "Adresse", "Tarif"],
        *[[*person, f"{n + 3} rue des Lilas", "A"] for n, person in enumerate(PEOPLE)],
    ]

    scan = scanned(read_xlsx_rows(tmp_path, rows))

    assert categories(scan) == {
        "Nom": Category.LAST_NAME,
        "Prénom": Category.FIRST_NAME,
        "Courriel": Category.EMAIL,
        "Tél. portable": Category.PHONE,
        "Né(e) le": Category.BIRTH_DATE,
        "Adresse": Category.POSTAL_ADDRESS,
    }
    email = scan.finding("Courriel/email/column")
    assert email.examples[0] == "j***.d*****@gmail.com"
    assert {item.code for item in email.evidence} == {"privacy-header", "privacy-values-email"}
    birth = scan.finding("Né(e) le/birth_date/column")
    assert birth.suggested.value == "keep-year"
    assert all("15" not in example for example in birth.examples)


def test_nir_and_iban_are_confirmed_by_their_keys(tmp_path: Path) -> None:
    rows = [
        ["Agent", "Numéro", "Compte"],
        ["A", "2 85 05 78 006 084 41", "FR76 3000 6000 0112 3456 7890 189"],
        ["B", "1 72 11 13 055 123 06", "FR76 3000 6000 0112 3456 7890 189"],
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    found = categories(scan)
    assert found["Numéro"] is Category.NIR
    assert found["Compte"] is Category.IBAN
    assert "keep" not in {remedy.value for remedy in scan.finding("Numéro/nir/column").remedies}


def test_a_siret_or_nir_column_holding_sirets_is_not_personal(tmp_path: Path) -> None:
    rows = [["Fournisseur", "SIRET ou NIR"]] + [
        [f"Entreprise {n}", "21860194600013"] for n in range(5)
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert "SIRET ou NIR" not in categories(scan, likely=False)


def test_a_column_of_association_names_only_is_not_personal(tmp_path: Path) -> None:
    rows = [["Nom", "Activité"]] + [
        [name, "loisirs"]
        for name in ("Comité des fêtes", "Association sportive", "Club de tennis", "Amicale")
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan, likely=False) == {}


def test_elected_officials_in_their_mandate_are_lowered_not_hidden(tmp_path: Path) -> None:
    rows = [
        ["Nom", "Prénom", "Fonction"],
        ["DUPONT", "Jean", "Maire"],
        ["MARTIN", "Marie", "1ère adjointe"],
        ["DURAND", "Pierre", "Conseiller municipal"],
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan) == {}
    lowered = {f.column: [item.code for item in f.lowered] for f in scan.findings}
    assert lowered["Nom"] == ["privacy-elected-officials"]
    assert lowered["Prénom"] == ["privacy-elected-officials"]


def test_service_contacts_are_not_a_persons(tmp_path: Path) -> None:
    rows = [["Service", "Courriel", "Téléphone"]] + [
        [name, f"{name.lower()}@mairie-exemple.fr", "05 49 00 00 00"]
        for name in ("Accueil", "Urbanisme", "Cantine", "Direction", "Secretariat", "Culture")
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan) == {}
    mail = scan.finding("Courriel/email/column")
    assert [item.code for item in mail.lowered] == ["privacy-generic-contact"]
    phone = scan.finding("Téléphone/phone/column")
    assert [item.code for item in phone.lowered] == ["privacy-shared-phone"]


def test_equipment_addresses_are_public_places(tmp_path: Path) -> None:
    rows = [["Équipement", "Adresse"]] + [
        [name, f"{n} place de la Mairie"]
        for n, name in enumerate(("Salle des fêtes", "Gymnase", "Bibliothèque"), start=1)
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    address = scan.finding("Adresse/postal_address/column")
    assert address.confidence < 0.5
    assert [item.code for item in address.lowered] == ["privacy-public-places"]


def test_surnames_beside_first_names_without_a_title(tmp_path: Path) -> None:
    surnames = ["Bonnet", "Mercier", "Fontaine", "Chevalier", "Gauthier", "Perrin"]
    first = ["Jean", "Marie", "Pierre", "Sophie", "Luc", "Camille"]
    rows = [["Colonne A", "Colonne B"]] + [list(pair) for pair in zip(first, surnames, strict=True)]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan) == {"Colonne A": Category.FIRST_NAME, "Colonne B": Category.LAST_NAME}
    evidence = scan.finding("Colonne B/last_name/column").evidence
    assert evidence[0].code == "privacy-next-to-first-names"


def test_a_table_without_personal_data_gives_no_finding(tmp_path: Path) -> None:
    rows = [["Date", "Montant", "Article"]] + [
        [f"{n:02d}/03/2024", f"{n * 100},50", f"60{n}"] for n in range(1, 20)
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert scan.findings == ()
    assert scan.rows == 19
