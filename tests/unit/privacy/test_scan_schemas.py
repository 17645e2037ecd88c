"""What the schema says a column is for changes what the scan reports."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.privacy.decisions import PrivacyDecision, Remedy
from desktop_app.core.privacy.model import Category
from desktop_app.core.privacy.remedies import NATURAL_PERSON, apply_decisions
from desktop_app.core.privacy.scan import scan_prepared
from tests.unit.privacy.support import categories, prepared_for

SUBSIDY_FIELDS = [
    "nomAttribuant",
    "idAttribuant",
    "dateConvention",
    "nomBeneficiaire",
    "idBeneficiaire",
    "rnaBeneficiaire",
    "objet",
    "montant",
    "nature",
]


def _subsidy(name: str, siret: str, rna: str, purpose: str) -> list[str]:
    return [
        "Commune d'Exemple",
        "21860194600013",
        "2024-03-15",
        name,
        siret,
        rna,
        purpose,
        "500",
        "aide en numéraire",
    ]


def test_beneficiaries_without_siret_or_rna_are_flagged_cells(tmp_path: Path) -> None:
    rows = [
        SUBSIDY_FIELDS,
        _subsidy("Comité des fêtes", "", "W861000123", "Fête de la musique"),
        _subsidy("Jean Dupont", "", "", "Aide au permis de conduire"),
        _subsidy("SARL Boulangerie Martin", "21860194600013", "", "Aide à l'installation"),
        _subsidy("Marie Martin", "", "", "Bourse d'études"),
    ]

    scan = scan_prepared(prepared_for(tmp_path, "scdl/subventions", rows))

    finding = scan.finding("nomBeneficiaire/person_name/cells")
    assert finding.rows == (1, 3)
    # anonymised, they would have neither idBeneficiaire nor rnaBeneficiaire, one of which
    # the schema requires: removal is advised, and why is said
    assert finding.suggested.value == "remove-rows"
    assert "privacy-advice-one-of-required" in {item.code for item in finding.evidence}
    # the granting commune's SIRET is no beneficiary's: anonymising never empties it
    assert finding.identifiers == ("idBeneficiaire", "rnaBeneficiaire")
    assert [(cell.row, cell.example) for cell in scan.cells] == [
        (1, "J*** D*****"),
        (3, "M**** M*****"),
    ]
    assert finding.examples == ("J*** D*****", "M**** M*****")
    assert "nomAttribuant" not in categories(scan, likely=False)


def test_rare_first_names_in_the_prenoms_table_are_flagged(tmp_path: Path) -> None:
    rows = [
        [
            "COMMUNE_NOM",
            "COLL_INSEE",
            "ENFANT_SEXE",
            "ENFANT_PRENOM",
            "NOMBRE_OCCURRENCES",
            "ANNEE",
        ],
        ["Exemple", "86194", "F", "Louise", "5", "2024"],
        ["Exemple", "86194", "F", "Apolline", "1", "2024"],
        ["Exemple", "86194", "M", "Gabriel", "2", "2024"],
        ["Exemple", "86194", "M", "Léo", "3", "2024"],
    ]

    scan = scan_prepared(prepared_for(tmp_path, "scdl/prenoms", rows))

    assert [finding.key for finding in scan.findings] == ["ENFANT_PRENOM/first_name/rows"]
    finding = scan.findings[0]
    assert finding.rows == (1, 2)
    assert finding.linked_column == "NOMBRE_OCCURRENCES"
    assert finding.suggested.value == "group-rare"
    assert [item.params["count"] for item in finding.evidence] == [2]


def test_the_deliberation_object_is_read_cell_by_cell(tmp_path: Path) -> None:
    header = ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE"]
    header += ["DELIB_MATIERE_NOM", "DELIB_OBJET"]
    common = ["Exemple", "21860194600013"]
    rows = [
        header,
        [
            *common,
            "2024-01",
            "2024-03-15",
            "3.2",
            "Domaine et patrimoine/Alienations",
            "Vente de la parcelle AB 12 à M. Jean DUPONT",
        ],
        [
            *common,
            "2024-02",
            "2024-03-15",
            "7.1",
            "Finances locales/Decisions budgetaires",
            "Budget primitif 2024",
        ],
        [
            *common,
            "2024-03",
            "2024-03-15",
            "4.1",
            "Fonction publique/Personnel titulaires",
            "Recrutement de Mme Claire MARTIN, joignable au 06 12 34 56 78",
        ],
    ]

    scan = scan_prepared(prepared_for(tmp_path, "scdl/deliberations", rows))

    keys = [finding.key for finding in scan.findings]
    assert sorted(keys) == ["DELIB_OBJET/person_name/cells", "DELIB_OBJET/phone/cells"]
    names = scan.finding("DELIB_OBJET/person_name/cells")
    assert names.rows == (0, 2)
    assert names.evidence[0].code == "privacy-schema-free-text"
    assert [(cell.row, cell.category) for cell in scan.cells] == [
        (0, Category.PERSON_NAME),
        (2, Category.PERSON_NAME),
        (2, Category.PHONE),
    ]
    assert scan.cells[1].example == "Mme C***** M*****"


def test_the_commune_s_siret_gives_no_beneficiary_an_identifier(tmp_path: Path) -> None:
    """A beneficiary without SIRET or RNA is found although idAttribuant is filled on every row.

    Anonymising that row empties the beneficiary's identifiers, never the commune's SIRET
    (required by the schema: the row would no longer conform).
    """
    rows = [
        SUBSIDY_FIELDS,
        _subsidy("Comité des fêtes", "", "W861000123", "Fête de la musique"),
        _subsidy("Durand", "", "", "Aide au ravalement"),
        _subsidy("SARL Boulangerie Martin", "21860194600013", "", "Aide à l'installation"),
    ]
    prepared = prepared_for(tmp_path, "scdl/subventions", rows)
    scan = scan_prepared(prepared)

    finding = scan.finding("nomBeneficiaire/person_name/cells")
    assert finding.rows == (1,)
    assert {item.code for item in finding.evidence} >= {"privacy-rows-no-identifier"}
    decision = PrivacyDecision(finding.key, finding.column, "person_name", Remedy.ANONYMISE_ROWS)
    published = apply_decisions(prepared, scan, [decision]).frame
    assert published["nomBeneficiaire"].tolist()[1] == NATURAL_PERSON
    assert published["idAttribuant"].tolist() == ["21860194600013"] * 3
