"""Small servers on this computer that record who sent them what, to prove where the key goes.

``RecordingServer`` answers each path as told (JSON, a redirect, a cut connection) and keeps
every request's method, path and headers; ``SelfSignedServer`` speaks TLS with a certificate
no system trusts; ``RefusingProxy`` is a proxy that refuses every tunnel. All listen on
127.0.0.1 only and stop when their ``with`` block ends.
"""

from __future__ import annotations

import datetime as dt
import http.server
import json
import socket
import socketserver
import ssl
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Received:
    """One request a server got."""

    method: str
    path: str
    headers: dict[str, str]

    @property
    def api_key(self) -> str | None:
        return next((v for k, v in self.headers.items() if k.lower() == "x-api-key"), None)


Answer = Callable[[http.server.BaseHTTPRequestHandler], None]


def json_answer(body: Any, status: int = 200) -> Answer:
    def answer(request: http.server.BaseHTTPRequestHandler) -> None:
        payload = json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(payload)))
        request.end_headers()
        request.wfile.write(payload)

    return answer


def redirect_answer(location: str, status: int = 302) -> Answer:
    def answer(request: http.server.BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        request.send_header("Location", location)
        request.send_header("Content-Length", "0")
        request.end_headers()

    return answer


def reset_answer(request: http.server.BaseHTTPRequestHandler) -> None:
    """Cut the connection with a TCP reset, as a server or a firewall dropping it would."""
    request.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    request.close_connection = True
    request.connection.close()


@dataclass
class RecordingServer:
    """An HTTP server on 127.0.0.1 answering per path, recording every request."""

    answers: dict[str, Answer] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    host: str = "127.0.0.1"

    def __post_init__(self) -> None:
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?")[0]
                server.received.append(Received(self.command, path, dict(self.headers.items())))
                answer = server.answers.get(path, json_answer({"message": "absent"}, 404))
                answer(self)

            do_POST = do_PUT = do_DELETE = do_GET  # noqa: N815

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self.url = f"http://{self.host}:{self.port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def keys(self) -> list[str]:
        """Every API key this server received."""
        return [r.api_key for r in self.received if r.api_key is not None]

    def __enter__(self) -> RecordingServer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (no trust store knows it), and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class SelfSignedServer:
    """A TLS server on 127.0.0.1 whose certificate nobody trusts; counts handshakes tried."""

    def __init__(self, folder: Path) -> None:
        cert, key = self_signed_certificate(folder)
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert, key)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self.connections = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            try:
                with self._context.wrap_socket(connection, server_side=True):
                    pass
            except (ssl.SSLError, OSError):
                connection.close()

    def __enter__(self) -> SelfSignedServer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._listener.close()


class RefusingProxy(RecordingServer):
    """A proxy that refuses every tunnel (``CONNECT``) with 403, as a filtering proxy does."""

    def __post_init__(self) -> None:
        super().__post_init__()
        handler = self._server.RequestHandlerClass
        received = self.received

        def do_connect(request: http.server.BaseHTTPRequestHandler) -> None:
            received.append(Received("CONNECT", request.path, dict(request.headers.items())))
            request.send_response(403)
            request.send_header("Content-Length", "0")
            request.end_headers()

        handler.do_CONNECT = do_connect  # type: ignore[attr-defined]


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
