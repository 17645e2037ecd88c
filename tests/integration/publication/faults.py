"""A small reverse proxy in front of the udata server that breaks chosen calls on purpose.

A rule matches a method and a path pattern and does one of: ``answer`` a status without
passing the call on (429/502/503, the server never sees it), ``cut`` the connection halfway
through the request body (the server never sees it either), ``lose`` the answer (the server
did the work but the client hears nothing: the case that must never create duplicates), or
``delay`` the answer. Each rule fires ``times`` times, after letting ``after`` matching
calls through; every call is counted.
"""

from __future__ import annotations

import http.client
import http.server
import re
import socketserver
import threading
import time
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "host"}


@dataclass
class Fault:
    """One way to break the calls matching ``method`` and ``path`` (a regular expression)."""

    method: str
    path: str
    action: str  # "answer", "cut", "lose" or "delay"
    status: int = 503
    seconds: float = 0.0
    times: int = 1
    retry_after: str | None = None
    after: int = 0
    seen: int = 0

    def matches(self, method: str, path: str) -> bool:
        """Whether this fault breaks the call (it lets its first ``after`` matches through)."""
        if self.times <= 0 or method != self.method or re.search(self.path, path) is None:
            return False
        self.seen += 1
        return self.seen > self.after


class FaultyProxy:
    """Forwards every call to ``upstream`` except those a fault breaks."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.faults: list[Fault] = []
        self.calls: Counter[tuple[str, str]] = Counter()
        self.fired: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy.handle(self)

            do_POST = do_PUT = do_DELETE = do_GET  # noqa: N815

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()
            self.calls.clear()
            self.fired.clear()

    def count(self, method: str, pattern: str) -> int:
        return sum(n for (m, p), n in self.calls.items() if m == method and re.search(pattern, p))

    def _fault_for(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.calls[(method, path.split("?")[0])] += 1
            for fault in self.faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    self.fired.append((method, path, fault.action))
                    return fault
        return None

    def handle(self, request: http.server.BaseHTTPRequestHandler) -> None:
        method, path = request.command, request.path
        fault = self._fault_for(method, path)
        length = int(request.headers.get("Content-Length") or 0)
        if fault is not None and fault.action == "cut":
            request.rfile.read(length // 2)
            request.close_connection = True
            request.connection.shutdown(2)
            return
        body = request.rfile.read(length) if length else b""
        if fault is not None and fault.action == "answer":
            payload = b'{"message": "injected"}'
            request.send_response(fault.status)
            if fault.retry_after is not None:
                request.send_header("Retry-After", fault.retry_after)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(payload)))
            request.end_headers()
            request.wfile.write(payload)
            return
        status, headers, answer = self._forward(method, path, request, body)
        if fault is not None and fault.action == "lose":
            request.close_connection = True
            request.connection.shutdown(2)
            return
        if fault is not None and fault.action == "delay":
            time.sleep(fault.seconds)
        request.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP_HEADERS and name.lower() != "content-length":
                request.send_header(name, value)
        request.send_header("Content-Length", str(len(answer)))
        request.end_headers()
        try:
            request.wfile.write(answer)
        except OSError:
            request.close_connection = True

    def _forward(
        self, method: str, path: str, request: http.server.BaseHTTPRequestHandler, body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=120)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_HEADERS}
        headers["Host"] = f"{self.upstream_host}:{self.upstream_port}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        answer = response.read()
        connection.close()
        return response.status, response.getheaders(), answer
