"""The HTTP side of the simulator: a threaded server on loopback that parses requests, hands them to
the backend, and writes its replies, so that no client mistake ends in a traceback or a hung socket.
"""

from __future__ import annotations

import logging
import shutil
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from ._backend import JSON_LIMIT, Backend, Reply, Request
from ._http import Refusal, RequestBody

log = logging.getLogger("kie_client.testing")


class SimulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not hold up stop()
    request_queue_size = 1024  # a burst of concurrent clients is queued, not reset
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], backend: Backend) -> None:
        self.backend = backend
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that hangs up or stalls is its own business, not a reason to print a traceback.
        log.debug("connection from %s ended abnormally", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real clients expect
    server_version = "kie-simulator"
    default_request_version = "HTTP/1.0"  # answer even a garbled request line with headers
    timeout = 30  # seconds a silent client may hold a connection
    disable_nagle_algorithm = True  # headers and body go out as two writes: don't wait between
    server: SimulatorServer

    def _dispatch(self) -> None:
        backend = self.server.backend
        url = urlsplit(self.path)
        try:
            body = RequestBody(self.rfile, self.headers, JSON_LIMIT)
        except Refusal as refusal:  # the body cannot be delimited: answer, then hang up
            self.close_connection = True
            self._write(backend.refuse("", refusal))
            return
        request = Request(self.command, url.path, parse_qs(url.query), self.headers, body)
        try:
            reply = backend.handle(request)
        except OSError:  # the client went away or stalled mid-body
            self.close_connection = True
            return
        except Exception as error:  # a simulator bug: say so rather than hang up
            log.exception("the simulator failed on %s %s", self.command, url.path)
            reply = backend.refuse("", Refusal(500, f"The simulator failed: {error!r}"))
        if body.ends_connection:
            self.close_connection = True
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:  # served, but the client never learns it: close without a response
            self.close_connection = True
            return
        self._write(reply)
        # Only now is the rest of a refused body read: it may be long, endless, or held back by a
        # client waiting for this answer.
        if not body.drain():
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _dispatch

    def _write(self, reply: Reply) -> None:
        size = reply.body.stat().st_size if isinstance(reply.body, Path) else len(reply.body)
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(size))
        self.send_header("X-Request-Id", reply.request_id)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD":
            return
        if isinstance(reply.body, Path):
            with reply.body.open("rb") as source:
                shutil.copyfileobj(source, self.wfile)
        else:
            self.wfile.write(reply.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors the standard library finds itself (bad request line, headers too long) get the
        same Kie envelope as every other refusal."""
        if code == HTTPStatus.NOT_IMPLEMENTED:
            # A method with no do_ handler (TRACE, BREW): routed as any other, so a path that
            # exists answers 405 with `Allow`, as HTTP requires; 501 is "generation failed" at Kie.
            self._dispatch()
            return
        self.close_connection = True
        self._write(self.server.backend.refuse("", Refusal(code, message or explain or "Error.")))

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.address_string(), *args)
