"""Write the sample workbook bundled in resources/samples (run again after changing it).

The sample is what "Essayer avec un exemple" opens and what screenshots show: a register of
délibérations kept in Excel the way a small commune does, title rows and a note included,
and — as happens in real registers — the names and e-mails of a few citizens (the
« Pétitionnaire » column, and one mention inside an « Objet »), so that the « Données
personnelles » step has something to find. All the content is invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl.styles import Alignment, Font

TARGET = Path(__file__).resolve().parent.parent / "resources" / "samples"

DELIBERATIONS = [
    (
        "2024-001",
        dt.date(2024, 1, 22),
        "Finances",
        "Vote du budget primitif 2024 de la commune",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-002",
        dt.date(2024, 1, 22),
        "Finances",
        "Vote des taux d'imposition des taxes locales",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-003",
        dt.date(2024, 1, 22),
        "Personnel",
        "Création d'un poste d'adjoint technique à temps complet",
        "Adoptée à la majorité",
    ),
    (
        "2024-004",
        dt.date(2024, 2, 19),
        "Urbanisme",
        "Approbation de la modification simplifiée n°1 du plan local d'urbanisme",
        "Adoptée à la majorité",
    ),
    (
        "2024-005",
        dt.date(2024, 2, 19),
        "Voirie",
        "Programme de réfection de la voirie communale 2024",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-006",
        dt.date(2024, 2, 19),
        "Associations",
        "Attribution des subventions aux associations pour 2024",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-007",
        dt.date(2024, 3, 25),
        "Écoles",
        "Tarifs de la restauration scolaire et du périscolaire",
        "Adoptée à la majorité",
    ),
    (
        "2024-008",
        dt.date(2024, 3, 25),
        "Finances",
        "Demande de subvention au département pour la rénovation de la salle des fêtes",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-009",
        dt.date(2024, 3, 25),
        "Intercommunalité",
        "Approbation du rapport de la commission locale d'évaluation des charges transférées",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-010",
        dt.date(2024, 4, 29),
        "Environnement",
        "Adhésion au groupement de commandes pour l'achat d'électricité",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-011",
        dt.date(2024, 4, 29),
        "Patrimoine",
        "Convention d'occupation du domaine public avec M. Bernard Lefèvre "
        "(bernard.lefevre@example.org) pour le marché hebdomadaire",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-012",
        dt.date(2024, 5, 27),
        "Finances",
        "Approbation du compte financier unique 2023",
        "Adoptée à la majorité",
    ),
    (
        "2024-013",
        dt.date(2024, 5, 27),
        "Culture",
        "Tarifs de la bibliothèque municipale",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-014",
        dt.date(2024, 6, 24),
        "Jeunesse",
        "Organisation du centre de loisirs d'été",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-015",
        dt.date(2024, 6, 24),
        "Voirie",
        "Dénomination de la nouvelle voie « Allée des Tilleuls »",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-016",
        dt.date(2024, 9, 23),
        "Finances",
        "Décision modificative n°1 au budget principal",
        "Adoptée à la majorité",
    ),
    (
        "2024-017",
        dt.date(2024, 9, 23),
        "Écoles",
        "Participation aux frais de fonctionnement de l'école de la commune voisine",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-018",
        dt.date(2024, 10, 21),
        "Environnement",
        "Plan communal de sauvegarde : mise à jour",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-019",
        dt.date(2024, 11, 25),
        "Finances",
        "Admission en non-valeur de créances irrécouvrables",
        "Adoptée à l'unanimité",
    ),
    (
        "2024-020",
        dt.date(2024, 12, 16),
        "Personnel",
        "Mise à jour du tableau des effectifs",
        "Adoptée à l'unanimité",
    ),
]

# The ACTES subject of each délibération (code, then "matière/sous-matière"), as the
# prefecture's platform records it. Three rows hold the slips the Qualité step is there to
# catch: a subject written as the agent's own theme, a code left blank, and a date that does
# not exist (typed as text).
SUBJECTS = {
    "2024-001": ("7.1", "Finances locales/Décisions budgétaires"),
    "2024-002": ("7.2", "Finances locales/Fiscalité"),
    "2024-003": ("4.1", "Fonction publique/Personnel titulaires et stagiaires de la F.P.T."),
    "2024-004": ("2.1", "Urbanisme/Documents d'urbanisme"),
    "2024-005": ("8.3", "Voirie"),
    "2024-006": ("7.5", "Finances locales/Subventions"),
    "2024-007": ("8.1", "Domaines de compétences par thèmes/Enseignement"),
    "2024-008": ("7.5", "Finances locales/Subventions"),
    "2024-009": ("5.7", "Institutions et vie politique/Intercommunalité"),
    "2024-010": ("1.4", "Commande publique/Autres types de contrats"),
    "2024-011": ("3.5", "Domaine et patrimoine/Autres actes de gestion du domaine public"),
    "2024-012": ("7.1", "Finances locales/Décisions budgétaires"),
    "2024-013": ("", "Domaines de compétences par thèmes/Culture"),
    "2024-014": (
        "9.1",
        "Autres domaines de compétences/Autres domaines de compétences des communes",
    ),
    "2024-015": (
        "9.1",
        "Autres domaines de compétences/Autres domaines de compétences des communes",
    ),
    "2024-016": ("7.1", "Finances locales/Décisions budgétaires"),
    "2024-017": ("8.1", "Domaines de compétences par thèmes/Enseignement"),
    "2024-018": ("6.4", "Libertés publiques et pouvoirs de police/Autres actes réglementaires"),
    "2024-019": ("7.10", "Finances locales/Divers"),
    "2024-020": ("4.1", "Fonction publique/Personnel titulaires et stagiaires de la F.P.T."),
}
MISTYPED_DATES = {"2024-017": "31/09/2024"}

# Citizens who asked for a décision (invented): personal data the wizard must catch.
PETITIONERS = {
    "2024-004": "Julien Roche",
    "2024-011": "Claire Besson",
    "2024-015": "Paul Girard",
}


def write_deliberations(path: Path) -> None:
    """Write the sample register of délibérations."""
    workbook = openpyxl.Workbook()
    sheet = workbook.worksheets[0]
    sheet.title = "Délibérations 2024"
    sheet.append(["Commune de Saint-Nizier-du-Moucherotte"])
    sheet.append(["Registre des délibérations du conseil municipal — année 2024"])
    sheet.append([])
    sheet.append(
        [
            "N° de délibération",
            "Date de la séance",
            "Code matière",
            "Matière",
            "Objet",
            "Résultat du vote",
            "Pétitionnaire",
        ]
    )
    for number, day, _theme, subject, vote in DELIBERATIONS:
        code, matter = SUBJECTS[number]
        when = MISTYPED_DATES.get(number, day)
        sheet.append([number, when, code, matter, subject, vote, PETITIONERS.get(number, "")])
    sheet.append([])
    sheet.append(["Document mis à jour après chaque séance du conseil municipal."])
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    sheet["A1"].font = Font(bold=True, size=14)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for cells in sheet.iter_rows(min_row=5, max_row=4 + len(DELIBERATIONS), min_col=2, max_col=2):
        cells[0].number_format = "DD/MM/YYYY"
    for letter, width in zip("ABCDEFG", (18, 16, 12, 44, 70, 22, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    workbook.save(path)


SUBVENTIONS = [
    ("Comité des fêtes", "2024-03-25", "1500", "Fête du village"),
    ("Association sportive du plateau", "2024-03-25", "2200", "Fonctionnement du club"),
    ("Bibliothèque pour tous", "2024-03-25", "800", "Achat de livres"),
    ("Club des aînés", "2024-06-24", "600", "Sorties de l'année"),
]


def write_subventions(path: Path) -> None:
    """Write a small LibreOffice sheet of subventions, for the ODS check of --self-test."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Subventions 2024")
    header = ("Bénéficiaire", "Date de la décision", "Montant (€)", "Objet")
    for values in (header, *SUBVENTIONS):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))


if __name__ == "__main__":
    TARGET.mkdir(parents=True, exist_ok=True)
    write_deliberations(TARGET / "exemple-deliberations.xlsx")
    write_subventions(TARGET / "exemple-subventions.ods")
