"""Problems grouped by column and kind, and the remedies offered for a whole group."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.mapping.prepare import PreparedTable, prepare_table, write_publishable_csv
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.schemas import SchemaCatalogue, parse_table_schema
from desktop_app.core.schemas.model import TableSchema
from desktop_app.core.sources import read_table
from desktop_app.core.sources.lost_digits import looks_like_lost_digits
from desktop_app.core.validation.engine import TableCheck, validate_csv, validate_rows
from desktop_app.core.validation.groups import (
    LOST_DIGITS,
    conforming_share,
    group_problems,
)
from desktop_app.core.validation.remedies import (
    Remedy,
    automatic_remedies,
    find_and_replace,
    percent_fields,
    remedies_for,
)
from desktop_app.paths import resources_dir
from tests.builders import write_csv
from tests.subsidies_export import PROFILE, ROWS, subsidies_export_csv


def _schema() -> TableSchema:
    return SchemaCatalogue(resources_dir() / "schemas").get("scdl/subventions")


def prepared_export(directory: Path) -> PreparedTable:
    """The export mapped column for column (each column carries its field's name)."""
    schema = _schema()
    table = read_table(subsidies_export_csv(directory))
    mapping = suggest_mapping(table, schema)
    for name in schema.field_names:
        mapping = mapping.with_column(name, name)
    return prepare_table(table, schema, mapping)


def _check(prepared: PreparedTable, folder: Path) -> TableCheck:
    path = folder / "publiable.csv"
    write_publishable_csv(prepared, path)
    return validate_csv(path, prepared.schema)


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("2,43E+13", True),
        ("2.4306E+13", True),
        ("24300000000000", True),
        ("21380455200015", False),
        ("1000", False),
        ("Association", False),
    ],
)
def test_numbers_rounded_by_excel_are_recognised(text: str, lost: bool) -> None:
    assert looks_like_lost_digits(text) is lost


def test_the_export_s_problems_come_in_a_few_groups(tmp_path: Path) -> None:
    prepared = prepared_export(tmp_path)
    check = _check(prepared, tmp_path)

    groups = {(g.field, g.kind): g for g in group_problems(check, prepared.schema)}

    assert groups[("nomAttribuant", "finding-required")].count == ROWS
    # Both the pattern and the SIRET check refuse "2,43E+13": one group, 396 cells.
    assert groups[("idAttribuant", LOST_DIGITS)].count == 2 * ROWS
    assert groups[("idAttribuant", LOST_DIGITS)].row_count == ROWS
    assert groups[("idBeneficiaire", LOST_DIGITS)].count == ROWS - 10
    assert groups[("datesPeriodeVersement", "finding-pattern")].count == ROWS
    assert groups[("pourcentageSubvention", "finding-maximum")].count == ROWS
    assert groups[("nature", "finding-enum")].count == ROWS // 10 + 1
    assert sum(g.count for g in groups.values()) == check.error_count
    assert conforming_share(check) == 0.0


def test_each_group_gets_its_remedies(tmp_path: Path) -> None:
    prepared = prepared_export(tmp_path)
    check = _check(prepared, tmp_path)
    schema = prepared.schema
    offered = {
        (g.field, g.kind): remedies_for(
            g,
            schema,
            prepared.frame[g.field].tolist(),
            PROFILE,
            percent_signs=g.field in percent_fields(prepared.conversions),
        )
        for g in group_problems(check, schema)
        if g.field is not None
    }

    dates = offered[("datesPeriodeVersement", "finding-pattern")][0]
    assert dates.certain
    assert dates.replacements["02/02/2022"] == "2022-02-02"
    assert dates.kinds == ("repair-dates-in-text",)
    share = offered[("pourcentageSubvention", "finding-maximum")][0]
    assert share.certain
    assert share.after("100") == "1"
    nature = offered[("nature", "finding-enum")][0]
    assert not nature.certain
    assert nature.after("Numéraire") == "aide en numéraire"
    attributor = offered[("idAttribuant", LOST_DIGITS)]
    assert [r.code for r in attributor] == ["remedy-fill-profile"]  # required: never emptied
    assert attributor[0].fill == PROFILE.siret
    beneficiary = offered[("idBeneficiaire", LOST_DIGITS)]
    assert [r.code for r in beneficiary] == ["remedy-empty-cells"]  # no invented digits
    assert offered[("nomAttribuant", "finding-required")][0].fill == PROFILE.name


def test_the_remedies_make_the_export_valid(tmp_path: Path) -> None:
    prepared = prepared_export(tmp_path)
    schema = prepared.schema
    frame = prepared.frame.copy()
    for _ in range(6):
        check = validate_rows(list(frame.columns), frame.to_numpy().tolist(), schema)
        groups = [g for g in group_problems(check, schema) if g.field is not None]
        if not groups:
            break
        group = groups[0]
        remedy = remedies_for(group, schema, frame[group.field].tolist(), PROFILE)[0]
        position = list(frame.columns).index(remedy.field)
        for row, _, after in remedy.changes(frame[remedy.field].tolist()):
            frame.iat[row, position] = after
    check = validate_rows(list(frame.columns), frame.to_numpy().tolist(), schema)
    assert check.valid, [(g.field, g.kind) for g in group_problems(check, schema)]


def test_automatic_remedies_are_only_the_sure_ones(tmp_path: Path) -> None:
    prepared = prepared_export(tmp_path)
    check = _check(prepared, tmp_path)

    automatic = {
        r.field: r
        for r in automatic_remedies(
            group_problems(check, prepared.schema),
            prepared.schema,
            percent_fields(prepared.conversions),
        )
    }

    assert set(automatic) == {"datesPeriodeVersement", "pourcentageSubvention"}
    assert all(r.certain and r.fill is None for r in automatic.values())


PERIOD_SCHEMA = {
    "fields": [
        {
            "name": "periode",
            "type": "string",
            "constraints": {"pattern": r"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$"},
        },
        {
            "name": "nature",
            "type": "string",
            "constraints": {"enum": ["Fonctionnement", "Investissement"]},
        },
        {"name": "libelle", "type": "string", "constraints": {"maxLength": 15}},
    ]
}


def test_a_single_date_becomes_a_period_when_the_schema_wants_one() -> None:
    schema = parse_table_schema(PERIOD_SCHEMA, name="essai")
    rows = [
        ["15/03/2024", "fonctionnement", "Salle  des fêtes"],
        ["du 01/01/2022 au 31/12/2022", "Investissement", "Mairie"],
        ["31/12/2022 - 01/01/2022", "invest", "Mairie"],
    ]
    check = validate_rows(["periode", "nature", "libelle"], rows, schema)
    groups = {g.field: g for g in group_problems(check, schema)}

    periods = remedies_for(groups["periode"], schema, [r[0] for r in rows])[0]
    assert periods.replacements == {
        "15/03/2024": "2024-03-15/2024-03-15",
        "du 01/01/2022 au 31/12/2022": "2022-01-01/2022-12-31",
    }  # a period that ends before it starts is not turned round
    natures = remedies_for(groups["nature"], schema, [r[1] for r in rows])
    assert natures[0].code == "remedy-repair"
    assert natures[0].after("fonctionnement") == "Fonctionnement"
    assert natures[1].code == "remedy-confirm"
    assert natures[1].after("invest") == "Investissement"
    spaces = remedies_for(groups["libelle"], schema, [r[2] for r in rows])[0]
    assert spaces.after("Salle  des fêtes") == "Salle des fêtes"


def test_find_and_replace_is_a_rule_on_values() -> None:
    column = ["Club de foot", "Club de judo", "Tennis club"]

    rule = find_and_replace("nomBeneficiaire", column, "Club", "Association")

    assert rule.changes(column) == [
        (0, "Club de foot", "Association de foot"),
        (1, "Club de judo", "Association de judo"),
    ]
    assert rule.after("Club de foot") == "Association de foot"  # next month, the same
    assert Remedy("x", "remedy-fill", fill="A").changes(["A", "", "B"]) == [
        (1, "", "A"),
        (2, "B", "A"),
    ]


def test_validate_text_groups_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = subsidies_export_csv(tmp_path)

    status = main(["validate", str(source), "--schema", "scdl/subventions"])

    out = capsys.readouterr().out
    assert status == 1
    assert "396 cellules — idAttribuant — " in out or "396 cellules — nomAttribuant — " in out
    assert "386 cellules — idBeneficiaire — numéro abîmé par Excel" in out
    # Said once per group (idAttribuant's, idBeneficiaire's when mapped), not once per cell.
    assert out.count("ont perdu leurs chiffres") == out.count("numéro abîmé par Excel") <= 2
    assert "ex. ligne" in out


def test_write_fixed_corrects_what_the_one_click_fix_corrects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = subsidies_export_csv(tmp_path)
    fixed = tmp_path / "corrige.csv"

    arguments = ["--schema", "scdl/subventions", "--json", "--write-fixed", str(fixed)]
    main(["validate", str(source), *arguments])

    report = json.loads(capsys.readouterr().out)
    dates = [fix for fix in report["fixes"] if fix["field"] == "datesPeriodeVersement"]
    if dates:  # the field is mapped (its column carries its name)
        assert dates[0]["changes"][0]["code"] == "repair-dates-in-text"
        assert "AAAA-MM-JJ" in dates[0]["changes"][0]["message"]
    share = next(fix for fix in report["fixes"] if fix["field"] == "pourcentageSubvention")
    assert share["examples"] == [["100", "1"]]
    assert report["fixed_cells"] >= ROWS
    again = validate_csv(fixed, _schema())
    groups = {(g.field, g.kind) for g in group_problems(again, _schema())}
    assert ("pourcentageSubvention", "finding-maximum") not in groups


def test_a_one_letter_code_names_the_allowed_value_it_begins(tmp_path: Path) -> None:
    """« I » is investissement's initial, though fonctionnement holds an i too (budget exports)."""
    schema = parse_table_schema(
        {
            "fields": [
                {"name": "section", "constraints": {"enum": ["investissement", "fonctionnement"]}},
                {"name": "sens", "constraints": {"enum": ["recette", "dépense"]}},
            ]
        },
        name="budget",
        version="1",
    )
    rows = [["section", "sens"], ["I", "D"], ["F", "R"], ["I", "R"], ["F", "D"]]
    table = read_table(write_csv(tmp_path / "budget.csv", rows))
    prepared = prepare_table(table, schema, suggest_mapping(table, schema))
    check = _check(prepared, tmp_path)

    offered = {
        g.field: remedies_for(g, schema, prepared.frame[g.field].tolist())
        for g in group_problems(check, schema)
    }

    section = offered["section"][0]
    assert section.replacements == {"I": "investissement", "F": "fonctionnement"}
    assert not section.certain  # the agent confirms it, seeing Avant → Après
    sens = offered["sens"][0]
    assert sens.replacements == {"D": "dépense", "R": "recette"}
