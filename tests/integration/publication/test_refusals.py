"""What the real udata refuses, and how DataMairie says it: keys, deleted datasets, schemas."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from desktop_app.core.credentials import CredentialStore, KeyLocation
from desktop_app.core.publication import (
    CredentialsError,
    DataGouvClient,
    PublicationError,
    PublicationState,
    PublicationStep,
    publish,
)
from desktop_app.core.publication.client import ENDPOINTS
from desktop_app.core.publication.upload import CHUNK_SIZE, file_sha1
from desktop_app.texts import render
from desktop_app.texts.publication_details import explain_publication_error
from tests.integration.publication.conftest import Udata, make_client
from tests.integration.publication.faults import FaultyProxy
from tests.integration.publication.helpers import Recorder, datasets_titled, new_plan, write_csv
from tests.unit.publication.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.integration


def _revoked_key(udata: Udata) -> str:
    """A key made through the API then revoked, as the agent would in their profile."""
    headers = {"X-API-KEY": udata.api_key}
    made = requests.post(
        f"{udata.base_url}/api/1/me/api_tokens/",
        json={"name": "révoquée"},
        headers=headers,
        timeout=30,
    )
    made.raise_for_status()
    token = made.json()
    gone = requests.delete(
        f"{udata.base_url}/api/1/me/api_tokens/{token['id']}/", headers=headers, timeout=30
    )
    assert gone.status_code == 204
    key: str = token["token"]
    return key


def test_a_revoked_key_stops_everything_before_any_change(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, direct: DataGouvClient
) -> None:
    revoked = make_client(proxy.url, _revoked_key(udata))
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.organization)
    recorder = Recorder()

    with pytest.raises(PublicationError) as refused:
        publish(plan, revoked, recorder.last, record=recorder)

    assert refused.value.code == "publication-key-invalid"
    assert refused.value.status == 401
    assert recorder.last.last_error == "publication-key-invalid"
    assert datasets_titled(direct, udata.organization, plan.title) == []
    assert "clé" in render(refused.value.code, refused.value.params)


def test_the_keyring_keeps_only_a_key_the_platform_accepts(udata: Udata) -> None:
    keyring = MemoryKeyring()
    store = CredentialStore(keyring, environ={})

    with pytest.raises(CredentialsError) as refused:
        store.check_and_keep(udata.base_url, _revoked_key(udata), make_client_for)
    assert refused.value.code == "credentials-key-refused"
    assert keyring.secrets == {}

    kept = store.check_and_keep(udata.base_url, f"  {udata.api_key}\n", make_client_for)

    assert kept.location is KeyLocation.KEYRING
    assert kept.account.organizations[0].id == udata.organization
    assert store.key(udata.base_url) == (udata.api_key, KeyLocation.KEYRING)
    assert udata.api_key in keyring.secrets.values()


def make_client_for(platform: str, key: str) -> DataGouvClient:
    return make_client(platform, key)


def test_an_update_of_a_deleted_dataset_says_so(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient
) -> None:
    first = publish(
        new_plan(write_csv(tmp_path), proxy.url, udata.organization),
        client,
        PublicationState(),
        record=Recorder(),
    )
    client.delete_dataset(first.state.dataset_id or "")
    update = new_plan(
        write_csv(tmp_path, "avril.csv"),
        proxy.url,
        udata.organization,
        dataset_id=first.state.dataset_id,
    )

    with pytest.raises(PublicationError) as gone:
        publish(update, client, PublicationState(mode="update"), record=Recorder())

    assert gone.value.code == "publication-dataset-deleted"
    assert gone.value.status == 410
    assert proxy.count("POST", r"/upload/$") == 1  # the first publication's only


def test_an_organisation_the_agent_is_not_member_of_is_refused(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient
) -> None:
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.foreign_organization)

    with pytest.raises(PublicationError) as refused:
        publish(plan, client, PublicationState(), record=Recorder())

    assert refused.value.code == "publication-organization-not-member"
    assert proxy.count("POST", r"/datasets/$") == 0

    with pytest.raises(PublicationError) as by_server:
        client.create_dataset(plan.creation_payload(udata.foreign_organization, "x"))

    assert by_server.value.status == 400
    assert [error.field for error in by_server.value.field_errors] == ["organization"]
    words = explain_publication_error(by_server.value)
    assert words.startswith("data.gouv.fr a refusé ce qui a été envoyé.")
    assert "\n– Organisation : " in words


def test_a_schema_version_unknown_to_the_platform_is_refused_before_sending(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient
) -> None:
    plan = new_plan(write_csv(tmp_path), proxy.url, udata.organization, schema_version="9.9.9")

    with pytest.raises(PublicationError) as refused:
        publish(plan, client, PublicationState(), record=Recorder())

    assert refused.value.code == "publication-schema-version-unknown"
    assert "2.1.5" in list(refused.value.params["versions"])  # type: ignore[call-overload]
    assert proxy.count("POST", r"/datasets/$") == 0


def test_the_server_own_schema_check_is_reported_field_by_field(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient
) -> None:
    draft = publish(
        new_plan(write_csv(tmp_path), proxy.url, udata.organization, draft=True),
        client,
        PublicationState(),
        record=Recorder(),
    )

    with pytest.raises(PublicationError) as refused:
        client.describe_resource(
            draft.state.dataset_id or "",
            draft.state.resource_id or "",
            {"schema": {"name": "scdl/deliberations", "version": "9.9.9"}},
        )

    assert refused.value.code == "publication-refused"
    assert [error.field for error in refused.value.field_errors] == ["schema.version"]
    assert "9.9.9" in refused.value.field_errors[0].messages[0]


def test_a_file_over_20_mb_goes_in_parts(
    tmp_path: Path, udata: Udata, proxy: FaultyProxy, client: DataGouvClient, direct: DataGouvClient
) -> None:
    big = write_csv(tmp_path, "gros.csv", rows=1, extra="")
    with big.open("a", encoding="utf-8") as handle:
        line = "Grenoble;21380185500015;2024-999;2024-03-01;5.1;" + "x" * 200 + "\n"
        handle.write(line * (CHUNK_SIZE // len(line) + 5000))
    assert big.stat().st_size > CHUNK_SIZE

    result = publish(
        new_plan(big, proxy.url, udata.organization), client, PublicationState(), record=Recorder()
    )

    assert result.state.step is PublicationStep.CHECKED
    assert proxy.count("POST", r"/upload/$") == 3  # two parts, then the assembly
    [resource] = direct.dataset(result.state.dataset_id or "")["resources"]
    assert resource["filesize"] == big.stat().st_size
    assert resource["checksum"]["value"] == file_sha1(big)


def test_every_call_of_the_client_is_in_udata_openapi_description(udata: Udata) -> None:
    spec = requests.get(f"{udata.base_url}/api/1/swagger.json", timeout=30).json()
    assert spec["basePath"] == "/api/1"
    for method, path in ENDPOINTS:
        assert path in spec["paths"], path
        assert method.lower() in spec["paths"][path], (method, path)
