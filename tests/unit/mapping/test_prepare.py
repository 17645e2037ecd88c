"""The publishable file: UTF-8 CSV, schema's fields in order, values in the schema's forms."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.errors import MappingError
from desktop_app.core.mapping.prepare import prepare_table, write_publishable_csv
from desktop_app.core.mapping.suggest import suggest_mapping
from desktop_app.core.project.storage import ProjectFile
from desktop_app.core.publication.state import PublicationState, PublicationStep
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.sources import read_table
from tests import communes
from tests.builders import write_xlsx

COMMUNE = {"name": "Saint-Nizier-du-Moucherotte", "siret": "21380455700015", "insee": "38455"}


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_prepared_table_follows_the_schema(catalogue: SchemaCatalogue, tmp_path: Path) -> None:
    schema = catalogue.get("scdl/deliberations")
    table = read_table(communes.deliberations_xlsx(tmp_path))
    mapping = suggest_mapping(table, schema).with_constant("COLL_NOM", "Saint-Nizier")

    prepared = prepare_table(table, schema, mapping)
    out = tmp_path / "deliberations.csv"
    write_publishable_csv(prepared, out)

    with out.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == schema.field_names
    rows = _rows(out)
    assert len(rows) == 4
    assert rows[0]["DELIB_DATE"] == "2024-01-22"
    assert rows[0]["DELIB_ID"] == "2024-001"
    assert rows[0]["VOTE_POUR"] == "14"
    assert rows[1]["DELIB_MATIERE_CODE"] == "7.10"
    assert {row["COLL_NOM"] for row in rows} == {"Saint-Nizier"}
    assert {row["PREF_DATE"] for row in rows} == {""}  # unmapped, optional: empty
    assert "COLL_SIRET" in prepared.missing_required


def test_unknown_column_or_field_in_a_mapping(catalogue: SchemaCatalogue, tmp_path: Path) -> None:
    schema = catalogue.get("scdl/deliberations")
    table = read_table(communes.deliberations_xlsx(tmp_path))
    mapping = suggest_mapping(table, schema)

    with pytest.raises(MappingError) as raised:
        prepare_table(table, schema, mapping.with_column("DELIB_OBJET", "Sujet"))
    assert raised.value.code == "mapping-unknown-column"


def test_prepare_command_writes_the_file_and_the_mapping(tmp_path: Path) -> None:
    source = communes.subventions_csv(tmp_path)
    commune = tmp_path / "commune.json"
    commune.write_text(json.dumps(COMMUNE), encoding="utf-8")
    out = tmp_path / "sortie" / "subventions.csv"
    profile = tmp_path / "profil"

    status = main(
        [
            "--profile-dir",
            str(profile),
            "prepare",
            str(source),
            "--schema",
            "scdl/subventions",
            "--commune",
            str(commune),
            "--constant",
            "datesPeriodeVersement=2024-03-01",
            "--constant",
            "pourcentageSubvention=1",
            "--out",
            str(out),
            "--json",
        ]
    )

    rows = _rows(out)
    assert status == 0
    assert [row["montant"] for row in rows] == ["1500.00", "800.50", "300"]
    assert [row["notificationUE"] for row in rows] == ["non", "non", "non"]
    assert [row["nature"] for row in rows] == ["aide en numéraire"] * 2 + ["aide en nature"]
    assert {row["idAttribuant"] for row in rows} == {"21380455700015"}
    assert rows[0]["dateConvention"] == "2024-02-12"
    saved = json.loads(out.with_suffix(".mapping.json").read_text(encoding="utf-8"))
    assert saved["schema"]["name"] == "scdl/subventions"
    assert list((profile / "mappings").glob("scdl--subventions--*.json"))


def test_next_month_the_saved_mapping_applies_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.subventions_csv(tmp_path)
    profile = tmp_path / "profil"
    out = tmp_path / "janvier.csv"
    main(
        [
            "--profile-dir",
            str(profile),
            "prepare",
            str(source),
            "--schema",
            "scdl/subventions",
            "--constant",
            "objet=Fonctionnement",
            "--out",
            str(out),
        ]
    )
    capsys.readouterr()

    status = main(
        [
            "--profile-dir",
            str(profile),
            "map",
            str(source),
            "--schema",
            "scdl/subventions",
            "--json",
        ]
    )

    answer = json.loads(capsys.readouterr().out)
    assert status == 0
    assert answer["origin"] == "saved"
    fields = {item["field"]: item for item in answer["fields"]}
    assert fields["objet"]["constant"] == "Fonctionnement"  # the agent's choice came back


def test_missing_required_fields_or_undecided_personal_data_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.prenoms_csv(tmp_path)
    out = tmp_path / "prenoms-publiable.csv"  # not the source: it would be refused

    status = main(
        [
            "--profile-dir",
            str(tmp_path / "p"),
            "prepare",
            str(source),
            "--schema",
            "scdl/prenoms",
            "--out",
            str(out),
            "--json",
        ]
    )

    answer = json.loads(capsys.readouterr().out)
    # Every field has its column, but the rare first names wait for a decision: the file to
    # publish is not written (`publish` would refuse it just the same).
    assert status == 1
    assert answer["missing_required"] == []
    assert answer["rows"] == 3
    assert answer["privacy"] == {"decided": [], "undecided": ["ENFANT_PRENOM/first_name/rows"]}
    assert answer["output"] is None
    assert not out.exists()
    assert answer["mapping_file"] == str(out.with_suffix(".mapping.json"))

    status = main(
        [
            "--profile-dir",
            str(tmp_path / "p"),
            "prepare",
            str(communes.deliberations_xlsx(tmp_path)),
            "--schema",
            "scdl/deliberations",
            "--out",
            str(tmp_path / "d.csv"),
            "--json",
        ]
    )
    answer = json.loads(capsys.readouterr().out)
    assert status == 1
    assert "COLL_SIRET" in answer["missing_required"]


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        (["--constant", "pasdegal"], "mapping-bad-constant"),
        (["--constant", "CHAMP_INCONNU=1"], "mapping-unknown-field"),
        (["--schema", "scdl/inexistant"], "schema-not-found"),
    ],
)
def test_misused_options_exit_2_with_a_code(
    arguments: list[str], code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.prenoms_csv(tmp_path)
    base = ["--profile-dir", str(tmp_path / "p"), "map", str(source), "--json"]
    if "--schema" not in arguments:
        base += ["--schema", "scdl/prenoms"]

    status = main(base + arguments)

    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == code


def test_suggest_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = communes.deliberations_xlsx(tmp_path)

    status = main(["--profile-dir", str(tmp_path / "p"), "suggest", str(source), "--json"])

    answer = json.loads(capsys.readouterr().out)
    assert status == 0
    first = answer["suggestions"][0]
    assert first["schema"] == "scdl/deliberations"
    assert first["reason"] == "8 colonnes sur 9 reconnues"
    assert set(first) >= {"schema", "score", "reason"}


def test_siret_told_by_the_field_title_loses_its_spaces(
    catalogue: SchemaCatalogue, tmp_path: Path
) -> None:
    schema = catalogue.get("scdl/subventions")
    table = read_table(communes.subventions_csv(tmp_path))

    prepared = prepare_table(table, schema, suggest_mapping(table, schema))

    assert prepared.frame["idBeneficiaire"].tolist()[0] == "12345678900012"
    assert prepared.conversions["idBeneficiaire"].counts_by_kind["siret-spaces-removed"] == 1


def test_the_agent_is_told_in_words_why_nothing_was_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = communes.prenoms_csv(tmp_path)
    out = tmp_path / "publiable.csv"
    argv = ["--profile-dir", str(tmp_path / "p"), "prepare", str(source), "--schema"]

    status = main([*argv, "scdl/prenoms", "--out", str(out)])

    said = capsys.readouterr().out
    assert status == 1
    assert not out.exists()
    assert "Rien n'a été écrit dans « publiable.csv » : une donnée personnelle" in said
    assert "repérée dans « Prénom » attend une décision" in said
    assert "ENFANT_PRENOM/" not in said  # the finding's key is for scripts (--json)
    assert "Fichier à publier" not in said


def test_prepare_carries_nothing_from_a_project_of_another_schema_and_never_overwrites_junk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = ["--profile-dir", str(tmp_path / "p")]
    project = tmp_path / "projet.datamairie"
    main([*profile, "prepare", str(communes.prenoms_csv(tmp_path)), "--schema", "scdl/prenoms",
          "--project", str(project), "--commune", "38185", "--json"])  # fmt: skip
    main(["project", "decide", str(project), "--suggested", "--json"])
    capsys.readouterr()
    budget = communes.budget_csv(tmp_path)

    main([*profile, "prepare", str(budget), "--schema", "scdl/budget", "--project", str(project),
          "--commune", "38185", "--out", str(tmp_path / "b.csv"), "--json"])  # fmt: skip

    answer = json.loads(capsys.readouterr().out)
    assert answer["from_project"] is False  # the first names' decision is not the budget's
    assert answer["output"] == str(tmp_path / "b.csv")
    junk = tmp_path / "notes.datamairie"
    junk.write_text("pas un projet", encoding="utf-8")
    status = main([*profile, "prepare", str(budget), "--schema", "scdl/budget",
                   "--project", str(junk), "--commune", "38185", "--json"])  # fmt: skip
    assert status == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "project-damaged"
    assert junk.read_text(encoding="utf-8") == "pas un projet"


def test_prepare_over_a_published_project_keeps_its_dataset_description_and_commune(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Next month, `prepare --project` on the project published last month.

    Written afresh, the project forgot the dataset it publishes to (the next `publish`
    created a second one), the title the agent chose and its creation date, and asked for
    the commune again although the project holds it.
    """
    profile = ["--profile-dir", str(tmp_path / "p")]
    project = tmp_path / "prenoms.datamairie"
    main([*profile, "prepare", str(communes.prenoms_csv(tmp_path)), "--schema", "scdl/prenoms",
          "--project", str(project), "--commune", "38185", "--json"])  # fmt: skip
    main(["project", "decide", str(project), "--suggested", "--json"])
    file = ProjectFile(project)
    published = file.load()
    file.save(
        replace(
            published,
            metadata=replace(published.metadata, title="Prénoms donnés à Grenoble"),
            publication=PublicationState(
                platform="demo",
                organization="org-1",
                dataset_id="d-1",
                resource_id="r-1",
                step=PublicationStep.CHECKED,
                marker="m-1",
            ),
            created_at="2025-01-06T09:00:00+01:00",
        )
    )
    capsys.readouterr()

    status = main([*profile, "prepare", str(communes.prenoms_csv(tmp_path)), "--schema",
                   "scdl/prenoms", "--project", str(project), "--out",
                   str(tmp_path / "publiable.csv"), "--json"])  # fmt: skip

    answer = json.loads(capsys.readouterr().out)
    assert status != 2, answer  # the commune is the project's: not asked again
    again = file.load()
    assert (again.publication.mode, again.publication.dataset_id) == ("update", "d-1")
    assert again.publication.resource_id == "r-1"
    assert again.publication.step is PublicationStep.NOT_STARTED  # new data, sent again
    assert again.metadata.title == "Prénoms donnés à Grenoble"
    assert again.created_at == "2025-01-06T09:00:00+01:00"
    assert again.commune.insee == "38185"
    assert again.privacy_decisions == published.privacy_decisions


def test_a_column_with_several_findings_is_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(row) for row in communes.DELIBERATIONS]
    for row in rows[3:7]:  # names, an e-mail and a phone number in the same free text
        row[2] = f"{row[2]} — contact : M. Jean Dupont, jean.dupont@gmail.com, 06 12 34 56 78"
    source = write_xlsx(tmp_path / "deliberations.xlsx", {"Délibérations 2024": rows})
    out = tmp_path / "publiable.csv"
    argv = ["prepare", str(source), "--schema", "scdl/deliberations", "--out", str(out)]
    profile = ["--profile-dir", str(tmp_path / "p")]

    said: dict[str, str] = {}
    for lang in ("fr", "en"):
        assert main([*profile, "--lang", lang, *argv]) == 1
        said[lang] = capsys.readouterr().out

    assert not out.exists()
    assert said["fr"].count("« Objet »") == 1
    assert "données personnelles repérées dans « Objet » attendent une décision" in said["fr"]
    assert said["en"].count("“Objet”") == 1
    assert "findings of personal data in “Objet” are waiting for a decision" in said["en"]
