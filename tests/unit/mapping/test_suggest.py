"""Which schema a commune's file follows, and which column fills which field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.mapping.constants import CommuneIdentity, fill_from_profile
from desktop_app.core.mapping.schema_ranking import rank_schemas
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from tests import communes
from tests.builders import write_csv

CASES: list[tuple[Callable[[Path], Path], str, dict[str, str]]] = [
    (
        communes.deliberations_xlsx,
        "scdl/deliberations",
        {
            "DELIB_ID": "N° délib.",
            "DELIB_DATE": "Date de la séance",
            "DELIB_OBJET": "Objet",
            "DELIB_MATIERE_NOM": "Thème",
            "DELIB_MATIERE_CODE": "Code matière",
            "VOTE_POUR": "Pour",
            "VOTE_CONTRE": "Contre",
            "VOTE_ABSTENTION": "Abstentions",
        },
    ),
    (
        communes.subventions_csv,
        "scdl/subventions",
        {
            "nomBeneficiaire": "Bénéficiaire",
            "idBeneficiaire": "SIRET",
            "objet": "Objet de la subvention",
            "montant": "Montant voté",
            "dateConvention": "Date de la décision",
            "nature": "Nature de l'aide",
            "conditionsVersement": "Versement",
            "notificationUE": "Aide notifiée UE",
        },
    ),
    (
        communes.equipements_xlsx,
        "scdl/equipements",
        {
            "EQUIP_NOM": "Nom de l'équipement",
            "EQUIP_TYPE": "Type",
            "ADR_NOMVOIE": "Adresse",
            "ADR_NUMERO": "N°",
            "ADR_CODEPOSTAL": "CP",
            "ADR_COMMUNE": "Commune",
            "EQUIP_LAT": "Latitude",
            "EQUIP_LONG": "Longitude",
            "EQUIP_TEL": "Téléphone",
        },
    ),
    (
        communes.budget_csv,
        "scdl/budget",
        {
            "BGT_ANNEE": "Exercice",
            "BGT_SECTION": "Section",
            "BGT_CONTNAT": "Chapitre",
            "BGT_CONTNAT_LABEL": "Libellé chapitre",
            "BGT_NATURE": "Compte",
            "BGT_NATURE_LABEL": "Libellé du compte",
            "BGT_MTPREV": "Prévu",
            "BGT_MTREAL": "Réalisé",
        },
    ),
    (
        communes.prenoms_csv,
        "scdl/prenoms",
        {
            "ANNEE": "Année",
            "ENFANT_PRENOM": "Prénom",
            "ENFANT_SEXE": "Sexe",
            "NOMBRE_OCCURRENCES": "Nombre",
            "COMMUNE_NOM": "Commune",
            "COLL_INSEE": "Code INSEE",
        },
    ),
]
IDS = [schema for _, schema, _ in CASES]


@pytest.mark.parametrize(("make", "schema_name", "expected"), CASES, ids=IDS)
def test_the_right_schema_comes_first(
    make: Callable[[Path], Path],
    schema_name: str,
    expected: dict[str, str],
    catalogue: SchemaCatalogue,
    tmp_path: Path,
) -> None:
    suggestions = rank_schemas(read_table(make(tmp_path)), catalogue)

    assert suggestions[0].name == schema_name
    assert suggestions[0].score > suggestions[1].score + 0.1
    assert suggestions[0].recognised_columns >= len(expected)
    assert len(suggestions) == 5


@pytest.mark.parametrize(("make", "schema_name", "expected"), CASES, ids=IDS)
def test_each_field_gets_its_column(
    make: Callable[[Path], Path],
    schema_name: str,
    expected: dict[str, str],
    catalogue: SchemaCatalogue,
    tmp_path: Path,
) -> None:
    table = read_table(make(tmp_path))
    mapping = suggest_mapping(table, catalogue.get(schema_name))

    chosen = {item.field: item.column for item in mapping.fields if item.column}
    assert chosen == expected
    for item in mapping.fields:
        if item.column:
            assert item.confidence is not None
            assert 0.35 <= item.confidence <= 1.0
            assert item.evidence
    assert mapping.source_columns == tuple(table.column_names)


def test_values_that_contradict_the_label_lower_the_confidence(
    catalogue: SchemaCatalogue, tmp_path: Path
) -> None:
    rows = [["Date", "Objet"], ["15/03/2024", "Budget"], ["16/03/2024", "Tarifs"]]
    good = read_table(write_csv(tmp_path / "a.csv", rows))
    rows = [["Date", "Objet"], ["en attente", "Budget"], ["à voir", "Tarifs"]]
    bad = read_table(write_csv(tmp_path / "b.csv", rows))
    schema = catalogue.get("scdl/deliberations")

    good_date = suggest_mapping(good, schema).for_field("DELIB_DATE")
    bad_date = suggest_mapping(bad, schema).for_field("DELIB_DATE")

    assert good_date.column == "Date"
    assert good_date.confidence is not None
    assert bad_date.column is None or (bad_date.confidence or 0) < good_date.confidence - 0.3
    assert "values-fit" in [e.code for e in good_date.evidence]


def test_one_column_is_given_to_one_field_at_most(
    catalogue: SchemaCatalogue, tmp_path: Path
) -> None:
    rows = [["Date", "Objet"], ["15/03/2024", "Budget"]]
    table = read_table(write_csv(tmp_path / "a.csv", rows))

    mapping = suggest_mapping(table, catalogue.get("scdl/deliberations"))

    used = [item.column for item in mapping.fields if item.column]
    assert len(used) == len(set(used))
    assert mapping.for_field("DELIB_DATE").column == "Date"
    assert mapping.for_field("PREF_DATE").column is None


def test_commune_profile_fills_the_fields_no_column_fills(
    catalogue: SchemaCatalogue, tmp_path: Path
) -> None:
    schema = catalogue.get("scdl/deliberations")
    table = read_table(communes.deliberations_xlsx(tmp_path))
    profile = CommuneIdentity("Saint-Nizier-du-Moucherotte", "21380455700015", "38455")

    mapping = fill_from_profile(suggest_mapping(table, schema), schema, profile)

    assert mapping.for_field("COLL_NOM").constant == "Saint-Nizier-du-Moucherotte"
    assert mapping.for_field("COLL_SIRET").constant == "21380455700015"
    assert mapping.for_field("DELIB_OBJET").column == "Objet"  # columns stay


def test_amounts_are_not_suggested_for_a_share_between_0_and_1(
    catalogue: SchemaCatalogue, tmp_path: Path
) -> None:
    """« Subventions d'équipement » (euros) shares words with the percentage's title only.

    The field accepts 0.01 to 1: amounts of thousands fit its type, never its bounds.
    """
    rows = [["Bénéficiaire", "Montant voté", "Subventions d'équipement"]]
    rows += [[f"Association {n}", f"{1000 * n}", f"{500 * n + 4500}"] for n in range(1, 30)]
    table = read_table(write_csv(tmp_path / "paris.csv", rows))

    mapping = suggest_mapping(table, catalogue.get("scdl/subventions"))

    assert mapping.for_field("montant").column == "Montant voté"
    assert mapping.for_field("pourcentageSubvention").column is None
    shares = [["Bénéficiaire", "Montant voté", "Pourcentage"]]
    shares += [[f"Association {n}", f"{1000 * n}", "1"] for n in range(1, 30)]
    table = read_table(write_csv(tmp_path / "parts.csv", shares))
    share = suggest_mapping(table, catalogue.get("scdl/subventions"))
    assert share.for_field("pourcentageSubvention").column == "Pourcentage"
