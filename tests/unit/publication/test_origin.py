"""Which addresses the API key may be sent to: https, or http on this very computer."""

from __future__ import annotations

import pytest

from desktop_app.core.publication import ApiTransport, PublicationError, api_root
from desktop_app.core.publication.origin import is_safe_for_key, same_origin

KEY = "cle-secrete-de-test"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.data.gouv.fr/api/1", True),
        ("https://udata.example.org:8443", True),
        ("http://127.0.0.1:7000", True),
        ("http://127.8.9.10", True),
        ("http://[::1]:7000", True),
        ("http://localhost:7000", True),
        ("HTTP://LOCALHOST", True),
        ("http://192.0.2.10", False),
        ("http://10.0.0.1:8080", False),
        ("http://www.data.gouv.fr", False),
        ("http://localhost.example.org", False),
        ("http://127.0.0.1.nip.io", False),
        ("http://[::ffff:192.0.2.1]", False),
        ("ftp://127.0.0.1", False),
        ("file:///etc/passwd", False),
        ("prod", False),
        ("https://", False),
        ("http://127.0.0.1:port", False),
    ],
)
def test_only_https_and_this_computer_may_receive_the_key(url: str, safe: bool) -> None:
    assert is_safe_for_key(url) is safe
    if safe:
        ApiTransport(url, KEY)
    else:
        with pytest.raises(PublicationError) as refused:
            ApiTransport(url, KEY)
        assert refused.value.code == "platform-not-https"


def test_origins_compare_scheme_host_and_port() -> None:
    assert same_origin("https://a.fr/api/1/x", "https://A.fr:443/y")
    assert not same_origin("https://a.fr/", "http://a.fr/")
    assert not same_origin("https://a.fr/", "https://a.fr:8443/")
    assert not same_origin("https://a.fr/", "https://b.a.fr/")
    assert api_root("demo") == "https://demo.data.gouv.fr/api/1"
