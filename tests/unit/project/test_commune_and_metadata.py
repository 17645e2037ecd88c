"""The commune found offline, its profile stored, and the description data.gouv.fr accepts."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from desktop_app.core.commune.choice import commune_from_text
from desktop_app.core.commune.directory import CommuneDirectory, CommuneError
from desktop_app.core.commune.settings import CommuneSettings, load_commune, save_commune
from desktop_app.core.metadata.checks import blocking, check_metadata
from desktop_app.core.metadata.coverage import temporal_coverage
from desktop_app.core.metadata.keywords import slugify_keyword
from desktop_app.core.metadata.model import DatasetMetadata, TemporalCoverage
from desktop_app.core.metadata.prefill import prefill_metadata
from desktop_app.core.metadata.vocabulary import FREQUENCIES, LICENCES
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.paths import AgentFolders, resources_dir
from desktop_app.texts import render
from desktop_app.texts.render import WORDINGS


@pytest.fixture(scope="module")
def communes() -> CommuneDirectory:
    return CommuneDirectory.load(resources_dir() / "reference")


def test_the_bundled_list_holds_every_current_commune(communes: CommuneDirectory) -> None:
    assert len(communes) == 34_935
    assert communes.by_code("2A004") is not None  # Corsica keeps its letter


@pytest.mark.parametrize(
    "text",
    [
        "Saint-Nizier-du-Moucherotte",
        "st nizier du moucherotte",
        "38433",
        "SAINT NIZIER DU MOUCHEROTTE",
    ],
)
def test_a_commune_is_found_by_name_or_code(communes: CommuneDirectory, text: str) -> None:
    commune = communes.resolve(text)
    assert (commune.insee, commune.department) == ("38433", "38")
    assert commune.zone == "fr:commune:38433"
    assert "38250" in commune.postcodes


def test_a_postcode_shared_by_several_communes_lists_them(communes: CommuneDirectory) -> None:
    found = communes.search("38250")
    assert "Saint-Nizier-du-Moucherotte" in {c.name for c in found}
    assert len(found) > 1
    with pytest.raises(CommuneError) as caught:
        communes.resolve("38250")
    assert caught.value.code == "commune-ambiguous"


def test_homonyms_are_told_apart_by_departement(communes: CommuneDirectory) -> None:
    with pytest.raises(CommuneError) as caught:
        communes.resolve("Beaulieu")
    assert caught.value.code == "commune-ambiguous"
    assert "Beaulieu (Isère)" in caught.value.params["names"]  # type: ignore[operator]
    assert communes.resolve("Beaulieu", "38").insee == "38033"
    assert commune_from_text("Beaulieu (15)", communes).insee == "15020"
    assert commune_from_text("Beaulieu, 38", communes).insee == "38033"


def test_an_unknown_commune_says_so(communes: CommuneDirectory) -> None:
    with pytest.raises(CommuneError) as caught:
        communes.resolve("Nulle-Part-sur-Rien")
    assert caught.value.code == "commune-unknown"
    assert "Nulle-Part-sur-Rien" in render(caught.value.code, caught.value.params)


def test_the_profile_round_trips_and_refuses_a_newer_format(
    tmp_path: Path, communes: CommuneDirectory
) -> None:
    profile = AgentFolders(tmp_path)
    assert load_commune(profile) is None
    settings = CommuneSettings(
        name="Saint-Nizier-du-Moucherotte", siret="21380433800012", insee="38433", department="38",
        organization="org", organization_name="Commune", licence="odc-odbl", contact_email="m@x.fr",
    )  # fmt: skip
    path = save_commune(profile, settings)
    assert load_commune(profile) == settings
    # Naming the saved commune on the command line keeps its details.
    assert commune_from_text("38433", communes, settings) == settings
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = 99
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CommuneError) as caught:
        load_commune(profile)
    assert caught.value.code == "profile-too-new"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Conseil Municipal", "conseil-municipal"),
        ("Délibérations", "deliberations"),
        ("  l'été ", "l-ete"),
    ],
)
def test_keywords_are_slugified_as_data_gouv_fr_stores_them(text: str, slug: str) -> None:
    assert slugify_keyword(text) == slug


def test_prefilled_description_is_complete_and_accepted(communes: CommuneDirectory) -> None:
    schema = SchemaCatalogue(resources_dir() / "schemas").get("scdl/deliberations")
    frame = pd.DataFrame({name: [""] * 3 for name in schema.field_names})
    frame["DELIB_DATE"] = ["2024-03-25", "2024-01-22", "pas une date"]
    commune = CommuneSettings(name="Saint-Nizier-du-Moucherotte", insee="38433")
    metadata = prefill_metadata(
        lambda code, params: render(code, params, "fr"), commune, schema, frame, frequency="monthly"
    )
    assert metadata.title == "Délibérations du conseil municipal de Saint-Nizier-du-Moucherotte"
    assert len(metadata.description) >= 100
    assert "Saint-Nizier-du-Moucherotte" in metadata.description
    assert metadata.temporal_coverage == TemporalCoverage(date(2024, 1, 22), date(2024, 3, 25))
    assert metadata.zones == ("fr:commune:38433",)
    assert metadata.granularity == "fr:commune"
    assert metadata.licence == "lov2"
    assert all(3 <= len(k) <= 96 and k == slugify_keyword(k) for k in metadata.keywords)
    assert check_metadata(metadata, communes) == ()
    payload = metadata.dataset_payload()
    assert payload["spatial"] == {"zones": ["fr:commune:38433"], "granularity": "fr:commune"}
    assert payload["temporal_coverage"] == {"start": "2024-01-22", "end": "2024-03-25"}


def test_lists_of_places_get_the_poi_granularity() -> None:
    catalogue = SchemaCatalogue(resources_dir() / "schemas")
    schema = catalogue.get("scdl/equipements")
    metadata = prefill_metadata(lambda c, p: c, CommuneSettings(name="N", insee="38433"), schema)
    assert metadata.granularity == "poi"


def test_years_give_whole_years_of_coverage() -> None:
    schema = SchemaCatalogue(resources_dir() / "schemas").get("scdl/deliberations")
    year = dataclasses.replace(schema.fields[0], name="ANNEE", type="year")
    frame = pd.DataFrame({"ANNEE": ["2022", "2023", ""]})
    coverage = temporal_coverage(frame, dataclasses.replace(schema, fields=(year,)))
    assert coverage == TemporalCoverage(date(2022, 1, 1), date(2023, 12, 31))


GOOD = DatasetMetadata(
    title="Délibérations", description="d" * 150, keywords=("deliberations",), frequency="monthly",
    temporal_coverage=TemporalCoverage(date(2024, 1, 1), date(2024, 12, 31)),
    zones=("fr:commune:38433",), granularity="fr:commune", licence="lov2",
)  # fmt: skip


@pytest.mark.parametrize(
    ("change", "field", "code", "refused"),
    [
        ({"title": " "}, "title", "metadata-title-missing", True),
        ({"title": "t" * 351}, "title", "metadata-title-too-long", True),
        ({"description": ""}, "description", "metadata-description-missing", True),
        ({"description": "d" * 100_001}, "description", "metadata-description-too-long", True),
        ({"description": "trop court"}, "description", "metadata-description-short", False),
        ({"keywords": ("ab",)}, "keywords", "metadata-keyword-length", True),
        ({"keywords": ("x" * 97,)}, "keywords", "metadata-keyword-length", True),
        ({"frequency": "sometimes"}, "frequency", "metadata-frequency-unknown", True),
        ({"frequency": "unknown"}, "frequency", "metadata-frequency-unset", False),
        ({"temporal_coverage": None}, "temporal_coverage", "metadata-coverage-missing", False),
        (
            {"temporal_coverage": TemporalCoverage(date(2024, 2, 1), date(2024, 1, 1))},
            "temporal_coverage",
            "metadata-coverage-reversed",
            True,
        ),
        ({"zones": ()}, "zones", "metadata-zone-missing", False),
        ({"zones": ("38433",)}, "zones", "metadata-zone-invalid", True),
        ({"zones": ("fr:commune:99999",)}, "zones", "metadata-zone-unknown", True),
        ({"granularity": "village"}, "granularity", "metadata-granularity-unknown", True),
        ({"licence": "cc-by"}, "licence", "metadata-licence-unknown", True),
        ({"licence": "notspecified"}, "licence", "metadata-licence-unknown", True),
    ],
)
def test_what_data_gouv_fr_would_refuse_is_found_offline(
    communes: CommuneDirectory, change: dict[str, object], field: str, code: str, refused: bool
) -> None:
    assert check_metadata(GOOD, communes) == ()
    problems = check_metadata(dataclasses.replace(GOOD, **change), communes)  # type: ignore[arg-type]
    assert [(p.field, p.code) for p in problems] == [(field, code)]
    assert bool(blocking(problems)) is refused
    for lang in ("fr", "en"):
        message = render(code, problems[0].params, lang)
        assert "{" not in message
        assert code in WORDINGS


def test_every_frequency_and_licence_has_french_words() -> None:
    assert len(FREQUENCIES) == 40
    for frequency in FREQUENCIES:
        assert f"frequency-{frequency}" in WORDINGS
    assert render("frequency-monthly") == "Mensuelle"
    for licence in LICENCES:
        about = render(f"licence-{licence.id}-about")
        assert about.count(". ") + about.count(".") >= 2
        assert "réutilis" in about


def test_a_profile_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    blocked = tmp_path / "profil"
    blocked.write_text("a file where the profile folder should be", encoding="utf-8")
    with pytest.raises(CommuneError) as caught:
        save_commune(AgentFolders(blocked / "datamairie"), CommuneSettings(name="Saint-Nizier"))
    assert caught.value.code == "output-unwritable"
    assert caught.value.params["file"] == "commune.json"
    assert blocked.read_text(encoding="utf-8") == "a file where the profile folder should be"
