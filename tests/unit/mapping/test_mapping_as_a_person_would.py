"""Mapping as a person would: a title that is the field's name wins, guesses say so.

The files are written by the tests, shaped like the exports town halls publish.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.mapping.model import ColumnMapping, FieldMapping
from desktop_app.core.mapping.schema_ranking import rank_schemas
from desktop_app.core.mapping.suggest import PairScore, _unless_torn, same_name, suggest_mapping
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from tests.builders import write_csv, write_xlsx


def test_a_title_equal_to_the_field_name_is_taken_whatever_its_values(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    rows = [
        ["Bénéficiaire", "ID_ATTRIBUANT", "dates-periode versement", "Nature", "Montant voté"],
        *(
            [f"Association {n}", "2,43E+13", "06/12/2022", "subvention", f"{n * 100},00"]
            for n in range(1, 20)
        ),
    ]
    path = write_csv(tmp_path / "export.csv", rows)
    table = read_table(path)
    schema = catalogue.get("scdl/subventions")

    mapping = suggest_mapping(table, schema)

    attribuant = mapping.for_field("idAttribuant")
    assert attribuant.column == "ID_ATTRIBUANT"
    assert attribuant.confidence == 1.0
    assert not attribuant.guess
    assert attribuant.values_to_check
    assert mapping.for_field("datesPeriodeVersement").column == "dates-periode versement"
    assert mapping.for_field("nature").column == "Nature"
    assert mapping.for_field("montant").column == "Montant voté"


def test_same_name_ignores_case_accents_spaces_and_dashes() -> None:
    assert same_name("Date_Convention", "dateConvention")
    assert same_name("idattribuant", "idAttribuant")
    assert same_name("  Nature ", "nature")
    assert not same_name("Date de la convention", "dateConvention")
    assert not same_name("", "nature")


def test_an_exact_title_is_never_given_up_for_a_sum_of_guesses(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    # "montant" holds text the schema refuses; "Montant voté" holds amounts. The exact
    # title keeps its field even though giving it away would raise the total confidence.
    rows = [
        ["nomBeneficiaire", "montant", "Montant voté"],
        *([f"Club {n}", "voir annexe", f"{n * 10}"] for n in range(1, 30)),
    ]
    table = read_table(write_csv(tmp_path / "export.csv", rows))

    mapping = suggest_mapping(table, catalogue.get("scdl/subventions"))

    assert mapping.for_field("montant").column == "montant"
    assert mapping.for_field("nomBeneficiaire").column == "nomBeneficiaire"


def test_abbreviated_budget_titles_map_though_values_need_recoding(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    rows = [
        ["Exercice", "I_F", "D_R", "Nature", "Libellé nature", "Exécuté"],
        *(
            ["2016", "IF"[n % 2], "DR"[n % 2], f"60{n:02d}", f"Achats {n}", f"{n * 1000},5"]
            for n in range(1, 40)
        ),
    ]
    table = read_table(write_csv(tmp_path / "compte.csv", rows))

    mapping = suggest_mapping(table, catalogue.get("scdl/budget"))

    assert mapping.for_field("BGT_SECTION").column == "I_F"
    assert mapping.for_field("BGT_CODRD").column == "D_R"
    assert mapping.for_field("BGT_MTREAL").column == "Exécuté"
    assert not mapping.for_field("BGT_SECTION").guess


def test_low_confidence_is_a_guess(tmp_path: Path, catalogue: SchemaCatalogue) -> None:
    rows = [
        ["Nom du partenaire", "Nom de l'organisme", "S-PR-Numéro SIMPA", "Montant"],
        *([f"Club {n}", f"Asso {n}", f"2013_{n:05d}", f"{n * 10}"] for n in range(1, 30)),
    ]
    table = read_table(write_csv(tmp_path / "export.csv", rows))

    mapping = suggest_mapping(table, catalogue.get("scdl/subventions"))

    reference = mapping.for_field("referenceDecision")
    assert reference.column == "S-PR-Numéro SIMPA"
    assert reference.guess
    assert mapping.for_field("montant").column == "Montant"
    assert not mapping.for_field("montant").guess


def test_between_two_close_guesses_a_required_field_waits_for_the_agent() -> None:
    def scores(*confidences: float) -> list[PairScore]:
        return [PairScore(confidence, ()) for confidence in confidences]

    assert _unless_torn(scores(0.5, 0.45, 0.1), 0) is None
    assert _unless_torn(scores(0.5, 0.2, 0.1), 0) == 0
    assert _unless_torn(scores(0.9, 0.85), 0) == 0


def test_a_column_can_be_moved_or_shared_between_two_fields() -> None:
    mapping = ColumnMapping(
        "scdl/subventions",
        "2.1.1",
        (FieldMapping("objet", column="Intitulé"), FieldMapping("conditionsVersement")),
        ("Intitulé",),
    )

    assert mapping.fields_using("Intitulé", besides="conditionsVersement") == ["objet"]
    moved = mapping.with_column("conditionsVersement", "Intitulé")
    assert moved.for_field("objet").column is None
    shared = mapping.with_column("conditionsVersement", "Intitulé", shared=True)
    assert shared.for_field("objet").column == "Intitulé"
    assert shared.for_field("conditionsVersement").column == "Intitulé"


def test_the_subject_in_the_file_name_and_titles_ranks_its_schema_first(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    rows = [
        [
            "Annee",
            "Nom du partenaire",
            "N SIRET",
            "Adresse",
            "Code postal",
            "Ville",
            "Intitule de la demande",
            "Montant vote",
            "Subventions d'equipement",
        ],
        *(
            [
                "2013",
                f"Association {n}",
                f"7750{n:05d}00012",
                f"{n} rue de la Paix",
                "75002",
                "Paris",
                "Fonctionnement",
                f"{n * 100}",
                "",
            ]
            for n in range(1, 30)
        ),
    ]
    path = write_xlsx(tmp_path / "subventions-associations-2013.xlsx", {"Feuil1": rows})

    ranked = rank_schemas(read_table(path), catalogue)

    assert ranked[0].name == "scdl/subventions"


def test_a_subsidies_file_with_addresses_and_many_amount_columns_is_still_subsidies(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    """The beneficiaries' addresses fit a schema of places; the file's name says subsidies.

    A city's export: who, where, what for, then one amount column per kind of subsidy. Its
    address, postcode and town columns fill many fields of « Équipements »; the agent named
    the file after what it holds, and that weighs more than columns any list of places has.
    """
    titles = [
        "Annee", "Nom du partenaire", "N SIRET", "Adresse", "Code postal", "Ville",
        "Intitule de la demande", "Appel a projets", "Montant demande",
        "Montant vote par demande", "Total vote en 2013", "Fonctionnement",
        "Subventions sur projet", "Subventions d'equipement",
        "Subventions sans nature specifiee", "Numero de dossier", "Financee/Non Financee",
    ]  # fmt: skip
    rows = [titles] + [
        [
            "2013", f"Association {n}", f"7750{n:05d}00012", f"{n} rue de la Paix", "75002",
            "PARIS", f"Projet {n} de l'année", "N", str(n * 2000), str(n * 1000), str(n * 1000),
            str(n * 1000) if n % 3 == 0 else "", str(n * 1000) if n % 3 == 1 else "",
            str(n * 1000) if n % 3 == 2 else "", str(n * 500) if n % 5 == 0 else "",
            str(10_000 + n), "Financee",
        ]
        for n in range(1, 60)
    ]  # fmt: skip
    path = write_csv(tmp_path / "subventions-associations-2013.csv", rows)

    ranked = rank_schemas(read_table(path), catalogue)

    assert ranked[0].name == "scdl/subventions", [(s.name, s.score) for s in ranked]


def test_a_latitude_is_degrees_whatever_bounds_the_schema_writes(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    from desktop_app.core.mapping.fit import ValueSample, value_fit

    rows = [["Montant", "Latitude"]] + [[str(5_000 + n), f"43.60{n:02d}7128"] for n in range(30)]
    table = read_table(write_csv(tmp_path / "lieux.csv", rows))
    latitude = catalogue.get("scdl/equipements").field_named("EQUIP_LAT")

    assert value_fit(latitude, ValueSample.of(table, 0)) == 0.0
    assert value_fit(latitude, ValueSample.of(table, 1)) == 1.0


def test_the_publisher_fields_do_not_take_a_column_of_many_names(
    tmp_path: Path, catalogue: SchemaCatalogue
) -> None:
    from desktop_app.core.mapping.fit import ValueSample
    from desktop_app.core.mapping.suggest import score_pair

    rows = [["Nom", "Collectivité"]] + [
        [f"Association {n}", "Commune de Sainte-Marie" if n % 10 else "Commune de Saint-Paul"]
        for n in range(40)
    ]
    table = read_table(write_csv(tmp_path / "equipements.csv", rows))
    schema = catalogue.get("scdl/equipements")
    publisher = schema.field_named("COLL_NOM")

    partners = score_pair("Nom", schema, publisher, ValueSample.of(table, 0))
    communes = score_pair("Nom", schema, publisher, ValueSample.of(table, 1))

    assert partners.confidence < communes.confidence / 3
    assert "values-vary-for-publisher" in {item.code for item in partners.evidence}
