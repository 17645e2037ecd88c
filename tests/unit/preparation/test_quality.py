"""The Qualité step's check, in core: the table as it will be published, corrections in."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.mapping.prepare import PreparedTable, prepare_table, write_publishable_csv
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.preparation.edits import FIRST_ROW, CellEdit, EditHistory
from desktop_app.core.preparation.quality import check_quality, offers_for
from desktop_app.core.project.conformity import data_fingerprint
from desktop_app.core.schemas import parse_table_schema
from desktop_app.core.sources import read_table
from desktop_app.core.tasks import NO_PROGRESS, CancelToken


def _prepared(folder: Path) -> PreparedTable:
    schema = parse_table_schema(
        {
            "fields": [
                {"name": "nom", "type": "string", "constraints": {"required": True}},
                {"name": "montant", "type": "number"},
                {"name": "etat", "type": "string", "constraints": {"enum": ["ouvert", "ferme"]}},
            ]
        },
        name="essai/qualite",
        version="1.0.0",
    )
    source = folder / "source.csv"
    source.write_text(
        "nom,montant,etat\nA,1,ouvert\n,2,inconnu\nB,abc,inconnu\n", encoding="utf-8", newline=""
    )
    table = read_table(source)
    mapping = suggest_mapping(table, schema)
    for name in schema.field_names:
        mapping = mapping.with_column(name, name)
    return prepare_table(table, schema, mapping)


def test_the_check_is_of_the_corrected_table_and_keeps_it(tmp_path: Path) -> None:
    prepared = _prepared(tmp_path)
    before = check_quality(prepared, EditHistory(), progress=NO_PROGRESS, cancel=CancelToken())
    typed = CellEdit(field="nom", row=FIRST_ROW + 1, before="", after="Claude")

    after = check_quality(
        prepared, EditHistory().added(typed), progress=NO_PROGRESS, cancel=CancelToken()
    )

    assert before.index.count == 4
    assert before.checked is prepared  # no correction: the table itself, not a copy
    assert after.index.count == 3
    assert after.index.at(1, 0) == []
    assert after.checked.frame["nom"].tolist() == ["A", "Claude", "B"]
    assert prepared.frame["nom"].tolist() == ["A", "", "B"]  # the prepared table is untouched
    written = tmp_path / "verifie.csv"
    write_publishable_csv(after.checked, written)
    assert after.fingerprint == data_fingerprint(written) != before.fingerprint
    assert before.share == after.share == pytest.approx(1 / 3)  # row 1 keeps its « inconnu »


def test_a_group_far_down_gets_its_remedies_from_the_table_checked(tmp_path: Path) -> None:
    prepared = _prepared(tmp_path)
    typed = CellEdit(field="nom", row=FIRST_ROW + 1, before="", after="Claude")
    result = check_quality(
        prepared, EditHistory().added(typed), progress=NO_PROGRESS, cancel=CancelToken()
    )
    number = next(n for n, group in enumerate(result.groups) if group.field == "etat")

    offers = offers_for(result.groups[number], result.checked, None)

    assert [offer.remedy.code for offer in offers] == ["remedy-empty-cells"]
    assert offers[0].cells == 2  # the two « inconnu », not the sound « ouvert »
    assert [o.remedy.code for o in result.remedies[number]] == ["remedy-empty-cells"]
