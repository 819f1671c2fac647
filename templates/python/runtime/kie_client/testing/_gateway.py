"""`Gateway`: a reverse proxy on loopback in front of the simulator that fails as real gateways do.

It forwards every request to the simulator and passes the answer back, except for the outcomes a
test asks for: after forwarding, drop the connection unanswered, or answer a bare HTTP status with
no Kie envelope (a 502 from a load balancer, say). The request was served either way, so a client
cannot know whether its task exists.
"""

from __future__ import annotations

import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

import httpx

DROP = "drop"
Outcome = int | str  # an HTTP status to answer instead, or DROP
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}
_BODY_LIMIT = 64 * 1024 * 1024  # a bound on what is forwarded; the simulator enforces its own


class Gateway:
    """`with Gateway(sim.base_url) as gateway:` point a client at `gateway.base_url`, then
    `gateway.fail("/api/v1/jobs/createTask", 502)` to have the next create served and answered
    with a bare 502, or `DROP` to have its connection closed unanswered."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self._outcomes: dict[str, deque[Outcome]] = {}
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=30.0)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.gateway = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def fail(self, path: str, outcome: Outcome, times: int = 1) -> None:
        """The next `times` requests to `path` are forwarded, then end with `outcome`."""
        if outcome != DROP and not (isinstance(outcome, int) and 100 <= outcome <= 599):
            raise ValueError(f"outcome must be an HTTP status or DROP, not {outcome!r}")
        with self._lock:
            self._outcomes.setdefault(path, deque()).extend([outcome] * times)

    def outcome(self, path: str) -> Outcome | None:
        with self._lock:
            queued = self._outcomes.get(path)
            return queued.popleft() if queued else None

    def forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> httpx.Response:
        return self._http.request(method, self.upstream + path, headers=headers, content=body)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self._http.close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ThreadingHTTPServer

    def _relay(self) -> None:
        gateway: Gateway = self.server.gateway  # type: ignore[attr-defined]
        length = min(int(self.headers.get("Content-Length") or 0), _BODY_LIMIT)
        body = self.rfile.read(length)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        path = self.path.split("?", 1)[0]
        answer = gateway.forward(self.command, self.path, headers, body)
        outcome = gateway.outcome(path)
        if outcome == DROP:
            self.close_connection = True
            return
        status = answer.status_code if outcome is None else int(outcome)
        content = answer.content if outcome is None else f"<html>{status}</html>".encode()
        kind = answer.headers.get("Content-Type", "") if outcome is None else "text/html"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = _relay

    def log_message(self, format: str, *args: object) -> None:
        pass  # a test's gateway is silent
