"""Values decide, titles only hint: what only looks like personal data is not flagged."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.privacy.model import Category
from desktop_app.core.privacy.patterns import is_email, is_postal_address
from tests.unit.privacy.support import categories, read_csv_rows, scanned

SIRETS = ["39050553500018", "75057489900019", "78012958100010", "41395842200045"]


def _repeat(values: list[str], count: int) -> list[str]:
    return [values[index % len(values)] for index in range(count)]


def test_amounts_codes_dates_and_repeated_categories_are_never_names(tmp_path: Path) -> None:
    header = ["Nom du lot", "Montant mini annuel du lot HT", "Code", "Versement", "Date", "Sexe"]
    amounts = _repeat(["1 234,50", "10 000", "Sans minimum 500", "2 500,00 €"], 40)
    codes = _repeat(["AB12C", "ZX99K", "LM45P", "QW78R"], 40)
    terms = _repeat(["Unique", "Échelonné"], 40)
    dates = _repeat(["15/03/2024", "01/02/2023", "30/06/2022"], 40)
    sexes = _repeat(["M", "F"], 40)
    lots = _repeat(["Voirie", "Espaces verts", "Bâtiments", "Éclairage"], 40)
    rows = [header, *zip(lots, amounts, codes, terms, dates, sexes, strict=True)]

    scan = scanned(read_csv_rows(tmp_path, [list(row) for row in rows]))

    assert categories(scan, likely=False) == {}


def test_a_title_alone_never_flags_values_that_contradict_it(tmp_path: Path) -> None:
    header = ["idBeneficiaire", "SIRET ou NIR", "sexe_elu", "lieu_naissance_elu", "Mail envoyé"]
    rows = [header] + [
        [siret, siret[:8] + "000000", sex, town, answer]
        for siret, sex, town, answer in zip(
            _repeat(SIRETS, 30),
            _repeat(["M", "F"], 30),
            _repeat(["Paris", "NICE (06)", "Lyon", "Oran (Algérie)", "Le Mans"], 30),
            _repeat(["oui", "non"], 30),
            strict=True,
        )
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan, likely=False) == {}


def test_a_bare_nom_of_places_and_things_is_not_a_surname(tmp_path: Path) -> None:
    markets = ["BASTILLE", "SAXE-BRETEUIL", "JEAN JAURES", "MORTIER", "DAUMESNIL", "TELEGRAPHE"]
    trees = ["Platane commun", "Platane d'Orient", "Hetre pourpre", "Cedre du Liban"]
    schools = ["Ecole Maternelle Bertie ALBRECHT", "Ecole Elémentaire Louis ARMSTRONG"]
    rows = [["Nom court", "NOM COMMUN", "NOM"]] + [
        [market, tree, school]
        for market, tree, school in zip(
            _repeat(markets, 24), _repeat(trees, 24), _repeat(schools, 24), strict=True
        )
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan, likely=False) == {}


def test_a_nom_beside_first_names_is_a_surname(tmp_path: Path) -> None:
    rows = [["Nom", "Prénom"], ["DUPONT", "Jean"], ["MARTIN", "Marie"], ["DURAND", "Pierre"]]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan)["Nom"] is Category.LAST_NAME


def test_services_and_departments_are_not_addresses(tmp_path: Path) -> None:
    services = [
        "Direction des services techniques",
        "Service Domaine public",
        "Voie publique - Police municipale",
        "Pôle Cadre de vie",
        "Cabinet du Maire",
        "Direction de la voirie",
    ]
    rows = [["Service", "Adresse du service"]] + [
        [service, service] for service in _repeat(services, 30)
    ]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan, likely=False) == {}
    assert is_postal_address("12 rue de la Mairie")
    assert is_postal_address("Avenue Foch")
    assert not is_postal_address("Domaine public")
    assert not is_postal_address("Lot 2 : voirie")


def test_an_at_sign_inside_a_title_is_not_an_e_mail() -> None:
    assert not is_email("L@-KOLOK.com")
    assert is_email("jean.dupont@gmail.com")


def test_a_civilite_inside_an_organisations_name_is_not_a_person(tmp_path: Path) -> None:
    schools = [
        "Ecole Maternelle M. CALLAS",
        "Ecole Elémentaire Louis ARMSTRONG",
        "Ecole Maternelle Ingrid BERGMAN",
        "Collège Jean Moulin",
    ]
    rows = [["NOM", "TYPE"]] + [[school, "Ecole"] for school in _repeat(schools, 24)]

    scan = scanned(read_csv_rows(tmp_path, rows))

    assert categories(scan, likely=False) == {}


def test_reference_numbers_in_sentences_are_not_phones() -> None:
    from desktop_app.core.privacy.patterns import mentions

    text = "Co-financement convention n° 075 09 R 0489 01 01 01, poste n° 075 07 R0391 00 01 01"
    assert mentions(text) == []
    found = mentions("Écrire au 06 12 34 56 78 ou au 0612345678")
    assert [mention.category for mention in found] == [Category.PHONE, Category.PHONE]
