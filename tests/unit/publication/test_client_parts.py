"""The publication client's pieces that need no server: errors, plans, keys, sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
import truststore
from keyring.backends import fail

from desktop_app import __version__
from desktop_app.core.credentials import CredentialStore, KeyLocation
from desktop_app.core.publication import (
    CredentialsError,
    PublicationError,
    PublicationPlan,
    PublicationState,
    PublicationStep,
    TemporalCoverage,
    api_root,
)
from desktop_app.core.publication.checks import choose_organization, tag_slug
from desktop_app.core.publication.client import Account, DataGouvClient, Organization
from desktop_app.core.publication.errors import FieldError, code_for_status, parse_error_body
from desktop_app.core.publication.http import (
    ApiTransport,
    RetryPolicy,
    SystemTrustAdapter,
    new_session,
)
from desktop_app.texts.publication_details import explain_publication_error
from tests.unit.publication.memory_keyring import MemoryKeyring


def test_both_error_shapes_are_read() -> None:
    fields, message = parse_error_body(
        {"errors": {"title": ["Ce champ est requis."], "spatial": {"zones": ["GeoID inconnu"]}}}
    )
    assert fields == (
        FieldError("title", ("Ce champ est requis.",)),
        FieldError("spatial.zones", ("GeoID inconnu",)),
    )
    assert message is None
    assert parse_error_body({"message": "Invalid API token"}) == ((), "Invalid API token")
    assert parse_error_body({"success": False, "error": "Chunk size mismatch"}) == (
        (),
        "Chunk size mismatch",
    )
    assert parse_error_body({"errors": {"Content-Type": "expecting application/json"}})[0] == (
        FieldError("Content-Type", ("expecting application/json",)),
    )
    assert parse_error_body("<html>") == ((), None)


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "publication-refused"),
        (401, "publication-key-invalid"),
        (410, "publication-dataset-deleted"),
        (423, "publication-read-only"),
        (502, "publication-server-error"),
        (418, "publication-unexpected-answer"),
    ],
)
def test_statuses_become_codes(status: int, code: str) -> None:
    assert code_for_status(status) == code


def test_field_errors_are_explained_in_plain_french() -> None:
    error = PublicationError(
        "publication-refused",
        status=400,
        field_errors=(FieldError("spatial.zones", ("GeoID(s) inconnu(s): fr:commune:99999",)),),
    )
    assert explain_publication_error(error).splitlines() == [
        "data.gouv.fr a refusé ce qui a été envoyé. Corrigez ce qui est indiqué puis relancez "
        "la publication.",
        "– Couverture géographique : GeoID(s) inconnu(s): fr:commune:99999",
    ]
    assert "– Area covered: " in explain_publication_error(error, "en")


def test_creation_payload_is_private_and_marked(tmp_path: Path) -> None:
    plan = PublicationPlan(
        csv_path=tmp_path / "a.csv",
        title="Subventions",
        description="Les subventions versées.",
        tags=("Vie associative",),
        temporal_coverage=TemporalCoverage("2024-01-01"),
        spatial_zones=("fr:commune:38185",),
        schema_name="scdl/subventions",
    )
    payload = plan.creation_payload("org1", "m1")
    assert payload["private"] is True
    assert payload["organization"] == "org1"
    assert payload["extras"] == {"datamairie:publication": "m1"}
    assert payload["temporal_coverage"] == {"start": "2024-01-01", "end": None}
    assert payload["spatial"] == {"zones": ["fr:commune:38185"]}
    assert plan.resource_metadata()["schema"] == {"name": "scdl/subventions", "version": "latest"}
    assert plan.resource_metadata()["title"] == "Subventions"
    assert plan.mode == "new"
    assert plan.preview()["file"] == "a.csv"


def test_state_round_trips_with_its_marker() -> None:
    state = PublicationState(marker="abc").advanced(PublicationStep.DATASET_CHOSEN, dataset_id="d")
    assert PublicationState.from_json(state.to_json()) == state
    assert PublicationState.from_json({"step": "checked"}).marker is None


def test_platforms() -> None:
    assert api_root("www") == "https://www.data.gouv.fr/api/1"
    assert api_root("demo") == "https://demo.data.gouv.fr/api/1"
    assert api_root("http://127.0.0.1:7000/") == "http://127.0.0.1:7000/api/1"


def test_the_session_names_datamairie_and_trusts_the_system_store() -> None:
    session = new_session()
    assert session.headers["User-Agent"] == f"DataMairie/{__version__}"
    adapter = session.get_adapter("https://www.data.gouv.fr/")
    assert isinstance(adapter, SystemTrustAdapter)
    assert isinstance(adapter.ssl_context, truststore.SSLContext)
    assert session.trust_env  # the system proxy settings are read
    session.close()


def test_waits_grow_and_honour_retry_after() -> None:
    policy = RetryPolicy(first_wait=1.0, longest_wait=5.0)
    assert [policy.wait(n, None) for n in range(4)] == [1.0, 2.0, 4.0, 5.0]
    assert policy.wait(0, "3") == 3.0
    assert policy.wait(0, "3600") == 5.0


def test_no_key_is_a_local_problem_before_any_call() -> None:
    client = DataGouvClient(ApiTransport("http://127.0.0.1:9/api/1", None))
    with pytest.raises(PublicationError) as missing:
        client.account()
    assert missing.value.code == "publication-key-missing"


def test_organisation_is_the_only_one_or_the_one_asked() -> None:
    mine = Organization("1", "commune-a", "Commune A", can_publish=True)
    other = Organization("2", "commune-b", "Commune B", can_publish=True)
    assert choose_organization(Account("u", "Agent", (mine,)), None) == mine
    assert choose_organization(Account("u", "Agent", (mine, other)), "commune-b") == other
    with pytest.raises(PublicationError) as several:
        choose_organization(Account("u", "Agent", (mine, other)), None)
    assert several.value.code == "publication-organization-choice"
    with pytest.raises(PublicationError) as stranger:
        choose_organization(Account("u", "Agent", (mine,)), "commune-z")
    assert stranger.value.code == "publication-organization-not-member"


def test_tags_are_compared_as_the_platform_stores_them() -> None:
    assert tag_slug("Conseil Municipal") == "conseil-municipal"
    assert tag_slug("Délibérations") == "deliberations"


class _Answering:
    def __init__(self, status: int | None) -> None:
        self.status = status

    def __call__(self, platform: str, key: str) -> DataGouvClient:
        status = self.status

        class Fake(DataGouvClient):
            def account(self) -> Account:
                if status is not None:
                    raise PublicationError("publication-key-invalid", status=status)
                return Account("u1", "Agent", ())

        return Fake(ApiTransport(api_root(platform), key))


def test_keys_are_kept_per_platform_in_the_keyring() -> None:
    keyring = MemoryKeyring()
    store = CredentialStore(keyring, environ={})
    assert store.key("demo") is None

    kept = store.check_and_keep("demo", "udata_demo", _Answering(None))

    assert kept.location is KeyLocation.KEYRING
    assert store.key("demo") == ("udata_demo", KeyLocation.KEYRING)
    assert store.key("www") is None
    store.forget("demo")
    assert store.key("demo") is None
    assert keyring.secrets == {}


def test_a_refused_key_is_not_kept() -> None:
    keyring = MemoryKeyring()
    with pytest.raises(CredentialsError) as refused:
        CredentialStore(keyring, environ={}).check_and_keep("www", "bad", _Answering(401))
    assert refused.value.code == "credentials-key-refused"
    assert keyring.secrets == {}


def test_without_a_keyring_the_key_lives_for_the_session_only() -> None:
    store = CredentialStore(fail.Keyring(), environ={})
    assert not store.has_keyring

    kept = store.check_and_keep("www", "udata_www", _Answering(None))

    assert kept.location is KeyLocation.SESSION
    assert store.key("www") == ("udata_www", KeyLocation.SESSION)
    assert CredentialStore(fail.Keyring(), environ={}).key("www") is None


def test_scripts_pass_the_key_in_the_environment() -> None:
    store = CredentialStore(MemoryKeyring(), environ={"DATAMAIRIE_API_KEY": " udata_x "})
    assert store.key("www") == ("udata_x", KeyLocation.ENVIRONMENT)


def test_a_plain_file_keyring_is_never_used() -> None:
    class PlainFile(MemoryKeyring):
        pass

    PlainFile.__module__ = "keyrings.alt.file"
    assert not CredentialStore(PlainFile(), environ={}).has_keyring
