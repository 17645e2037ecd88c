"""A real HTTP server on 127.0.0.1 standing in for schema.data.gouv.fr, and catalogue helpers."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.core.schemas.catalogue import SchemaCatalogue
from desktop_app.paths import resources_dir

SNAPSHOT = resources_dir() / "schemas"
SITE = "https://schema.data.gouv.fr/schemas"
DELIBERATIONS = "scdl/deliberations/2.1.5/schema.json"
SUBVENTIONS = "scdl/subventions/2.1.1/schema.json"


@dataclass
class Route:
    """What the fake site answers for one path."""

    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    truncated: bool = False  # announce the whole length, send half, hang up
    delay: float = 0.0  # seconds to wait before answering


@dataclass
class FakeSite:
    """The routes served, and every request received (path, headers)."""

    url: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def serve(self, path: str, body: bytes, *, etag: str | None = None) -> Route:
        route = Route(body, etag=etag, last_modified=formatdate(1787400000, usegmt=True))
        self.routes[path] = route
        return route

    def headers_of(self, path: str) -> list[dict[str, str]]:
        return [headers for requested, headers in self.requests if requested == path]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        site.requests.append((self.path, dict(self.headers.items())))
        route = site.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        time.sleep(route.delay)
        if route.etag is not None and self.headers.get("If-None-Match") == route.etag:
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.end_headers()
            return
        self.send_response(route.status)
        if route.etag is not None:
            self.send_header("ETag", route.etag)
        if route.last_modified is not None:
            self.send_header("Last-Modified", route.last_modified)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        if route.truncated:
            self.wfile.write(route.body[: len(route.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.wfile.write(route.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: FakeSite

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout tests) is expected, not an error."""


@pytest.fixture
def site() -> Iterator[FakeSite]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = FakeSite(url=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    """A session that ignores any proxy of the machine running the tests."""
    http = requests.Session()
    http.trust_env = False
    try:
        yield http
    finally:
        http.close()


@pytest.fixture
def catalogue() -> SchemaCatalogue:
    return SchemaCatalogue(SNAPSHOT)


def entry(name: str, versions: list[str], schema_type: str = "tableschema", **extra: Any) -> Any:
    """A catalogue entry shaped like those of schemas.json."""
    file = "schema.json"
    return {
        "name": name,
        "title": extra.pop("title", name.split("/")[-1].capitalize()),
        "description": extra.pop("description", ""),
        "schema_type": schema_type,
        "labels": extra.pop("labels", []),
        "versions": [
            {"version_name": version, "schema_url": f"{SITE}/{name}/{version}/{file}"}
            for version in versions
        ],
        "schema_url": f"{SITE}/{name}/latest/{file}",
        **extra,
    }


def catalogue_bytes(*entries: Any) -> bytes:
    return json.dumps({"version": 1, "schemas": list(entries)}).encode("utf-8")


def mini_catalogue() -> bytes:
    """Two Table Schemas the snapshot holds, and one schema that is not a table."""
    return catalogue_bytes(
        entry("scdl/deliberations", ["2.1.4", "2.1.5"]),
        entry("scdl/subventions", ["2.1.1"]),
        entry("etalab/schema-bal", ["1.5.0"], schema_type="other"),
    )


def snapshot_file(relative: str) -> bytes:
    return (SNAPSHOT / "schemas" / relative).read_bytes()


def write_json(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
