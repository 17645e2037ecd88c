"""Tables as town halls keep them, for the mapping tests: French labels, their own order,
extra columns, French dates and amounts. Every name and figure is invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.builders import write_csv, write_xlsx

DELIBERATIONS: list[list[Any]] = [
    ["Commune de Saint-Nizier-du-Moucherotte — registre des délibérations"],
    [],
    [
        "N° délib.",
        "Date de la séance",
        "Objet",
        "Thème",
        "Code matière",
        "Pour",
        "Contre",
        "Abstentions",
        "Rapporteur",
    ],
    [
        "2024-001",
        dt.datetime(2024, 1, 22),
        "Vote du budget primitif 2024",
        "Finances locales",
        "7.1",
        14,
        0,
        1,
        "Le maire",
    ],
    [
        "2024-002",
        dt.datetime(2024, 1, 22),
        "Tarifs de la cantine scolaire",
        "Finances locales",
        "7.10",
        12,
        2,
        1,
        "L'adjointe aux écoles",
    ],
    [
        "2024-003",
        dt.datetime(2024, 3, 25),
        "Création d'un poste d'adjoint technique",
        "Fonction publique",
        "4.1",
        15,
        0,
        0,
        "Le maire",
    ],
    [
        "2024-004",
        dt.datetime(2024, 4, 29),
        "Convention avec le syndicat des eaux",
        "Domaines de compétences par thèmes",
        "8.8",
        15,
        0,
        0,
        "L'adjoint aux travaux",
    ],
]

SUBVENTIONS: list[list[Any]] = [
    [
        "Bénéficiaire",
        "SIRET",
        "Objet de la subvention",
        "Montant voté",
        "Date de la décision",
        "Nature de l'aide",
        "Versement",
        "Aide notifiée UE",
        "Observations",
    ],
    [
        "Comité des fêtes",
        "123 456 789 00012",
        "Fête du village",
        "1 500,00 €",
        "12/02/2024",
        "Aide en numéraire",
        "unique",
        "Non",
        "",
    ],
    [
        "Club de football",
        "98765432100011",
        "Équipements sportifs",
        "800,50 €",
        "12/02/2024",
        "aide en numéraire",
        "unique",
        "non",
        "versée en mars",
    ],
    [
        "Bibliothèque pour tous",
        "44306184100047",
        "Animations lecture",
        "300 €",
        "15/03/2024",
        "Aide en nature",
        "échelonné",
        "Non",
        "",
    ],
]

EQUIPEMENTS: list[list[Any]] = [
    [
        "Nom de l'équipement",
        "Type",
        "Adresse",
        "N°",
        "CP",
        "Commune",
        "Latitude",
        "Longitude",
        "Téléphone",
        "Accessible PMR",
    ],
    [
        "Salle des fêtes",
        "Salle polyvalente",
        "Rue de l'Église",
        "2",
        "38250",
        "Saint-Nizier-du-Moucherotte",
        45.1705,
        5.6312,
        "04 76 00 00 00",
        "Oui",
    ],
    [
        "Gymnase Jean-Moulin",
        "Gymnase",
        "Allée des Sports",
        "10",
        "38250",
        "Saint-Nizier-du-Moucherotte",
        45.1712,
        5.6355,
        "",
        "Oui",
    ],
    [
        "Bibliothèque",
        "Bibliothèque",
        "Place du Marché",
        "1",
        "38250",
        "Saint-Nizier-du-Moucherotte",
        45.1699,
        5.6301,
        "04 76 00 00 01",
        "Non",
    ],
]

BUDGET: list[list[Any]] = [
    [
        "Exercice",
        "Section",
        "Chapitre",
        "Libellé chapitre",
        "Compte",
        "Libellé du compte",
        "Prévu",
        "Réalisé",
    ],
    [
        "2024",
        "Fonctionnement",
        "011",
        "Charges à caractère général",
        "6061",
        "Fournitures non stockables",
        "12 000,00",
        "11 540,25",
    ],
    [
        "2024",
        "Fonctionnement",
        "012",
        "Charges de personnel",
        "6411",
        "Personnel titulaire",
        "250 000,00",
        "248 120,00",
    ],
    [
        "2024",
        "Investissement",
        "21",
        "Immobilisations corporelles",
        "2183",
        "Matériel informatique",
        "5 000,00",
        "4 210,90",
    ],
]

PRENOMS: list[list[Any]] = [
    ["Année", "Prénom", "Sexe", "Nombre", "Commune", "Code INSEE"],
    ["2024", "Louise", "F", "3", "Saint-Nizier-du-Moucherotte", "38455"],
    ["2024", "Gabriel", "M", "2", "Saint-Nizier-du-Moucherotte", "38455"],
    ["2024", "Jade", "F", "2", "Saint-Nizier-du-Moucherotte", "38455"],
]


def deliberations_xlsx(directory: Path) -> Path:
    """The register of délibérations, in Excel, under a title line."""
    return write_xlsx(directory / "deliberations.xlsx", {"Délibérations 2024": DELIBERATIONS})


def subventions_csv(directory: Path) -> Path:
    """The subsidies voted, exported from Excel as a Windows CSV."""
    return write_csv(directory / "subventions.csv", SUBVENTIONS, encoding="cp1252")


def equipements_xlsx(directory: Path) -> Path:
    """The list of public buildings."""
    return write_xlsx(directory / "equipements.xlsx", {"Équipements": EQUIPEMENTS})


def budget_csv(directory: Path) -> Path:
    """The budget's lines, as an accounting export."""
    return write_csv(directory / "budget.csv", BUDGET, encoding="cp1252")


def prenoms_csv(directory: Path) -> Path:
    """First names given to the children born in the commune."""
    return write_csv(directory / "prenoms.csv", PRENOMS)
