"""Workbooks as agents make them: titles, merged headers, totals, several sheets, ODS, XLS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.errors import SourceError
from desktop_app.core.sources import read_table
from tests.builders import SheetSpec, set_cached_values, write_ods, write_xls, write_xlsx

DELIBERATIONS = [
    ["Commune de Saint-Nizier-du-Moucherotte", None, None, None],
    ["Registre des délibérations 2024", None, None, None],
    [None, None, None, None],
    ["N°", "Date", "Objet", "Vote"],
    ["2024-01", dt.datetime(2024, 1, 15), "Budget primitif", "Unanimité"],
    ["2024-02", dt.datetime(2024, 2, 12), "Tarifs de la cantine", "Majorité"],
    ["2024-03", dt.datetime(2024, 3, 18), "Plan local d'urbanisme", "Unanimité"],
]


def test_header_is_found_below_the_titles(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "deliberations.xlsx", {"Délibérations 2024": DELIBERATIONS})

    table = read_table(path)

    assert table.source.header_row == 4
    assert table.column_names == ["N°", "Date", "Objet", "Vote"]
    assert table.row_numbers.tolist() == [5, 6, 7]
    assert table.text.iat[0, 1] == "15/01/2024"
    assert table.cell_value(0, 1) == dt.date(2024, 1, 15)
    titles = [item for item in table.excluded if item.reason == "title"]
    assert [(t.first_row, t.last_row) for t in titles] == [(1, 2)]
    assert "Saint-Nizier" in titles[0].preview


def test_every_cell_knows_where_it_came_from(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "deliberations.xlsx", {"Délibérations 2024": DELIBERATIONS})

    table = read_table(path)
    origin = table.origin(2, 2)

    assert (origin.sheet, origin.row, origin.column, origin.column_name) == (
        "Délibérations 2024",
        7,
        "C",
        "Objet",
    )


def test_two_row_header_with_merged_group_labels(tmp_path: Path) -> None:
    rows = [
        ["Accueil des usagers en mairie", None, None, None, None],
        ["Service", "Accueil téléphonique", None, "Accueil physique", None],
        [None, "Délai", "Taux de réponse", "Délai", "Taux de satisfaction"],
        ["État civil", 2, 0.95, 5, 0.9],
        ["Urbanisme", 3, 0.8, 12, 0.85],
    ]
    sheet = SheetSpec(rows, merges=("A1:E1", "A2:A3", "B2:C2", "D2:E2"))
    path = write_xlsx(tmp_path / "accueil.xlsx", {"Indicateurs": sheet})

    table = read_table(path)

    assert table.source.header_row == 2
    assert table.source.header_rows == 2
    assert table.column_names == [
        "Service",
        "Accueil téléphonique – Délai",
        "Accueil téléphonique – Taux de réponse",
        "Accueil physique – Délai",
        "Accueil physique – Taux de satisfaction",
    ]
    assert table.text.values.tolist() == [
        ["État civil", "2", "0,95", "5", "0,9"],
        ["Urbanisme", "3", "0,8", "12", "0,85"],
    ]
    assert "two-row-header" in [notice.code for notice in table.notices]


def test_totals_notes_and_a_second_table_are_left_out(tmp_path: Path) -> None:
    rows = [
        ["Subventions aux associations 2024", None, None],
        ["Association", "Objet", "Montant"],
        ["Comité des fêtes", "Fête du village", 1500],
        ["Club de foot", "Équipements", 800.5],
        ["Sous-total sport", None, 800.5],
        ["Bibliothèque pour tous", "Animations", 300],
        ["TOTAL GÉNÉRAL", None, 2600.5],
        [None, None, None],
        ["Source : délibération du 12 février 2024", None, None],
        [None, None, None],
        ["Récapitulatif par thème", None, None],
        ["Thème", "Nombre", "Montant"],
        ["Culture", 2, 1800],
    ]
    path = write_xlsx(tmp_path / "subventions.xlsx", {"2024": rows})

    table = read_table(path)

    assert table.text[0].tolist() == ["Comité des fêtes", "Club de foot", "Bibliothèque pour tous"]
    assert table.row_numbers.tolist() == [3, 4, 6]
    reasons = [(item.reason, item.first_row, item.last_row) for item in table.excluded]
    assert ("total", 5, 5) in reasons
    assert ("total", 7, 7) in reasons
    assert any(reason == "note" and first == 9 for reason, first, _ in reasons)
    left_out_below = {row for _, first, last in reasons for row in range(first, last + 1)}
    assert {11, 12, 13} <= left_out_below


def test_somme_de_total_row_of_a_pivot_table(tmp_path: Path) -> None:
    rows = [
        ["Étiquettes de lignes", "Somme de Montant"],
        ["Culture", 1800],
        ["Sport", 800],
        ["Somme de Montant", 2600],
    ]
    path = write_xlsx(tmp_path / "tcd.xlsx", {"TCD": rows})

    table = read_table(path)

    assert table.text[0].tolist() == ["Culture", "Sport"]
    assert [item.reason for item in table.excluded] == ["total"]


def test_blank_row_inside_the_data_does_not_end_the_table(tmp_path: Path) -> None:
    rows = [
        ["Équipement", "Type", "Capacité"],
        ["Salle des fêtes", "Salle", 200],
        [None, None, None],
        ["Gymnase", "Sport", 150],
        ["Piscine", "Sport", 300],
    ]
    path = write_xlsx(tmp_path / "equipements.xlsx", {"Équipements": rows})

    table = read_table(path)

    assert table.text[0].tolist() == ["Salle des fêtes", "Gymnase", "Piscine"]
    assert [(item.reason, item.first_row) for item in table.excluded] == [("blank", 3)]


def test_vertically_merged_cells_are_filled_as_the_agent_reads_them(tmp_path: Path) -> None:
    rows = [
        ["Commission", "Membre", "Rôle"],
        ["Finances", "Mme Durand", "Présidente"],
        [None, "M. Petit", "Membre"],
        [None, "Mme Roux", "Membre"],
        ["Écoles", "M. Blanc", "Président"],
    ]
    path = write_xlsx(tmp_path / "commissions.xlsx", {"Commissions": SheetSpec(rows, ("A2:A4",))})

    table = read_table(path)

    assert table.text[0].tolist() == ["Finances", "Finances", "Finances", "Écoles"]


def test_file_without_header_gets_usable_column_names(tmp_path: Path) -> None:
    rows = [
        ["2024-01", dt.datetime(2024, 1, 15), 1200.5],
        ["2024-02", dt.datetime(2024, 2, 12), 300],
        ["2024-03", dt.datetime(2024, 3, 18), 75],
    ]
    path = write_xlsx(tmp_path / "sans-titres.xlsx", {"Feuil1": rows})

    table = read_table(path)

    assert table.source.header_row is None
    assert table.column_names == ["Colonne A", "Colonne B", "Colonne C"]
    assert table.row_count == 3
    assert "no-header" in [notice.code for notice in table.notices]


def test_agent_can_choose_the_header_row(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "deliberations.xlsx", {"Délibérations 2024": DELIBERATIONS})

    table = read_table(path, header_row=2)
    no_header = read_table(path, header_row=0)

    assert table.source.header_row == 2
    assert table.column_names[0] == "Registre des délibérations 2024"
    assert no_header.source.header_row is None
    assert no_header.column_names[:2] == ["Colonne A", "Colonne B"]
    with pytest.raises(SourceError) as raised:
        read_table(path, header_row=40)
    assert raised.value.code == "header-row-out-of-range"


def test_blank_and_duplicate_labels_are_named(tmp_path: Path) -> None:
    rows = [["Nom", "Montant", None, "Montant"], ["Stade", 1, "x", 2], ["Piscine", 3, "y", 4]]
    path = write_xlsx(tmp_path / "labels.xlsx", {"Feuil1": rows})

    table = read_table(path)

    assert table.column_names == ["Nom", "Montant", "Colonne C", "Montant (2)"]
    codes = [notice.code for notice in table.notices]
    assert "blank-labels" in codes
    assert "duplicate-labels" in codes


def test_sheets_are_listed_and_the_main_table_is_chosen(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "classeur.xlsx",
        {
            "Notice": [["Ce classeur recense les subventions."], ["Mis à jour chaque mois."]],
            "Subventions": [["Association", "Montant"], *[[f"Asso {i}", i] for i in range(30)]],
            "Listes": SheetSpec([["Sport"], ["Culture"], ["Social"]] * 20, hidden=True),
            "Vide": [],
        },
    )

    table = read_table(path)

    assert table.source.sheet == "Subventions"
    sheets = {info.name: info for info in table.source.sheets}
    assert (sheets["Subventions"].rows, sheets["Subventions"].columns) == (31, 2)
    assert sheets["Listes"].hidden
    assert sheets["Vide"].empty
    assert not sheets["Notice"].hidden
    assert read_table(path, sheet="Listes").row_count > 0
    with pytest.raises(SourceError) as raised:
        read_table(path, sheet="Budget")
    assert raised.value.code == "sheet-not-found"
    assert raised.value.params["sheets"] == ["Notice", "Subventions", "Listes", "Vide"]


def test_cells_keep_their_text_and_their_typed_value(tmp_path: Path) -> None:
    rows = [
        ["Libellé", "Montant", "Date", "Payé", "Heure"],
        ["Repas", 1234.5, dt.datetime(2024, 3, 15), True, dt.datetime(2024, 3, 15, 12, 30)],
        ["Goûter", 12, dt.datetime(2024, 3, 16), False, dt.datetime(2024, 3, 16, 16, 0)],
    ]
    path = write_xlsx(tmp_path / "typed.xlsx", {"Menus": rows})

    table = read_table(path)

    assert table.text.values.tolist() == [
        ["Repas", "1234,5", "15/03/2024", "VRAI", "15/03/2024 12:30"],
        ["Goûter", "12", "16/03/2024", "FAUX", "16/03/2024 16:00"],
    ]
    assert table.values is not None
    assert table.values.values.tolist()[0] == [
        "Repas",
        1234.5,
        dt.date(2024, 3, 15),
        True,
        dt.datetime(2024, 3, 15, 12, 30),
    ]
    assert table.cell_value(1, 1) == 12


def test_formulas_give_their_computed_value(tmp_path: Path) -> None:
    rows = [["Poste", "HT", "TTC"], ["Travaux", 100, "=B2*1.2"], ["Études", 50, "=B3*1.2"]]
    path = write_xlsx(tmp_path / "formules.xlsx", {"Budget": rows})
    set_cached_values(path, {"C2": "120", "C3": "60"})

    table = read_table(path)

    assert table.text[2].tolist() == ["120", "60"]
    assert "formulas-without-values" not in [notice.code for notice in table.notices]


def test_formulas_never_computed_are_reported(tmp_path: Path) -> None:
    rows = [["Poste", "HT", "TTC"], ["Travaux", 100, "=B2*1.2"], ["Études", 50, "=B3*1.2"]]
    path = write_xlsx(tmp_path / "formules.xlsx", {"Budget": rows})

    table = read_table(path)

    notices = [notice for notice in table.notices if notice.code == "formulas-without-values"]
    assert len(notices) == 1
    assert notices[0].params["count"] == 2


def test_old_binary_excel_file(tmp_path: Path) -> None:
    rows = [
        ["Liste des équipements sportifs", None, None],
        ["Nom", "Mise en service", "Surface (m²)"],
        ["Gymnase Jean-Moulin", dt.date(1998, 9, 1), 1200],
        ["Stade municipal", dt.date(1975, 5, 10), 8000.5],
    ]
    path = write_xls(tmp_path / "equipements.xls", {"Équipements": rows})

    table = read_table(path)

    assert table.source.format == "xls"
    assert table.source.header_row == 2
    assert table.column_names == ["Nom", "Mise en service", "Surface (m²)"]
    assert table.text.values.tolist() == [
        ["Gymnase Jean-Moulin", "01/09/1998", "1200"],
        ["Stade municipal", "10/05/1975", "8000,5"],
    ]


def test_libreoffice_spreadsheet_with_merged_header(tmp_path: Path) -> None:
    rows = [
        ["Menus de la cantine", None, None, None],
        ["Jour", "Déjeuner", None, "Bio"],
        [None, "Entrée", "Plat", None],
        [dt.date(2024, 9, 2), "Carottes râpées", "Poulet basquaise", True],
        [dt.date(2024, 9, 3), "Melon", "Lasagnes", False],
    ]
    sheet = SheetSpec(rows, merges=("A1:D1", "A2:A3", "B2:C2", "D2:D3"))
    path = write_ods(tmp_path / "menus.ods", {"Septembre": sheet, "Octobre": [["Jour"]]})

    table = read_table(path)

    assert table.source.format == "ods"
    assert table.source.sheet == "Septembre"
    assert table.column_names == ["Jour", "Déjeuner – Entrée", "Déjeuner – Plat", "Bio"]
    assert table.text.values.tolist() == [
        ["02/09/2024", "Carottes râpées", "Poulet basquaise", "VRAI"],
        ["03/09/2024", "Melon", "Lasagnes", "FAUX"],
    ]
    assert table.row_numbers.tolist() == [4, 5]
